import { describe, expect, it } from 'vitest'
import { SPLIT_PATTERNS, suggestChildren } from '@shared/domain/splitting'

const titles = (pattern: Parameters<typeof suggestChildren>[0], title: string) =>
  suggestChildren(pattern, title).map((c) => c.title)

describe('split suggestions', () => {
  it('turns "manage <thing>" into create, view, change and remove stories in the same form', () => {
    expect(titles('crud', 'As a shopper, I want to manage my saved addresses, so that checkout is quicker')).toEqual([
      'As a shopper, I want to create my saved addresses, so that checkout is quicker',
      'As a shopper, I want to view my saved addresses, so that checkout is quicker',
      'As a shopper, I want to change my saved addresses, so that checkout is quicker',
      'As a shopper, I want to remove my saved addresses, so that checkout is quicker'
    ])
  })

  it('uses the whole title of free text, in sentence case', () => {
    expect(titles('crud', 'Discount codes')).toEqual([
      'Create discount codes',
      'View discount codes',
      'Change discount codes',
      'Remove discount codes'
    ])
  })

  it('gives the success path first, then the ways it fails', () => {
    const [success, ...failures] = titles('happy-unhappy', 'As an admin, I want to import users')
    expect(success).toBe('As an admin, I want to import users')
    expect(failures).toEqual([
      'As an admin, I want to import users: when the input is rejected',
      'As an admin, I want to import users: when something fails on our side'
    ])
  })

  it('puts a spike before the unchanged story, typed as a spike', () => {
    expect(
      suggestChildren('spike-first', 'When I travel, I want to pay in the local currency, so I can avoid fees')
    ).toEqual([
      { title: 'Spike: find out how to pay in the local currency', type: 'spike' },
      { title: 'When I travel, I want to pay in the local currency, so I can avoid fees', type: 'story' }
    ])
  })

  it('keeps a job story a job story', () => {
    expect(titles('workflow-steps', 'When I travel, I want to pay in the local currency, so I can avoid fees')[0]).toBe(
      'When I travel, I want to pay in the local currency: the simplest path through every step, so I can avoid fees'
    )
  })

  it('slices workflow steps end to end: every child crosses every step, none is a single step', () => {
    const list = titles('workflow-steps', 'Book a lane and pay online')
    expect(list[0]).toBe('Book a lane and pay online: the simplest path through every step')
    expect(list.every((t) => /every step/.test(t))).toBe(true)
    expect(list.some((t) => /first step|last step|in between/.test(t))).toBe(false)
  })

  it('suggests at least two distinct, non-empty children for every pattern', () => {
    for (const pattern of SPLIT_PATTERNS) {
      const list = titles(pattern, 'Export the report as PDF')
      expect(list.length).toBeGreaterThanOrEqual(2)
      expect(new Set(list).size).toBe(list.length)
      expect(list.every((t) => t.trim().length > 0)).toBe(true)
    }
  })
})
