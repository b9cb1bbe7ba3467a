import { describe, expect, it } from 'vitest'
import { EMPTY_FORM, idQuery, toFilters, toForm } from '../../../src/renderer/src/features/search/filterForm'

describe('filter form', () => {
  it('turns filled fields into filters and back', () => {
    const form = {
      ...EMPTY_FORM,
      type: 'bug' as const,
      stateId: '4',
      label: 'web',
      ready: 'no' as const,
      estimate: 'range' as const,
      min: '2',
      max: ''
    }
    const filters = toFilters(form)
    expect(filters).toEqual({
      types: ['bug'],
      stateIds: [4],
      labels: ['web'],
      ready: false,
      estimate: { kind: 'range', min: 2 }
    })
    expect(toForm(filters)).toEqual(form)
    expect(toFilters(EMPTY_FORM)).toEqual({})
    expect(toFilters({ ...EMPTY_FORM, estimate: 'none' })).toEqual({ estimate: { kind: 'none' } })
  })

  it('filters by one team, or by items without a team, and back', () => {
    expect(toFilters({ ...EMPTY_FORM, team: '7' })).toEqual({ teams: [7] })
    expect(toFilters({ ...EMPTY_FORM, team: 'none' })).toEqual({ teams: ['none'] })
    expect(toForm({ teams: [7] })).toEqual({ ...EMPTY_FORM, team: '7' })
    expect(toForm({ teams: ['none'] })).toEqual({ ...EMPTY_FORM, team: 'none' })
  })

  it('reads #id queries', () => {
    expect(idQuery(' #42 ')).toBe(42)
    expect(idQuery('#4a')).toBeNull()
  })
})
