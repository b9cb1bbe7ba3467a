import { describe, expect, it } from 'vitest'
import {
  backtest,
  forecastHowMany,
  forecastWhen,
  runForecastPool,
  startInProcessWorker,
  type BacktestInput
} from '@shared/domain/flow'
import { planJob, type FlowJob, type JobResult } from '../../../src/renderer/src/features/flow/worker/jobs'

const history = [0, 1, 2, 1, 0, 3, 1, 2, 0, 1]

/** Runs a job as the page does, on a pool of in-process workers, with the progress it reports. */
async function run(job: FlowJob, cores = 2): Promise<{ result: JobResult; progress: number[] }> {
  const planned = planJob(job)
  if (!('requests' in planned)) return { result: planned, progress: [] }
  const progress: number[] = []
  const pool = runForecastPool(planned.requests, {
    cores,
    start: startInProcessWorker,
    onProgress: (done, total) => progress.push(done / total)
  })
  return { result: planned.finish(await pool.outcomes), progress }
}

describe('forecast jobs of the Flow screens', () => {
  it('runs "when" with progress up to the end, checked against the exact distribution', async () => {
    const { result, progress } = await run({
      kind: 'when',
      dailyThroughput: history,
      items: 10,
      trials: 1000,
      seed: 5,
      scopeGrowth: null,
      exact: true
    })
    if (result.kind !== 'when') throw new Error(`expected "when", got ${result.kind}`)
    expect(result.forecast).toEqual(forecastWhen({ dailyThroughput: history, items: 10, trials: 1000, seed: 5 }))
    expect(result.exact).toMatchObject({ computed: true })
    expect(progress.at(-1)).toBe(1)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
  })

  it('runs "when" with scope growth as one bar over both runs, and reports what growth costs', async () => {
    const { result, progress } = await run({
      kind: 'when',
      dailyThroughput: history,
      items: 10,
      trials: 1000,
      seed: 5,
      scopeGrowth: { ratePerItemDone: 0.3 },
      exact: true
    })
    if (result.kind !== 'when' || !result.growth) throw new Error('expected a growth effect')
    expect(result.forecast).toBe(result.growth.withGrowth)
    expect(result.growth.extraDays[85]).toBeGreaterThan(0)
    expect(result.exact).toBeNull()
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    expect(progress.at(-1)).toBe(1)
    expect(progress.some((f) => f > 0.4 && f < 0.6)).toBe(true)
  })

  it('is exactly repeatable with the same seed, and skips the exact check when not asked', async () => {
    const job: FlowJob = { kind: 'how-many', dailyThroughput: history, days: 20, trials: 2000, seed: 77, exact: false }
    const { result } = await run(job)
    expect(result).toEqual((await run(job, 3)).result)
    expect(result).toEqual({
      kind: 'how-many',
      forecast: forecastHowMany({ dailyThroughput: history, days: 20, trials: 2000, seed: 77 }),
      exact: null
    })
  })

  it('passes the thin-data refusal through as an explanation, without a worker', () => {
    const planned = planJob({
      kind: 'when',
      dailyThroughput: [0, 1, 0, 2],
      items: 5,
      trials: 100,
      seed: 1,
      scopeGrowth: null,
      exact: true
    })
    expect(planned).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/at least 5 such days/) })
  })

  it('runs a backtest, its past forecasts spread over the workers, as the engine scores it in one thread', async () => {
    const finishedOn = Array.from(
      { length: 120 },
      (_, i) => `2025-0${1 + Math.floor(i / 30)}-${String(1 + (i % 28)).padStart(2, '0')}`
    )
    const input: BacktestInput = {
      finishedOn,
      calendar: { weekendsOff: true, nonWorkingDays: [] },
      question: { kind: 'when', items: 5 },
      windowDays: 30,
      everyDays: 7,
      today: '2025-05-01',
      trials: 500,
      seed: 1
    }
    const { result } = await run({ kind: 'backtest', input }, 3)
    expect(result).toEqual({ kind: 'backtest', result: backtest(input) })
    expect(result.kind === 'backtest' && result.result.scored).toBeGreaterThan(3)
  })

  it('runs the combined forecast and each team’s own on the pool, keeping a team’s refusal in its place', async () => {
    const lanes = { teamId: 1, name: 'Lanes', dailyThroughput: history, openItems: 6, arrivalsPerDay: [] }
    const kiosk = {
      teamId: 2,
      name: 'Kiosk',
      dailyThroughput: [...history].reverse(),
      openItems: 0,
      arrivalsPerDay: []
    }
    const { result, progress } = await run(
      {
        kind: 'combined',
        question: 'when',
        teams: [lanes, kiosk],
        items: 20,
        days: 0,
        trials: 1000,
        seed: 9,
        scopeGrowth: null
      },
      3
    )
    if (result.kind !== 'combined') throw new Error(`expected "combined", got ${result.kind}`)
    expect(result.forecast).toMatchObject({ question: 'when', items: 20, trials: 1000, seed: 9 })
    expect(result.growth).toBeNull()
    expect(result.parts.map((p) => p.share)).toEqual([0.5, 0.5])
    expect(result.perTeam[0]).toMatchObject({
      teamId: 1,
      reason: null,
      forecast: forecastWhen({ dailyThroughput: history, items: 6, trials: 1000, seed: 9 })
    })
    expect(result.perTeam[1]).toEqual({
      teamId: 2,
      name: 'Kiosk',
      forecast: null,
      reason: 'Kiosk has no open items of its own.'
    })
    expect(progress.at(-1)).toBe(1)
    // "How many" by a date: every team's own forecast by the same date.
    const howMany = await run({
      kind: 'combined',
      question: 'how-many',
      teams: [lanes, kiosk],
      items: 0,
      days: 10,
      trials: 1000,
      seed: 9,
      scopeGrowth: null
    })
    if (howMany.result.kind !== 'combined') throw new Error('expected "combined"')
    expect(howMany.result.perTeam.map((t) => t.forecast?.question)).toEqual(['how-many', 'how-many'])
  })

  it('grows the combined backlog as a single forecast does, and shows what growth costs beside it', async () => {
    const lanes = { teamId: 1, name: 'Lanes', dailyThroughput: history, openItems: 6, arrivalsPerDay: [0, 1, 0, 0] }
    const kiosk = {
      teamId: 2,
      name: 'Kiosk',
      dailyThroughput: [...history].reverse(),
      openItems: 4,
      arrivalsPerDay: [1, 0]
    }
    const base = {
      kind: 'combined' as const,
      question: 'when' as const,
      teams: [lanes, kiosk],
      items: 20,
      days: 0,
      trials: 1000,
      seed: 9
    }
    const plain = (await run({ ...base, scopeGrowth: null })).result
    const { result } = await run({ ...base, scopeGrowth: { ratePerItemDone: 0.3 } }, 2)
    if (result.kind !== 'combined' || plain.kind !== 'combined') throw new Error('expected "combined"')
    // The same seed without growth is the plain combined forecast; growth only ever makes it later.
    expect(result.growth!.withoutGrowth).toEqual(plain.forecast)
    expect(result.forecast).toEqual(result.growth!.withGrowth)
    expect(result.growth!.extraDays[85]!).toBeGreaterThan(0)
    // Each team's own forecast grows at the same rate.
    const own = result.perTeam[0]!.forecast!
    expect(own.question === 'when' && own.percentiles[85]!).toBeGreaterThan(
      plain.perTeam[0]!.forecast!.percentiles[85]!
    )
  })

  it('refuses a combined forecast of one team without starting a worker', async () => {
    const { result } = await run({
      kind: 'combined',
      question: 'when',
      teams: [{ teamId: 1, name: 'Lanes', dailyThroughput: history, openItems: 3, arrivalsPerDay: [] }],
      items: 5,
      days: 0,
      trials: 100,
      seed: 1,
      scopeGrowth: null
    })
    expect(result).toMatchObject({ kind: 'refused', reason: expect.stringContaining('at least two teams') })
  })
})
