import { mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import Database from 'better-sqlite3'
import { generateNKeysBetween } from 'fractional-indexing'
import type { FlowData } from '@shared/api/methods/flow'
import {
  EXACT_BUDGET_TRIALS,
  Random,
  exactOutcome,
  finishDates,
  flowSummary,
  lastDays,
  planWhen,
  runForecastPool,
  simulateHere,
  startInProcessWorker,
  type FlowSummary,
  type WhenJob
} from '@shared/domain/flow'
import { flowOfTeam, planCombinedWhen, teamHistories } from '@shared/domain/teams'
import { openAppContext, type AppContext } from '../../app/context'
import { startThreadWorker } from '../../cli/forecast/threads'
import { databaseFile } from '../../db/files'
import { report, timeIt, type BenchContext } from '../report'

const TRIALS = 1_000_000
const ITEMS_TO_FORECAST = 500
/** A 90-day window holds about 64 working days. */
const HISTORY_WORKING_DAYS = 64
const FORECAST_RUNS = 5
const FLOW_ITEMS = 10_000
const FLOW_RUNS = 9
const DAY_MS = 86_400_000

/** A believable daily throughput: about 1.5 items a day, one day in five with none, shuffled with a fixed seed. */
function history(): number[] {
  const pattern = [0, 0, 1, 1, 1, 2, 2, 2, 3, 3]
  const series = Array.from({ length: HISTORY_WORKING_DAYS }, (_, i) => pattern[i % pattern.length]!)
  const random = new Random(90)
  for (let i = series.length - 1; i > 0; i--) {
    const j = random.nextInt(i + 1)
    ;[series[i], series[j]] = [series[j]!, series[i]!]
  }
  return series
}

async function seconds(work: () => unknown): Promise<number> {
  const start = performance.now()
  await work()
  return (performance.now() - start) / 1000
}

/** Best of the runs: other work on a busy machine only ever slows a CPU-bound loop down. */
async function best(runs: number, work: (run: number) => unknown): Promise<number> {
  const times: number[] = []
  for (let run = 0; run < runs; run++) times.push(await seconds(() => work(run)))
  return Math.min(...times)
}

/**
 * The practical speed limit of one core, written here and sharing no code with the engine: draw
 * `draws` samples from the history with xoshiro128** (seeded by splitmix32) kept in local variables,
 * and add them up. The sum is returned so that the loop cannot be optimised away.
 */
function tightLoop(series: readonly number[], draws: number, seed: number): number {
  const samples = Float64Array.from(series)
  const n = samples.length
  let state = seed | 0
  const splitmix32 = () => {
    state = (state + 0x9e3779b9) | 0
    let z = Math.imul(state ^ (state >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) | 0
  }
  let s0 = splitmix32()
  let s1 = splitmix32()
  let s2 = splitmix32()
  let s3 = splitmix32()
  let sum = 0
  for (let i = 0; i < draws; i++) {
    const product = Math.imul(s1, 5)
    const drawn = Math.imul((product << 7) | (product >>> 25), 9) >>> 0
    const t = s1 << 9
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = (s3 << 11) | (s3 >>> 21)
    sum += samples[Math.floor(drawn * n * 2.3283064365386963e-10)]!
  }
  return sum
}

function whenJob(series: number[], items: number, trials: number, seed: number): WhenJob {
  const job = planWhen({ dailyThroughput: series, items, trials, seed })
  if ('ok' in job) throw new Error(`The benchmark history was refused: ${job.reason}`)
  return job
}

/**
 * 1,000,000 "when" trials for 500 items on a 64-working-day history, against the tight loop drawing
 * the same number of samples on one core: the engine on one thread (target: at least 0.8 of the
 * loop), and the whole parallel run on a worker thread per core, start-up included (target: at least
 * 1.4 times the loop on 2 cores). Then the exact distribution of the same question against 100,000
 * trials, which it must not outlast, and a question whose exact computation is capped.
 */
async function forecastSuite(context: BenchContext): Promise<void> {
  const series = history()
  const mean = series.reduce((a, b) => a + b, 0) / series.length
  const cores = availableParallelism()
  const question = `"when" ${TRIALS.toLocaleString('en')} trials x ${ITEMS_TO_FORECAST} items, ${series.length}-day history (${mean.toFixed(2)}/day)`
  const draws = simulateHere(whenJob(series, ITEMS_TO_FORECAST, TRIALS, 0)).draws

  let oneThread = Infinity
  let parallel = Infinity
  let loop = Infinity
  let workers = 0
  // Taken alternately, so that a burst of other work slows all three alike.
  for (let run = 0; run < FORECAST_RUNS; run++) {
    const job = whenJob(series, ITEMS_TO_FORECAST, TRIALS, run)
    oneThread = Math.min(oneThread, await seconds(() => simulateHere(job)))
    parallel = Math.min(
      parallel,
      await seconds(() => {
        const pool = runForecastPool([{ job, exact: false }], {
          cores,
          start: startThreadWorker(context.forecastWorker)
        })
        workers = pool.workers
        return pool.outcomes
      })
    )
    loop = Math.min(loop, await seconds(() => tightLoop(series, draws, run)))
  }
  report({
    name: `${question}, engine on one thread vs the tight loop drawing the same ${draws.toLocaleString('en')} samples`,
    value: TRIALS / oneThread,
    unit: 'trials/s',
    baseline: TRIALS / loop
  })
  report({
    name: `${question}, ${workers} worker threads on ${cores} cores (start-up included) vs the tight loop on one core`,
    value: TRIALS / parallel,
    unit: 'trials/s',
    baseline: TRIALS / loop
  })
  report({ name: `${question}, wall time on one thread (best of ${FORECAST_RUNS})`, value: oneThread, unit: 's' })
  report({
    name: `${question}, wall time with ${workers} worker threads (best of ${FORECAST_RUNS})`,
    value: parallel,
    unit: 's'
  })
  report({
    name: `${question}, wall time of the tight loop on one core (best of ${FORECAST_RUNS})`,
    value: loop,
    unit: 's'
  })

  await exactSuite('the same question', series, ITEMS_TO_FORECAST)
  // About 20 items a day from 41 different daily counts: 10,000 items take the exact programme longer than the budget.
  const busy = Array.from({ length: HISTORY_WORKING_DAYS }, (_, i) => (i * 29) % 41)
  await exactSuite('a capped question (10,000 items, 41 distinct daily counts)', busy, 10_000)
}

/** The exact distribution of a "when" question against 100,000 trials of it on one thread (ratio: at most 1). */
async function exactSuite(label: string, series: number[], items: number): Promise<void> {
  const job = whenJob(series, items, EXACT_BUDGET_TRIALS, 1)
  let computed = false
  const exact = await best(FORECAST_RUNS, () => (computed = exactOutcome(job).computed))
  const trials = await best(FORECAST_RUNS, () => simulateHere(job))
  report({
    name: `exact distribution of ${label} (${computed ? 'computed' : 'capped, not computed'}) vs ${EXACT_BUDGET_TRIALS.toLocaleString('en')} trials on one thread`,
    value: exact,
    unit: 's',
    baseline: trials
  })
}

/**
 * A product of 10,000 items with about four status changes each, loaded through a second connection
 * in one transaction (loading is not what is measured).
 */
function loadHistory(file: string, productId: number): number {
  const conn = new Database(file)
  const states = conn
    .prepare('SELECT id FROM workflow_states WHERE product_id = ? ORDER BY position')
    .all(productId) as Array<{ id: number }>
  const ranks = generateNKeysBetween(null, null, FLOW_ITEMS)
  const insertItem = conn.prepare(
    "INSERT INTO backlog_items (product_id, type, title, description, estimate, state_id, rank, created_at, updated_at) VALUES (?, 'story', ?, '', 3, ?, ?, ?, ?) RETURNING id"
  )
  const insertChange = conn.prepare(
    'INSERT INTO status_changes (item_id, from_state_id, to_state_id, changed_at) VALUES (?, ?, ?, ?)'
  )
  const random = new Random(10_000)
  const start = Date.UTC(2025, 0, 1)
  let changes = 0
  conn.transaction(() => {
    ranks.forEach((rank, i) => {
      // Every state up to a random last one, a day or two apart: most items are done, some are still open.
      const last = Math.min(states.length - 1, 1 + random.nextInt(states.length + 1))
      let at = start + random.nextInt(300) * DAY_MS
      const stamp = new Date(at).toISOString()
      const { id } = insertItem.get(productId, `Item ${i + 1}`, states[last]!.id, rank, stamp, stamp) as { id: number }
      for (let s = 0; s <= last; s++) {
        insertChange.run(id, s === 0 ? null : states[s - 1]!.id, states[s]!.id, new Date(at).toISOString())
        at += (1 + random.nextInt(3)) * DAY_MS
        changes++
      }
    })
  })()
  conn.close()
  return changes
}

async function flowDataSuite(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'po-studio-bench-flow-'))
  try {
    const ctx = await openAppContext({ dataDir, sample: false, version: 'bench', log: () => {} })
    const created = await ctx.dispatch('products.create', { name: 'Flow benchmark' })
    if (!created.ok) throw new Error(created.error.message)
    const productId = (created.value as { id: number }).id
    const changes = loadHistory(databaseFile(dataDir), productId)
    let items = 0
    const ms = await timeIt(FLOW_RUNS, async () => {
      const result = await ctx.dispatch('flow.data', { productId })
      if (!result.ok) throw new Error(result.error.message)
      items = (result.value as { items: unknown[] }).items.length
    })
    if (items !== FLOW_ITEMS) throw new Error(`flow.data returned ${items} items, expected ${FLOW_ITEMS}`)
    report({
      name: `flow.data ${FLOW_ITEMS.toLocaleString('en')} items, ${changes.toLocaleString('en')} status changes (API, validated)`,
      value: ms,
      unit: 'ms'
    })
    await teamFlowSuite(ctx, productId)
    await ctx.close()
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

const TEAMS = 3
const COMBINED_TRIALS = 10_000

/**
 * The same 10,000 items shared by three teams, each with its own WIP limits: flow.data with the
 * teams' policies, one team's board, cumulative flow and metrics (what Flow › Board and Metrics
 * narrowed to a team compute), and the app's default combined forecast of the three teams with each
 * team's own, on one thread.
 */
async function teamFlowSuite(ctx: AppContext, productId: number): Promise<void> {
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await ctx.dispatch(method, input)
    if (!result.ok) throw new Error(result.error.message)
    return result.value as T
  }
  const teams: Array<{ id: number; name: string }> = []
  for (let i = 0; i < TEAMS; i++) teams.push(await call('teams.create', { productId, name: `Team ${i + 1}` }))
  const conn = new Database(databaseFile(ctx.dataDir))
  // In turn down the ids, as the sample gives its items to its teams.
  const assign = conn.prepare('UPDATE backlog_items SET team_id = ? WHERE product_id = ? AND id % ? = ?')
  conn.transaction(() => teams.forEach((team, i) => assign.run(team.id, productId, TEAMS, i)))()
  conn.close()
  const states = await call<Array<{ id: number; category: string }>>('workflow.list', { productId })
  for (const team of teams) {
    for (const state of states.filter((s) => s.category === 'in_progress'))
      await call('teams.setWipLimit', { id: team.id, stateId: state.id, wipLimit: 5 })
  }

  let data = await call<FlowData>('flow.data', { productId })
  const ms = await timeIt(FLOW_RUNS, async () => (data = await call<FlowData>('flow.data', { productId })))
  report({
    name: `flow.data ${FLOW_ITEMS.toLocaleString('en')} items of ${TEAMS} teams with their WIP limits (API, validated)`,
    value: ms,
    unit: 'ms'
  })

  // The synthetic history ended long ago: read the windows as of its last finish, as the app offers.
  const asOf = finishDates(data.items).sort().at(-1)!
  const window = lastDays(asOf, 90)
  let summary: FlowSummary | null = null
  const board = await timeIt(FLOW_RUNS, () => (summary = flowSummary(flowOfTeam(data, teams[0]!.id), window)))
  report({
    name: `one team's board, cumulative flow and metrics of ${FLOW_ITEMS.toLocaleString('en')} items (${summary!.finished} finished in the window)`,
    value: board,
    unit: 'ms'
  })

  const histories = teamHistories(data.items, teams, { asOf, windowDays: 90 }, data.calendar)
  const combined = await timeIt(3, async (run) => {
    const planned = planCombinedWhen({
      teams: histories,
      items: 500,
      trials: COMBINED_TRIALS,
      seed: run,
      scopeGrowth: { ratePerItemDone: 0.1 }
    })
    if ('ok' in planned) throw new Error(`The combined forecast was refused: ${planned.reason}`)
    const jobs = [
      planned.combined,
      planned.withoutGrowth!,
      ...planned.perTeam.flatMap((t) => ('ok' in t.job ? [] : [t.job]))
    ]
    return runForecastPool(
      jobs.map((job) => ({ job, exact: false })),
      { cores: 1, start: startInProcessWorker }
    ).outcomes
  })
  report({
    name: `combined "when" of ${TEAMS} teams (500 items, ${COMBINED_TRIALS.toLocaleString('en')} trials, with scope growth and without, and each team's own) on one thread`,
    value: combined,
    unit: 'ms'
  })
}

export default async function flowSuite(context: BenchContext): Promise<void> {
  await forecastSuite(context)
  await flowDataSuite()
}
