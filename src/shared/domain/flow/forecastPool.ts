import { checkAgainstExact, type ExactCheck } from './exactCheck'
import {
  runTask,
  type ChunkResult,
  type ForecastJob,
  type ForecastTask,
  type TaskResult,
  type WorkerMessage
} from './forecastJob'
import { forecastFromChunks, type Forecast } from './monteCarlo'
import { chunkCount, trialsInChunk, workerCount } from './trialChunks'

/**
 * Runs forecasts on a pool of workers, one per core: every chunk of every forecast (and the exact
 * distributions asked for) is a task; an idle worker takes the next one. The workers are whatever
 * `start` makes (worker threads on the command line, Web Workers in the app, or the in-process
 * worker below), and whichever worker runs a chunk, the chunk gives the same counts.
 */

export interface ForecastRequest {
  job: ForecastJob
  /** Also compute the exact distribution and check the simulation against it. */
  exact: boolean
}

export interface ForecastOutcome<F extends Forecast = Forecast> {
  forecast: F
  /** Null unless the request asked for it. */
  exact: ExactCheck | null
}

export interface TaskWorker {
  run(task: ForecastTask): void
  terminate(): void
}

/** Starts a worker that posts its messages to `listen` and calls `fail` if it dies. */
export type StartWorker = (listen: (message: WorkerMessage) => void, fail: (error: Error) => void) => TaskWorker

export interface PoolOptions {
  /** Cores to use (os.availableParallelism(), navigator.hardwareConcurrency); capped, and never more workers than tasks. */
  cores: number
  start: StartWorker
  /** Trials done so far of all the requests together, and their total. */
  onProgress?: (done: number, total: number) => void
}

export interface PoolRun {
  /** The workers started: none for no requests. */
  workers: number
  /** One outcome per request, in the order asked. */
  outcomes: Promise<ForecastOutcome[]>
  /** Stops every worker at once; `outcomes` then rejects. */
  cancel(): void
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)))

/** The exact distributions go first: each takes up to as long as two chunks, and starts beside them. */
function tasksOf(requests: readonly ForecastRequest[]): { task: ForecastTask; request: number }[] {
  const exact = requests.flatMap((r, request) => (r.exact ? [{ kind: 'exact' as const, job: r.job, request }] : []))
  const chunks = requests.flatMap((r, request) =>
    Array.from({ length: chunkCount(r.job.trials) }, (_, chunk) => ({
      kind: 'chunk' as const,
      job: r.job,
      chunk,
      request
    }))
  )
  return [...exact, ...chunks].map(({ request, ...task }, id) => ({ task: { id, ...task }, request }))
}

export function runForecastPool(requests: readonly ForecastRequest[], options: PoolOptions): PoolRun {
  const tasks = tasksOf(requests)
  const size = tasks.length === 0 ? 0 : workerCount(options.cores, tasks.length)
  const total = requests.reduce((sum, r) => sum + r.job.trials, 0)
  const results: TaskResult[] = []
  const trialsDone = new Map<number, number>()
  const workers: TaskWorker[] = []
  let handedOut = 0
  let finished = 0
  let settle: { resolve: (outcomes: ForecastOutcome[]) => void; reject: (error: Error) => void } | null = null

  const outcomes = new Promise<ForecastOutcome[]>((resolve, reject) => (settle = { resolve, reject }))
  const end = (outcome: { error: Error } | { outcomes: ForecastOutcome[] }) => {
    if (!settle) return
    const { resolve, reject } = settle
    settle = null
    for (const worker of workers) worker.terminate()
    if ('error' in outcome) reject(outcome.error)
    else resolve(outcome.outcomes)
  }
  const progress = (id: number, trials: number) => {
    trialsDone.set(id, trials)
    options.onProgress?.(
      [...trialsDone.values()].reduce((a, b) => a + b, 0),
      total
    )
  }
  const feed = (worker: TaskWorker) => {
    if (handedOut < tasks.length) worker.run(tasks[handedOut++]!.task)
  }
  const assemble = (): ForecastOutcome[] =>
    requests.map((request, index) => {
      const mine = tasks.filter((t) => t.request === index).map((t) => results[t.task.id]!)
      const chunks = mine.flatMap((r): ChunkResult[] => (r.kind === 'chunk' ? [r.result] : []))
      const forecast = forecastFromChunks(request.job, chunks)
      const exact = mine.find((r) => r.kind === 'exact')
      return { forecast, exact: exact ? checkAgainstExact(forecast, exact.outcome) : null }
    })

  const onMessage = (worker: number, message: WorkerMessage) => {
    if (!settle) return
    if (message.type === 'failed') return end({ error: new Error(message.message) })
    if (message.type === 'progress') return progress(message.id, message.trials)
    results[message.id] = message.result
    const task = tasks[message.id]!.task
    if (task.kind === 'chunk') progress(task.id, trialsInChunk(task.job.trials, task.chunk))
    if (++finished < tasks.length) return feed(workers[worker]!)
    try {
      end({ outcomes: assemble() })
    } catch (error) {
      end({ error: asError(error) })
    }
  }
  if (tasks.length === 0) end({ outcomes: [] })
  try {
    for (let i = 0; i < size; i++)
      workers.push(
        options.start(
          (message) => onMessage(i, message),
          (error) => end({ error })
        )
      )
    workers.forEach(feed)
  } catch (error) {
    end({ error: asError(error) })
  }
  return { workers: size, outcomes, cancel: () => end({ error: new Error('The forecast was cancelled.') }) }
}

/** A worker in this thread, each task run after the current one yields: for small runs and tests. */
export const startInProcessWorker: StartWorker = (listen) => {
  const pending = new Set<ReturnType<typeof setTimeout>>()
  let stopped = false
  return {
    run(task) {
      const timer = setTimeout(() => {
        pending.delete(timer)
        runTask(task, (message) => {
          if (!stopped) listen(message)
        })
      })
      pending.add(timer)
    },
    terminate() {
      stopped = true
      for (const timer of pending) clearTimeout(timer)
    }
  }
}
