import { exactOutcome, type ExactOutcome } from './exactCheck'
import { runChunk } from './simulate'

/**
 * The one protocol between a forecast and its workers, the command line's worker threads and the
 * app's Web Workers alike: a checked question (a job), the tasks it is split into (its chunks of
 * trials, and its exact distribution when asked for), and what a worker answers. Everything here is
 * plain data, so it crosses postMessage as it is.
 */

/** "When will these items be done?", checked (see `planWhen`), with its run settings. */
export interface WhenJob {
  question: 'when'
  /** Items finished per working day in the history window, zero days included. */
  dailyThroughput: number[]
  items: number
  /** Scope growth: new items per item finished, and items arriving per day (resampled); 0 and [] for none. */
  ratePerItemDone: number
  arrivalsPerDay: number[]
  trials: number
  seed: number
}

/** "How many items in these working days?", checked (see `planHowMany`), with its run settings. */
export interface HowManyJob {
  question: 'how-many'
  dailyThroughput: number[]
  days: number
  trials: number
  seed: number
}

export type ForecastJob = WhenJob | HowManyJob

/** One chunk's histogram: trials per working day ("when") or per total of items ("how many"). */
export interface ChunkResult {
  chunk: number
  /** The value (day or item total) of `counts[0]`; the counts run contiguously from there. */
  firstBin: number
  counts: Int32Array
  /** Trials still running after ten years ("when" only). */
  unfinished: number
  /** Throughput samples drawn. */
  draws: number
}

export type ForecastTask =
  { id: number; kind: 'chunk'; job: ForecastJob; chunk: number } | { id: number; kind: 'exact'; job: ForecastJob }

export type TaskResult = { kind: 'chunk'; result: ChunkResult } | { kind: 'exact'; outcome: ExactOutcome }

/** What a worker posts back about task `id`: progress in trials of that task done so far, then its result or a failure. */
export type WorkerMessage =
  | { type: 'progress'; id: number; trials: number }
  | { type: 'done'; id: number; result: TaskResult }
  | { type: 'failed'; id: number; message: string }

/** A worker's whole job: run one task and post what happens. */
export function runTask(task: ForecastTask, post: (message: WorkerMessage) => void): void {
  try {
    const result: TaskResult =
      task.kind === 'chunk'
        ? {
            kind: 'chunk',
            result: runChunk(task.job, task.chunk, (trials) => post({ type: 'progress', id: task.id, trials }))
          }
        : { kind: 'exact', outcome: exactOutcome(task.job) }
    post({ type: 'done', id: task.id, result })
  } catch (error) {
    post({ type: 'failed', id: task.id, message: error instanceof Error ? error.message : String(error) })
  }
}
