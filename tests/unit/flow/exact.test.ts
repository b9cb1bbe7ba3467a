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

/** Every sequence of days, each drawn from the history with equal weight: the distributions by brute force. */
function enumerate(
  history: number[],
  depth: number,
  visit: (sums: number[], weight: number) => void,
  sums: number[] = [],
  weight = 1
): void {
  if (sums.length === depth) return visit(sums, weight)
  for (const n of history) enumerate(history, depth, visit, [...sums, (sums.at(-1) ?? 0) + n], weight / history.length)
}

describe('exact distributions against brute force', () => {
  const history = [0, 2, 1, 0, 3]

  it('"when": the day the running total first reaches the items', () => {
    const items = 4
    const byDay = new Map<number, number>()
    let unfinished = 0
    enumerate(history, 6, (sums, weight) => {
      const day = sums.findIndex((s) => s >= items) + 1
      if (day === 0) unfinished += weight
      else byDay.set(day, (byDay.get(day) ?? 0) + weight)
    })
    const exact = exactWhen(history, items, 6)
    for (const bin of exact.distribution) expect(bin.probability).toBeCloseTo(byDay.get(bin.days) ?? 0, 12)
    expect(exact.unfinished).toBeCloseTo(unfinished, 12)
  })

  it('"how many": the total after the days', () => {
    const byTotal = new Map<number, number>()
    enumerate(history, 5, (sums, weight) => byTotal.set(sums.at(-1)!, (byTotal.get(sums.at(-1)!) ?? 0) + weight))
    for (const bin of exactHowMany(history, 5).distribution)
      expect(bin.probability).toBeCloseTo(byTotal.get(bin.items) ?? 0, 12)
  })
})
