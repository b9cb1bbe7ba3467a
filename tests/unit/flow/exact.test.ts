import { describe, expect, it } from 'vitest'
import { exactHowMany, exactWhen } from '@shared/domain/flow'

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

describe('exact distributions', () => {
  it('"when" probabilities and the unfinished remainder add up to 1', () => {
    const exact = exactWhen([0, 1, 2, 0, 3, 1, 0, 0, 2, 5], 20, 15)
    expect(sum(exact.distribution.map((b) => b.probability)) + exact.unfinished).toBeCloseTo(1, 12)
    expect(exact.unfinished).toBeGreaterThan(0)
    expect(exact.distribution.at(-1)!.days).toBe(15)
  })

  it('never finishes on a history of zero days, and says so', () => {
    const exact = exactWhen([0, 0, 0], 3, 50)
    expect(exact.unfinished).toBe(1)
    expect(exact.percentiles).toEqual({ 50: null, 70: null, 85: null, 95: null })
  })

  it('"how many" is the sum of independent days: total probability 1, mean days x daily mean', () => {
    const history = [0, 1, 2, 0, 3, 1, 0, 0, 2, 5]
    const { distribution } = exactHowMany(history, 12)
    expect(sum(distribution.map((b) => b.probability))).toBeCloseTo(1, 12)
    expect(sum(distribution.map((b) => b.items * b.probability))).toBeCloseTo((12 * sum(history)) / history.length, 10)
  })
})
