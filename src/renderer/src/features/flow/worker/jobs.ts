import {
  growthEffect,
  planBacktest,
  planHowMany,
  planWhen,
  scoreBacktest,
  type BacktestInput,
  type BacktestResult,
  type ExactCheck,
  type ForecastOutcome,
  type ForecastRequest,
  type HowManyForecast,
  type Refusal,
  type ScopeGrowth,
  type ScopeGrowthEffect,
  type WhenForecast
} from '@shared/domain/flow'

/** What a Flow screen asks the forecast workers for. `exact`: check the simulation against the exact distribution. */
export type FlowJob =
  | { kind: 'when'; dailyThroughput: number[]; items: number; trials: number; seed: number; scopeGrowth: ScopeGrowth | null; exact: boolean }
  | { kind: 'how-many'; dailyThroughput: number[]; days: number; trials: number; seed: number; exact: boolean }
  | { kind: 'backtest'; input: BacktestInput }

export type JobResult =
  | { kind: 'when'; forecast: WhenForecast; growth: ScopeGrowthEffect | null; exact: ExactCheck | null }
  | { kind: 'how-many'; forecast: HowManyForecast; exact: ExactCheck | null }
  | { kind: 'backtest'; result: BacktestResult }
  | { kind: 'refused'; reason: string }

/** A job as forecasts for the worker pool, and how their outcomes, in the same order, make its result. */
export interface PlannedJob {
  requests: ForecastRequest[]
  finish(outcomes: readonly ForecastOutcome[]): JobResult
}

const refused = (refusal: Refusal): JobResult => ({ kind: 'refused', reason: refusal.reason })

/**
 * Checks a job and splits it into forecasts; a refusal (thin history, bad input) needs no worker.
 * With scope growth the question runs twice, with and without growth on the same seed, to show
 * what growth costs; the exact check is for questions without growth only.
 */
export function planJob(job: FlowJob): PlannedJob | JobResult {
  switch (job.kind) {
    case 'when': {
      const run = { dailyThroughput: job.dailyThroughput, items: job.items, trials: job.trials, seed: job.seed }
      const withoutGrowth = planWhen(run)
      if ('ok' in withoutGrowth) return refused(withoutGrowth)
      if (!job.scopeGrowth) {
        return {
          requests: [{ job: withoutGrowth, exact: job.exact }],
          finish: ([outcome]) => ({ kind: 'when', forecast: outcome!.forecast as WhenForecast, growth: null, exact: outcome!.exact })
        }
      }
      const withGrowth = planWhen({ ...run, scopeGrowth: job.scopeGrowth })
      if ('ok' in withGrowth) return refused(withGrowth)
      return {
        requests: [
          { job: withGrowth, exact: false },
          { job: withoutGrowth, exact: false }
        ],
        finish: ([grown, plain]) => {
          const growth = growthEffect(grown!.forecast as WhenForecast, plain!.forecast as WhenForecast)
          return { kind: 'when', forecast: growth.withGrowth, growth, exact: null }
        }
      }
    }
    case 'how-many': {
      const planned = planHowMany(job)
      if ('ok' in planned) return refused(planned)
      return {
        requests: [{ job: planned, exact: job.exact }],
        finish: ([outcome]) => ({ kind: 'how-many', forecast: outcome!.forecast as HowManyForecast, exact: outcome!.exact })
      }
    }
    case 'backtest': {
      const plan = planBacktest(job.input)
      const jobs = plan.flatMap((c) => ('ok' in c.job ? [] : [c.job]))
      return {
        requests: jobs.map((j) => ({ job: j, exact: false })),
        finish: (outcomes) => ({ kind: 'backtest', result: scoreBacktest(plan, outcomes.map((o) => o.forecast)) })
      }
    }
  }
}
