import { describe, expect, it } from 'vitest'
import { requireHeldOn } from '../../../src/main/services/sprint-reviews/hold'

const SPRINT = { name: 'Sprint 7', start_date: '2026-03-02' }
const TODAY = '2026-03-16'

describe('the day a Sprint Review is held on', () => {
  it('may be any day from the Sprint’s start to today', () => {
    expect(() => requireHeldOn('2026-03-02', TODAY, SPRINT)).not.toThrow()
    expect(() => requireHeldOn(TODAY, TODAY, SPRINT)).not.toThrow()
  })

  it('is not after today', () => {
    expect(() => requireHeldOn('2026-03-17', TODAY, SPRINT)).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        issues: [{ path: 'heldOn', message: '2026-03-17 is after today (2026-03-16)' }]
      })
    )
  })

  it('is not before the Sprint started', () => {
    expect(() => requireHeldOn('2026-03-01', TODAY, SPRINT)).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        issues: [{ path: 'heldOn', message: '2026-03-01 is before Sprint 7 started' }]
      })
    )
  })
})
