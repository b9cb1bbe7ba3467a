import { describe, expect, it } from 'vitest'
import {
  EXACT_BUDGET_TRIALS,
  checkAgainstExact,
  exactOutcome,
  planHowMany,
  planWhen,
  simulateHere,
  type ExactCheck,
  type ForecastJob,
  type WhenForecast
} from '@shared/domain/flow'

function job<J extends ForecastJob>(planned: J | { ok: false; reason: string }): J {
  if ('ok' in planned) throw new Error(planned.reason)
  return planned
}

function computed(check: ExactCheck): Extract<ExactCheck, { computed: true }> {
  if (!check.computed) throw new Error(check.reason)
  return check
}

/** The thin-data guard needs 5 days with completions; repeating a series keeps its distribution. */
const repeat = (series: number[], times = 5) => Array.from({ length: times }, () => series).flat()

describe('the exact check (DESIGN.md reference cases)', () => {
  it('history [1,3] and 3 items: days 1, 2, 3 with probability .50, .25, .25', () => {
    const outcome = exactOutcome(job(planWhen({ dailyThroughput: repeat([1, 3]), items: 3, trials: 1, seed: 1 })))
    if (!outcome.computed || outcome.question !== 'when') throw new Error('expected an exact "when"')
    expect(outcome.exact.distribution).toEqual([
      { days: 1, probability: 0.5 },
      { days: 2, probability: 0.25 },
      { days: 3, probability: 0.25 }
    ])
  })

  it('constant throughput 1: every percentile is N, and the simulation matches it exactly', () => {
    const j = job(planWhen({ dailyThroughput: repeat([1]), items: 17, trials: 1000, seed: 1 }))
    const check = computed(checkAgainstExact(simulateHere(j), exactOutcome(j)))
    expect(check).toEqual({
      computed: true,
      percentiles: { 50: 17, 70: 17, 85: 17, 95: 17 },
      largestPercentileGap: 0,
      totalVariation: 0
    })
  })
})

describe('Monte Carlo at 100,000 trials against the exact distribution', () => {
  const cases = [
    { history: [0, 1, 2, 0, 3, 1, 0, 0, 2, 5], items: 20, days: 15 },
    { history: [0, 0, 1, 1, 1, 2, 0, 4], items: 9, days: 30 },
    { history: [2, 0, 0, 0, 1, 0, 1, 0, 0, 3, 0, 1], items: 30, days: 8 },
    { history: repeat([1, 3]), items: 3, days: 2 }
  ]

  it.each(cases)('lies within one bin of every exact percentile for history $history', ({ history, items, days }) => {
    for (const seed of [1, 4_000_000_000]) {
      for (const j of [
        job(planWhen({ dailyThroughput: history, items, trials: 100_000, seed })),
        job(planHowMany({ dailyThroughput: history, days, trials: 100_000, seed }))
      ]) {
        const check = computed(checkAgainstExact(simulateHere(j), exactOutcome(j)))
        expect(check.largestPercentileGap).not.toBeNull()
        expect(check.largestPercentileGap!).toBeLessThanOrEqual(1)
        expect(check.totalVariation).toBeLessThan(0.02)
      }
    }
  })
})

describe('the exact check', () => {
  it('measures the total-variation distance over every outcome, unfinished included', () => {
    const j = job(planWhen({ dailyThroughput: repeat([1, 3]), items: 3, trials: 4, seed: 1 }))
    // Days 1, 1, 2 and one unfinished against .50/.25/.25: half of |.5-.5| + |.25-.25| + |0-.25| + |.25-0|.
    const forecast: WhenForecast = {
      ok: true,
      question: 'when',
      items: 3,
      trials: 4,
      seed: 1,
      histogram: [
        { days: 1, count: 2 },
        { days: 2, count: 1 }
      ],
      unfinished: 1,
      percentiles: { 50: 1, 70: 2, 85: null, 95: null },
      draws: 0
    }
    const check = computed(checkAgainstExact(forecast, exactOutcome(j)))
    expect(check.totalVariation).toBeCloseTo(0.25, 12)
    expect(check.largestPercentileGap).toBeNull()
  })

  it(`is not computed when it would take longer than ${EXACT_BUDGET_TRIALS.toLocaleString('en')} trials, and says so`, () => {
    const busy = Array.from({ length: 64 }, (_, i) => (i * 29) % 41)
    const outcome = exactOutcome(job(planWhen({ dailyThroughput: busy, items: 10_000, trials: 1, seed: 1 })))
    expect(outcome).toEqual({ computed: false, reason: expect.stringMatching(/longer than 100,000 trials/) })
    const forecast = simulateHere(job(planWhen({ dailyThroughput: busy, items: 10_000, trials: 10, seed: 1 })))
    expect(checkAgainstExact(forecast, outcome)).toBe(outcome)
  })

  it('is for questions without scope growth', () => {
    const grown = job(
      planWhen({ dailyThroughput: repeat([1, 3]), items: 3, trials: 1, seed: 1, scopeGrowth: { ratePerItemDone: 0.1 } })
    )
    expect(exactOutcome(grown)).toEqual({ computed: false, reason: expect.stringMatching(/without scope growth/) })
  })
})
