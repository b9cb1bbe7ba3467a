import {
  backtest,
  forecastHowMany,
  forecastWhen,
  scopeGrowthEffect,
  type BacktestInput,
  type BacktestResult,
  type HowManyForecast,
  type Refusal,
  type ScopeGrowth,
  type ScopeGrowthEffect,
  type WhenForecast
} from '@shared/domain/flow'

/** Work the forecast worker does; plain data, so it crosses postMessage as it is. */
export type ForecastJob =
  | { kind: 'when'; dailyThroughput: number[]; items: number; trials: number; seed: number; scopeGrowth: ScopeGrowth | null }
  | { kind: 'how-many'; dailyThroughput: number[]; days: number; trials: number; seed: number }
  | { kind: 'backtest'; input: BacktestInput }

export type JobResult =
  | { kind: 'when'; forecast: WhenForecast; growth: ScopeGrowthEffect | null }
  | { kind: 'how-many'; forecast: HowManyForecast }
  | { kind: 'backtest'; result: BacktestResult }
  | { kind: 'refused'; reason: string }

/** Share of the job done, from 0 to 1. */
export type JobProgress = (fraction: number) => void

const refused = (refusal: Refusal): JobResult => ({ kind: 'refused', reason: refusal.reason })

/**
 * Runs one job with the engine. With scope growth the engine runs the question twice (with and
 * without growth, same seed); progress then counts both runs as one bar.
 */
export function runJob(job: ForecastJob, progress: JobProgress): JobResult {
  switch (job.kind) {
    case 'when': {
      const run = { dailyThroughput: job.dailyThroughput, items: job.items, trials: job.trials, seed: job.seed }
      if (!job.scopeGrowth) {
        const forecast = forecastWhen({ ...run, onProgress: (done, total) => progress(done / total) })
        return forecast.ok ? { kind: 'when', forecast, growth: null } : refused(forecast)
      }
      let pass = 0
      let last = 0
      const effect = scopeGrowthEffect({
        ...run,
        scopeGrowth: job.scopeGrowth,
        onProgress: (done, total) => {
          if (done < last) pass++
          last = done
          progress((pass * total + done) / (2 * total))
        }
      })
      return effect.ok ? { kind: 'when', forecast: effect.withGrowth, growth: effect } : refused(effect)
    }
    case 'how-many': {
      const forecast = forecastHowMany({ ...job, onProgress: (done, total) => progress(done / total) })
      return forecast.ok ? { kind: 'how-many', forecast } : refused(forecast)
    }
    case 'backtest':
      return { kind: 'backtest', result: backtest(job.input) }
  }
}

export type WorkerMessage = { type: 'progress'; fraction: number } | { type: 'done'; result: JobResult } | { type: 'failed'; message: string }
