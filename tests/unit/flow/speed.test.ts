import { describe, expect, it } from 'vitest'
import { drawBaseline, forecastWhen } from '@shared/domain/flow/monteCarlo'
import { Random } from '@shared/domain/flow/random'

/** A 90-day history with a realistic shape: many zero days, a few busy ones (about 2 items a day). */
function history(): number[] {
  const random = new Random(90)
  return Array.from({ length: 90 }, () => [0, 0, 1, 1, 2, 2, 3, 4, 5][random.nextInt(9)]!)
}

describe('forecast speed (printed, not asserted: machines differ)', () => {
  it('runs 1,000,000 trials of "when" for 500 items on a 90-day history', () => {
    const dailyThroughput = history()
    const started = performance.now()
    const forecast = forecastWhen({ dailyThroughput, items: 500, trials: 1_000_000, seed: 7 })
    const seconds = (performance.now() - started) / 1000
    if (!forecast.ok) throw new Error(forecast.reason)
    const baselineStarted = performance.now()
    const checksum = drawBaseline(dailyThroughput, forecast.draws, 7)
    const baselineSeconds = (performance.now() - baselineStarted) / 1000
    console.log(
      `when: 1,000,000 trials x 500 items in ${seconds.toFixed(2)} s (${Math.round(1_000_000 / seconds).toLocaleString('en')} trials/s, ` +
        `${forecast.draws.toLocaleString('en')} draws); baseline draws in ${baselineSeconds.toFixed(2)} s; ` +
        `ratio ${(baselineSeconds / seconds).toFixed(2)}; p50/85 = ${forecast.percentiles[50]}/${forecast.percentiles[85]}`
    )
    expect(checksum).toBeGreaterThan(0)
  }, 120_000)
})
