import { describe, expect, it } from 'vitest'
import {
  MAX_FORECAST_DAYS,
  Random,
  chunkCount,
  chunkSeed,
  planHowMany,
  planWhen,
  simulateHere,
  trialsInChunk,
  type ForecastJob,
  type HowManyJob,
  type WhenJob
} from '@shared/domain/flow'

/**
 * The engine's hot loops write the xoshiro128** steps out with the state in local variables; the
 * Random class (random.ts) is the reference. These tests replay forecasts through Random and expect
 * the very same draws.
 */

function job<J extends ForecastJob>(planned: J | { ok: false; reason: string }): J {
  if ('ok' in planned) throw new Error(planned.reason)
  return planned
}

/** The "how many" histogram drawn through Random: the old engine's loop, chunk by chunk. */
function referenceHowMany(j: HowManyJob): Map<number, number> {
  const histogram = new Map<number, number>()
  for (let chunk = 0; chunk < chunkCount(j.trials); chunk++) {
    const random = new Random(chunkSeed(j.seed, chunk))
    for (let trial = 0; trial < trialsInChunk(j.trials, chunk); trial++) {
      let total = 0
      for (let day = 0; day < j.days; day++) total += j.dailyThroughput[random.nextInt(j.dailyThroughput.length)]!
      histogram.set(total, (histogram.get(total) ?? 0) + 1)
    }
  }
  return histogram
}

/** The "when" histogram drawn through Random, with scope growth: throughput first, then arrivals, each day. */
function referenceWhen(j: WhenJob): { histogram: Map<number, number>; unfinished: number } {
  const histogram = new Map<number, number>()
  let unfinished = 0
  for (let chunk = 0; chunk < chunkCount(j.trials); chunk++) {
    const random = new Random(chunkSeed(j.seed, chunk))
    for (let trial = 0; trial < trialsInChunk(j.trials, chunk); trial++) {
      let remaining = j.items
      let day = 0
      while (remaining > 1e-6 && day < MAX_FORECAST_DAYS) {
        const done = j.dailyThroughput[random.nextInt(j.dailyThroughput.length)]! * (1 - j.ratePerItemDone)
        const arrived = j.arrivalsPerDay.length ? j.arrivalsPerDay[random.nextInt(j.arrivalsPerDay.length)]! : 0
        remaining -= done - arrived
        day++
      }
      if (remaining > 1e-6) unfinished++
      else histogram.set(day, (histogram.get(day) ?? 0) + 1)
    }
  }
  return { histogram, unfinished }
}

const history = [0, 1, 2, 0, 3, 1, 0, 0, 2, 5]

describe('the inlined generator', () => {
  it('draws the same indices as Random.nextInt, draw for draw', () => {
    // One day per trial from the history 0..63: trial k's total is the index of draw k, so the
    // histograms of the first k and k - 1 trials differ by exactly that draw.
    const series = Array.from({ length: 64 }, (_, i) => i)
    for (const seed of [0, 7, 4_294_967_295]) {
      const random = new Random(seed)
      let previous = new Map<number, number>()
      for (let trials = 1; trials <= 200; trials++) {
        const forecast = simulateHere(job(planHowMany({ dailyThroughput: series, days: 1, trials, seed })))
        const counts = new Map(forecast.histogram.map((bin) => [bin.items, bin.count]))
        const drawn = [...counts]
          .filter(([items, count]) => count !== (previous.get(items) ?? 0))
          .map(([items]) => items)
        expect(drawn).toEqual([random.nextInt(64)])
        previous = counts
      }
    }
  })

  it('gives "how many" the histogram of the reference, over several chunks', () => {
    const j = job(planHowMany({ dailyThroughput: history, days: 12, trials: 120_001, seed: 31 }))
    const forecast = simulateHere(j)
    expect(new Map(forecast.histogram.filter((b) => b.count > 0).map((b) => [b.items, b.count]))).toEqual(
      referenceHowMany(j)
    )
  })

  it.each([
    { name: 'plain', scopeGrowth: undefined },
    { name: 'a split rate', scopeGrowth: { ratePerItemDone: 0.25 } },
    { name: 'arrivals (two draws a day)', scopeGrowth: { arrivalsPerDay: [0, 0, 1, 0, 2] } }
  ])('gives "when" with $name the histogram of the reference, over several chunks', ({ scopeGrowth }) => {
    const j = job(planWhen({ dailyThroughput: history, items: 30, trials: 110_000, seed: 2024, scopeGrowth }))
    const forecast = simulateHere(j)
    const reference = referenceWhen(j)
    expect(new Map(forecast.histogram.filter((b) => b.count > 0).map((b) => [b.days, b.count]))).toEqual(
      reference.histogram
    )
    expect(forecast.unfinished).toBe(reference.unfinished)
  })
})
