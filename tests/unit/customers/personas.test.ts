import { describe, expect, it } from 'vitest'
import { extractRole, initialsOf, matchPersona, matchStories, normaliseRole } from '@shared/domain/customers'

const personas = [
  { id: 1, name: 'Sam Okafor', role: 'swimmer' },
  { id: 2, name: 'Priya, the busy parent', role: '' },
  { id: 3, name: 'Dee', role: 'front-desk assistant' },
  { id: 4, name: 'Ola', role: 'disabled swimmer' }
]

describe('story roles', () => {
  it('reads the role from "As a <role>, ..." with or without the comma', () => {
    expect(extractRole('As a swimmer, I want to book a lane')).toBe('swimmer')
    expect(extractRole('As an operations lead, I want a weekly report')).toBe('operations lead')
    expect(extractRole('  as the duty manager I want to close a lane')).toBe('duty manager')
    expect(extractRole('When the pool closes, I want to be told')).toBeNull()
    expect(extractRole('Add lane booking')).toBeNull()
  })

  it('normalises case, hyphens and plurals', () => {
    expect(normaliseRole('Front-Desk Assistants')).toEqual(['front', 'desk', 'assistant'])
    expect(normaliseRole('club secretaries')).toEqual(['club', 'secretary'])
    expect(normaliseRole('coaches')).toEqual(['coach'])
    expect(normaliseRole('class')).toEqual(['class'])
  })
})

describe('persona matching', () => {
  it('matches roles and names case-insensitively, singular or plural', () => {
    expect(matchPersona('Swimmers', personas)).toBe(1)
    expect(matchPersona('parent', personas)).toBe(2)
    expect(matchPersona('front desk assistant', personas)).toBe(3)
    expect(matchPersona('sam okafor', personas)).toBe(1)
  })

  it('matches a more specific story role to the general persona, preferring the most specific persona', () => {
    expect(matchPersona('lapsed swimmer', personas)).toBe(1)
    expect(matchPersona('disabled swimmer', personas)).toBe(4)
    expect(matchPersona('duty manager', personas)).toBeNull()
    expect(matchPersona('', personas)).toBeNull()
  })

  it('flags stories whose role matches no persona and counts those without a role', () => {
    const report = matchStories(
      [
        { id: 10, title: 'As a parent, I want to see lesson progress', description: '' },
        {
          id: 11,
          title: 'Close a lane',
          description: 'As a duty manager, I want to close a lane for a gala.\nMore text'
        },
        { id: 12, title: 'Tidy the database', description: '' }
      ],
      personas
    )
    expect(report).toEqual({
      checked: 2,
      matched: [{ itemId: 10, title: 'As a parent, I want to see lesson progress', role: 'parent', personaId: 2 }],
      unmatched: [{ itemId: 11, title: 'Close a lane', role: 'duty manager' }],
      withoutRole: 1
    })
  })
})

describe('initials', () => {
  it('takes the first letters of the first and last words', () => {
    expect(initialsOf('Priya Shah')).toBe('PS')
    expect(initialsOf('dee')).toBe('D')
    expect(initialsOf('Sam "the early swimmer" Okafor')).toBe('SO')
    expect(initialsOf('  ')).toBe('?')
    expect(initialsOf('Élodie Ünal')).toBe('ÉÜ')
  })
})
