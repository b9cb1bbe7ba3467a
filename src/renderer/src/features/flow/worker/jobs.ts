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
import {
  planCombinedHowMany,
  planCombinedWhen,
  type CombinedPlan,
  type TeamHistory,
  type TeamPart
} from '@shared/domain/teams'

/** What a Flow screen asks the forecast workers for. `exact`: check the simulation against the exact distribution. */
export type FlowJob =
  | {
      kind: 'when'
      dailyThroughput: number[]
      items: number
      trials: number
      seed: number
      scopeGrowth: ScopeGrowth | null
      exact: boolean
    }
  | { kind: 'how-many'; dailyThroughput: number[]; days: number; trials: number; seed: number; exact: boolean }
  | { kind: 'backtest'; input: BacktestInput }
  /** The whole backlog by every team, each team's day drawn from its own history; `items` for "when", `days` for "how many". */
  | {
      kind: 'combined'
      question: 'when' | 'how-many'
      teams: TeamHistory[]
      items: number
      days: number
      trials: number
      seed: number
      /** "When" only, as in a single forecast: arrivals are the product's, whichever team they went to. */
      scopeGrowth: ScopeGrowth | null
    }

/** A run as a settings form checked it: the job and what its answer is read with, or the one problem to fix. */
export type CheckedRun<Ran> = { ok: true; ran: Ran; job: FlowJob } | { ok: false; problem: string }

/** One team's own forecast beside a combined one, or why it has none. */
export interface TeamOwnForecast {
  teamId: number
  name: string
  forecast: WhenForecast | HowManyForecast | null
  reason: string | null
}

export type JobResult =
  | { kind: 'when'; forecast: WhenForecast; growth: ScopeGrowthEffect | null; exact: ExactCheck | null }
  | { kind: 'how-many'; forecast: HowManyForecast; exact: ExactCheck | null }
  | { kind: 'backtest'; result: BacktestResult }
  | {
      kind: 'combined'
      forecast: WhenForecast | HowManyForecast
      growth: ScopeGrowthEffect | null
      parts: TeamPart[]
      perTeam: TeamOwnForecast[]
    }
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
          finish: ([outcome]) => ({
            kind: 'when',
            forecast: outcome!.forecast as WhenForecast,
            growth: null,
            exact: outcome!.exact
          })
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
        finish: ([outcome]) => ({
          kind: 'how-many',
          forecast: outcome!.forecast as HowManyForecast,
          exact: outcome!.exact
        })
      }
    }
    case 'combined': {
      const { teams, trials, seed } = job
      const planned =
        job.question === 'when'
          ? planCombinedWhen({ teams, items: job.items, trials, seed, scopeGrowth: job.scopeGrowth ?? undefined })
          : planCombinedHowMany({ teams, days: job.days, trials, seed })
      return 'ok' in planned ? refused(planned) : combinedJob(planned)
    }
    case 'backtest': {
      const plan = planBacktest(job.input)
      const jobs = plan.flatMap((c) => ('ok' in c.job ? [] : [c.job]))
      return {
        requests: jobs.map((j) => ({ job: j, exact: false })),
        finish: (outcomes) => ({
          kind: 'backtest',
          result: scoreBacktest(
            plan,
            outcomes.map((o) => o.forecast)
          )
        })
      }
    }
  }
}

/**
 * The combined forecast first (and, with scope growth, the same without it), then each team's own in
 * team order; a team that cannot be forecast keeps its reason.
 */
function combinedJob(planned: CombinedPlan<ForecastRequest['job']>): PlannedJob {
  const own = planned.perTeam.flatMap((team) => ('ok' in team.job ? [] : [team.job]))
  const combined = planned.withoutGrowth ? [planned.combined, planned.withoutGrowth] : [planned.combined]
  return {
    requests: [...combined, ...own].map((job) => ({ job, exact: false })),
    finish: (outcomes) => {
      const forecasts = outcomes.map((outcome) => outcome.forecast)
      const first = forecasts.shift()!
      const growth = planned.withoutGrowth
        ? growthEffect(first as WhenForecast, forecasts.shift() as WhenForecast)
        : null
      const perTeam = planned.perTeam.map(({ teamId, name, job }) =>
        'ok' in job
          ? { teamId, name, forecast: null, reason: job.reason }
          : { teamId, name, forecast: forecasts.shift()!, reason: null }
      )
      return { kind: 'combined', forecast: first, growth, parts: planned.parts, perTeam }
    }
  }
}
