import { describe, expect, it } from 'vitest'
import {
  NO_SCORES,
  WSJF_SCALE,
  cd3,
  costOfDelay,
  isOnWsjfScale,
  quadrant,
  valueEffortRatio,
  wsjf
} from '@shared/domain/ordering'
import { ScoresPatch } from '@shared/api/methods/ordering'

describe('WSJF arithmetic', () => {
  it('adds the three parts into Cost of Delay and divides by Job Size', () => {
    expect(costOfDelay({ ubv: 8, tc: 13, rr: 2 })).toBe(23)
    expect(wsjf({ ubv: 8, tc: 13, rr: 2, jobSize: 5 })).toBeCloseTo(4.6)
    expect(wsjf({ ubv: 20, tc: 20, rr: 20, jobSize: 1 })).toBe(60)
    expect(wsjf({ ubv: 1, tc: 1, rr: 1, jobSize: 20 })).toBeCloseTo(0.15)
  })

  it('gives no score until every part is there', () => {
    expect(costOfDelay({ ubv: 8, tc: null, rr: 2 })).toBeNull()
    expect(wsjf({ ubv: 8, tc: 13, rr: 2, jobSize: null })).toBeNull()
    expect(wsjf({ ubv: null, tc: 13, rr: 2, jobSize: 3 })).toBeNull()
  })

  it('equal fractions give exactly equal scores, so ties are real ties', () => {
    expect(wsjf({ ubv: 1, tc: 2, rr: 3, jobSize: 3 })).toBe(wsjf({ ubv: 1, tc: 2, rr: 1, jobSize: 2 }))
  })
})

describe('CD3 and value / effort', () => {
  it('divides Cost of Delay per week by the duration', () => {
    expect(cd3({ codPerWeek: 12000, durationWeeks: 4 })).toBe(3000)
    expect(cd3({ codPerWeek: 0, durationWeeks: 2 })).toBe(0)
    expect(cd3({ codPerWeek: 100, durationWeeks: null })).toBeNull()
  })

  it('divides value by effort', () => {
    expect(valueEffortRatio({ value: 13, effort: 2 })).toBe(6.5)
    expect(valueEffortRatio({ value: null, effort: 2 })).toBeNull()
  })

  it('names the quadrant with 5 as the highest low step and 8 as the lowest high one', () => {
    expect(quadrant({ value: 8, effort: 5 })).toBe('quick-win')
    expect(quadrant({ value: 20, effort: 13 })).toBe('big-bet')
    expect(quadrant({ value: 5, effort: 1 })).toBe('fill-in')
    expect(quadrant({ value: 1, effort: 8 })).toBe('money-pit')
    expect(quadrant({ ...NO_SCORES, value: 8 })).toBeNull()
  })
})

describe('scale validation', () => {
  it('accepts exactly the modified Fibonacci steps', () => {
    expect(WSJF_SCALE.every(isOnWsjfScale)).toBe(true)
    for (const off of [0, 4, 0.5, 21, 40, -1, 2.5]) expect(isOnWsjfScale(off)).toBe(false)
  })

  it('refuses values off the scale with a message that lists the scale and names the field', () => {
    const result = ScoresPatch.safeParse({ tc: 4, jobSize: 3 })
    expect(result.success).toBe(false)
    expect(result.error!.issues).toEqual([
      expect.objectContaining({ path: ['tc'], message: 'Use a value on the scale: 1, 2, 3, 5, 8, 13, 20' })
    ])
    expect(ScoresPatch.safeParse({ ubv: null, value: 20, durationWeeks: 0.5, codPerWeek: 0 }).success).toBe(true)
    expect(ScoresPatch.safeParse({ durationWeeks: 0 }).success).toBe(false)
  })
})
