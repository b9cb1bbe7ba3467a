import { describe, expect, it } from 'vitest'
import {
  DEFAULT_CALENDAR,
  MAX_FORECAST_DAYS,
  checkHistory,
  exactHowMany,
  exactWhen,
  forecastHowMany,
  forecastWhen,
  formatProbability,
  percentileDates,
  probabilityAtLeast,
  probabilityDoneBy,
  scopeGrowthEffect,
  type HowManyForecast,
  type Refusal,
  type WhenForecast
} from '@shared/domain/flow'

/** The thin-data guard needs 5 days with completions; repeating a series keeps its distribution. */
const repeat = (series: number[], times = 5) => Array.from({ length: times }, () => series).flat()

function when(result: WhenForecast | Refusal): WhenForecast {
  if (!result.ok) throw new Error(result.reason)
  return result
}

function howMany(result: HowManyForecast | Refusal): HowManyForecast {
  if (!result.ok) throw new Error(result.reason)
  return result
}

describe('reference cases (DESIGN.md)', () => {
  const history = repeat([1, 3])

  it('history [1,3] and 3 items: day 1, 2, 3 with probability .50, .25, .25, exactly', () => {
    const exact = exactWhen(history, 3)
    expect(exact.distribution.map((b) => b.days)).toEqual([1, 2, 3])
    expect(exact.distribution.map((b) => b.probability)).toEqual([0.5, 0.25, 0.25])
    expect(exact.unfinished).toBe(0)
    expect(exact.percentiles).toEqual({ 50: 1, 70: 2, 85: 3, 95: 3 })
  })

  it('history [1,3] and 3 items: the simulation agrees within tolerance', () => {
    const forecast = when(forecastWhen({ dailyThroughput: history, items: 3, trials: 100_000, seed: 2025 }))
    expect(forecast.histogram.map((b) => b.days)).toEqual([1, 2, 3])
    const shares = forecast.histogram.map((b) => b.count / forecast.trials)
    ;[0.5, 0.25, 0.25].forEach((p, i) => expect(Math.abs(shares[i]! - p)).toBeLessThan(0.01))
    expect(forecast.unfinished).toBe(0)
    expect(probabilityDoneBy(forecast, 3)).toBe(1)
    expect(Math.abs(probabilityDoneBy(forecast, 1) - 0.5)).toBeLessThan(0.01)
    // The 50th percentile sits on the .50 boundary, so it may land on day 1 or 2; the others are clear.
    expect([1, 2]).toContain(forecast.percentiles[50])
    expect(forecast.percentiles).toMatchObject({ 70: 2, 85: 3, 95: 3 })
  })

  it('constant throughput 1 puts every percentile on N', () => {
    const forecast = when(forecastWhen({ dailyThroughput: repeat([1]), items: 17, trials: 1000, seed: 1 }))
    expect(forecast.percentiles).toEqual({ 50: 17, 70: 17, 85: 17, 95: 17 })
    expect(forecast.histogram).toEqual([{ days: 17, count: 1000 }])
    expect(exactWhen(repeat([1]), 17).percentiles).toEqual({ 50: 17, 70: 17, 85: 17, 95: 17 })
    const inTen = howMany(forecastHowMany({ dailyThroughput: repeat([1]), days: 10, trials: 1000, seed: 1 }))
    expect(inTen.percentiles).toEqual({ 50: 10, 70: 10, 85: 10, 95: 10 })
  })
})

describe('Monte Carlo against the exact computation', () => {
  const cases = [
    { history: [0, 1, 2, 0, 3, 1, 0, 0, 2, 5], items: 20 },
    { history: [0, 0, 1, 1, 1, 2, 0, 4], items: 9 },
    { history: [2, 0, 0, 0, 1, 0, 1, 0, 0, 3, 0, 1], items: 30 }
  ]

  it.each(cases)(
    '"when" percentiles are within one day for history $history and $items items',
    ({ history, items }) => {
      const exact = exactWhen(history, items)
      for (const seed of [1, 99, 4_000_000_000]) {
        const forecast = when(forecastWhen({ dailyThroughput: history, items, trials: 20_000, seed }))
        for (const level of [50, 70, 85, 95] as const) {
          expect(Math.abs(forecast.percentiles[level]! - exact.percentiles[level]!)).toBeLessThanOrEqual(1)
        }
        for (const bin of forecast.histogram) {
          const p = exact.distribution.find((b) => b.days === bin.days)?.probability ?? 0
          expect(Math.abs(bin.count / forecast.trials - p)).toBeLessThan(0.015)
        }
      }
    }
  )

  it.each(cases)('"how many" percentiles are within one item for history $history', ({ history }) => {
    const exact = exactHowMany(history, 15)
    const forecast = howMany(forecastHowMany({ dailyThroughput: history, days: 15, trials: 20_000, seed: 5 }))
    for (const level of [50, 70, 85, 95] as const) {
      expect(Math.abs(forecast.percentiles[level] - exact.percentiles[level])).toBeLessThanOrEqual(1)
    }
  })
})

describe('"how many" is read from the top', () => {
  // Two days from a history of half zero days, half one-item days: 0, 1, 2 items with .25, .50, .25.
  const history = repeat([0, 1])

  it('gives the count N that P% of trials reached or beat', () => {
    expect(exactHowMany(history, 2).percentiles).toEqual({ 50: 1, 70: 1, 85: 0, 95: 0 })
    const forecast = howMany(forecastHowMany({ dailyThroughput: history, days: 2, trials: 100_000, seed: 3 }))
    expect(forecast.percentiles).toEqual({ 50: 1, 70: 1, 85: 0, 95: 0 })
    expect(forecast.histogram.map((b) => b.items)).toEqual([0, 1, 2])
    expect(Math.abs(probabilityAtLeast(forecast, 1) - 0.75)).toBeLessThan(0.01)
    expect(probabilityAtLeast(forecast, 0)).toBe(1)
    expect(probabilityAtLeast(forecast, 3)).toBe(0)
  })

  it('promises fewer items at higher confidence levels', () => {
    const forecast = howMany(
      forecastHowMany({ dailyThroughput: [0, 1, 2, 0, 3, 1, 0, 0, 2, 5], days: 30, trials: 10_000, seed: 8 })
    )
    const { 50: p50, 70: p70, 85: p85, 95: p95 } = forecast.percentiles
    expect(p50).toBeGreaterThanOrEqual(p70)
    expect(p70).toBeGreaterThanOrEqual(p85)
    expect(p85).toBeGreaterThanOrEqual(p95)
    expect(p50).toBeGreaterThan(p95)
  })
})

describe('determinism', () => {
  const history = [0, 1, 2, 0, 3, 1, 0, 0, 2, 5]

  it('gives the same result for the same seed, another for another seed', () => {
    const run = (seed: number) => forecastWhen({ dailyThroughput: history, items: 40, trials: 5000, seed })
    expect(run(12345)).toEqual(run(12345))
    expect(run(12345)).not.toEqual(run(12346))
    const many = (seed: number) => forecastHowMany({ dailyThroughput: history, days: 20, trials: 5000, seed })
    expect(many(7)).toEqual(many(7))
  })
})

describe('the thin-data guard', () => {
  it('refuses fewer than 5 days with any finished item, in words a Product Owner understands', () => {
    const thin = [0, 0, 1, 0, 2, 0, 0, 3, 1, 0]
    const refusal = forecastWhen({ dailyThroughput: thin, items: 5, trials: 100, seed: 1 })
    expect(refusal.ok).toBe(false)
    expect(!refusal.ok && refusal.reason).toMatch(/finished items on only 4 days.*at least 5/)
    expect(forecastHowMany({ dailyThroughput: thin, days: 5, trials: 100, seed: 1 }).ok).toBe(false)
    expect(forecastWhen({ dailyThroughput: [...thin, 1], items: 5, trials: 100, seed: 1 }).ok).toBe(true)
  })

  it('refuses an all-zero or empty history instead of looping forever', () => {
    expect(checkHistory(new Array(90).fill(0))?.reason).toMatch(/on no day/)
    expect(checkHistory([])?.reason).toMatch(/no working days/)
    expect(checkHistory([1, 1, 1, 1, 1.5])?.reason).toMatch(/whole numbers/)
  })

  it('refuses inputs that cannot make a forecast', () => {
    const history = repeat([1, 2])
    expect(forecastWhen({ dailyThroughput: history, items: 0, trials: 10, seed: 1 }).ok).toBe(false)
    expect(forecastWhen({ dailyThroughput: history, items: 5, trials: 1_000_001, seed: 1 }).ok).toBe(false)
    expect(forecastWhen({ dailyThroughput: history, items: 5, trials: 10, seed: -1 }).ok).toBe(false)
    expect(forecastHowMany({ dailyThroughput: history, days: 0, trials: 10, seed: 1 }).ok).toBe(false)
  })
})

describe('scope growth', () => {
  const history = [0, 1, 2, 0, 3, 1, 0, 0, 2, 5]

  it('a split rate grows the remaining work inside each trial', () => {
    // Constant throughput 1, 10 items, 0.2 new items per item done: 12.5 items of work, so day 13.
    const split = when(
      forecastWhen({
        dailyThroughput: repeat([1]),
        items: 10,
        trials: 100,
        seed: 1,
        scopeGrowth: { ratePerItemDone: 0.2 }
      })
    )
    expect(split.percentiles).toEqual({ 50: 13, 70: 13, 85: 13, 95: 13 })
  })

  it('makes forecasts later, and shows by how much on the same seed', () => {
    const effect = scopeGrowthEffect({
      dailyThroughput: history,
      items: 50,
      trials: 5000,
      seed: 9,
      scopeGrowth: { ratePerItemDone: 0.25 }
    })
    if (!effect.ok) throw new Error(effect.reason)
    for (const level of [50, 70, 85, 95] as const) {
      expect(effect.withGrowth.percentiles[level]!).toBeGreaterThan(effect.withoutGrowth.percentiles[level]!)
      expect(effect.extraDays[level]).toBe(
        effect.withGrowth.percentiles[level]! - effect.withoutGrowth.percentiles[level]!
      )
    }
    expect(effect.withoutGrowth).toEqual(forecastWhen({ dailyThroughput: history, items: 50, trials: 5000, seed: 9 }))

    const arrivals = scopeGrowthEffect({
      dailyThroughput: history,
      items: 50,
      trials: 5000,
      seed: 9,
      scopeGrowth: { arrivalsPerDay: [0, 0, 1, 0, 2] }
    })
    if (!arrivals.ok) throw new Error(arrivals.reason)
    expect(arrivals.extraDays[85]!).toBeGreaterThan(0)
  })

  it('refuses a split rate that never lets the work run out', () => {
    const refusal = forecastWhen({
      dailyThroughput: history,
      items: 5,
      trials: 10,
      seed: 1,
      scopeGrowth: { ratePerItemDone: 1 }
    })
    expect(!refusal.ok && refusal.reason).toMatch(/never run out/)
  })

  it('counts trials still running after ten years as not finished', () => {
    const forecast = when(
      forecastWhen({
        dailyThroughput: repeat([1]),
        items: 5,
        trials: 20,
        seed: 1,
        scopeGrowth: { arrivalsPerDay: [1] }
      })
    )
    expect(forecast.unfinished).toBe(20)
    expect(forecast.histogram).toEqual([])
    expect(forecast.percentiles).toEqual({ 50: null, 70: null, 85: null, 95: null })
    expect(forecast.draws).toBe(20 * MAX_FORECAST_DAYS)
  })
})

describe('presenting results', () => {
  it('turns working-day percentiles into "on or before" dates with the calendar', () => {
    const calendar = { ...DEFAULT_CALENDAR, nonWorkingDays: ['2025-01-08'] }
    // Start Saturday 2025-01-04: day 1 Monday 6th, 7th, (8th off), 9th, 10th, then Monday 13th.
    expect(percentileDates({ 50: 1, 70: 4, 85: 5, 95: null }, calendar, '2025-01-04')).toEqual({
      50: '2025-01-06',
      70: '2025-01-10',
      85: '2025-01-13',
      95: null
    })
  })

  it('never shows 100% (or 0%) certainty', () => {
    expect(formatProbability(1)).toBe('> 99%')
    expect(formatProbability(0.996)).toBe('> 99%')
    expect(formatProbability(0.994)).toBe('99%')
    expect(formatProbability(0.5)).toBe('50%')
    expect(formatProbability(0.004)).toBe('< 1%')
    expect(formatProbability(0)).toBe('< 1%')
  })
})
