import { describe, expect, it } from 'vitest'
import { api, METHOD_NAMES } from '@shared/api'

describe('API contract', () => {
  it('describes every method in one line', () => {
    for (const name of METHOD_NAMES) {
      expect(api[name].summary.length, name).toBeGreaterThan(10)
      expect(api[name].summary, name).not.toContain('\n')
    }
  })

  it('accepts estimates only on the Fibonacci scale', () => {
    const update = api['backlog.update'].input
    expect(update.safeParse({ id: 1, patch: { estimate: 5 } }).success).toBe(true)
    expect(update.safeParse({ id: 1, patch: { estimate: null } }).success).toBe(true)
    expect(update.safeParse({ id: 1, patch: { estimate: 4 } }).success).toBe(false)
  })

  it('refuses unknown fields so typos do not pass silently', () => {
    expect(api['backlog.update'].input.safeParse({ id: 1, patch: { titel: 'x' } }).success).toBe(false)
  })
})
