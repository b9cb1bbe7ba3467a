import { describe, expect, it } from 'vitest'
import { DEFAULT_CALENDAR, backtest, countPerDay, forecastWhen, lastDays, workingDayDates } from '@shared/domain/flow'

// One item finished every working day from Monday 2025-01-06, for 150 working days.
const steady = workingDayDates(DEFAULT_CALENDAR, '2025-01-06', 150)
const today = steady.at(-1)!

describe('backtesting', () => {
  it('scores a steady team: every 85th percentile holds', () => {
    const result = backtest({
      finishedOn: steady,
      calendar: DEFAULT_CALENDAR,
      question: { kind: 'when', items: 5 },
      windowDays: 28,
      today,
      trials: 1000,
      seed: 1
    })
    expect(result.cases[0]!.asOf).toBe('2025-02-02')
    expect(result.cases.map((c) => c.asOf)).toContain('2025-02-16')
    expect(result.scored).toBeGreaterThan(10)
    expect(result.hitRate85).toBe(1)
    for (const c of result.cases.filter((c) => c.actual !== null)) {
      expect(c.percentiles).toEqual({ 50: 5, 70: 5, 85: 5, 95: 5 })
      expect(c.actual).toBe(5)
    }
  })

  it('forecasts from the data known on each as-of date only', () => {
    const finishedOn = [...steady, '2099-01-01']
    const result = backtest({
      finishedOn,
      calendar: DEFAULT_CALENDAR,
      question: { kind: 'when', items: 5 },
      windowDays: 28,
      today,
      trials: 500,
      seed: 3
    })
    const asOf = result.cases[3]!.asOf
    const history = countPerDay(
      steady.filter((d) => d <= asOf),
      lastDays(asOf, 28),
      DEFAULT_CALENDAR
    ).map((d) => d.count)
    const alone = forecastWhen({ dailyThroughput: history, items: 5, trials: 500, seed: 3 })
    expect(alone.ok && alone.percentiles).toEqual(result.cases[3]!.percentiles)
  })

  it('catches forecasts that a slowdown proved wrong', () => {
    // From April on, the team finishes an item only every other working day.
    const slowed = steady.filter((day, i) => day < '2025-04-01' || i % 2 === 0)
    const result = backtest({
      finishedOn: slowed,
      calendar: DEFAULT_CALENDAR,
      question: { kind: 'when', items: 10 },
      windowDays: 28,
      today,
      trials: 1000,
      seed: 1
    })
    const march = result.cases.find((c) => c.asOf >= '2025-03-20' && c.asOf < '2025-04-01')!
    expect(march.percentiles?.[85]).toBe(10)
    expect(march.actual).toBeGreaterThan(10)
    expect(march.hit85).toBe(false)
    expect(result.hitRate85).toBeLessThan(1)
  })

  it('reads "how many" from the top and leaves outcomes not yet known unscored', () => {
    const result = backtest({
      finishedOn: steady,
      calendar: DEFAULT_CALENDAR,
      question: { kind: 'how-many', days: 20 },
      windowDays: 28,
      today,
      trials: 500,
      seed: 1
    })
    const last = result.cases.at(-1)!
    expect(last.actual).toBeNull()
    expect(last.hit85).toBeNull()
    const scored = result.cases.filter((c) => c.hit85 !== null)
    expect(scored.every((c) => c.actual === 20 && c.percentiles?.[85] === 20)).toBe(true)
    expect(result.hitRate85).toBe(1)
  })

  it('lists thin-data cases with the reason and leaves them out of the hit rate', () => {
    const sparse = steady.filter((_, i) => i % 10 === 0)
    const result = backtest({
      finishedOn: sparse,
      calendar: DEFAULT_CALENDAR,
      question: { kind: 'when', items: 2 },
      windowDays: 28,
      today,
      trials: 100,
      seed: 1
    })
    expect(result.cases.length).toBeGreaterThan(0)
    expect(result.cases.every((c) => c.refusal !== null && c.hit85 === null)).toBe(true)
    expect(result.hitRate85).toBeNull()
    expect(
      backtest({
        finishedOn: [],
        calendar: DEFAULT_CALENDAR,
        question: { kind: 'when', items: 2 },
        today,
        trials: 10,
        seed: 1
      }).cases
    ).toEqual([])
  })
})
