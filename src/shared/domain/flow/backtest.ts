import {
  countWorkingDays,
  forecastStart,
  workingDayOnOrAfter,
  workingDayToDate,
  type WorkingCalendar
} from './calendar'
import { addDays } from './dates'
import { countPerDay } from './metrics'
import type { ForecastJob } from './forecastJob'
import { planHowMany, planWhen, simulateHere, type Forecast, type Refusal } from './monteCarlo'
import type { Percentiles } from './percentiles'
import { throughputWindow } from './window'
import { DEFAULT_WINDOW_DAYS } from './settings'

export type BacktestQuestion = { kind: 'when'; items: number } | { kind: 'how-many'; days: number }

export interface BacktestInput {
  /** Finish dates of every finished item. */
  finishedOn: readonly string[]
  calendar: WorkingCalendar
  question: BacktestQuestion
  /** The history window of each past forecast, in calendar days ending on its as-of date (default DEFAULT_WINDOW_DAYS). */
  windowDays?: number
  /** Days between as-of dates (default 14). */
  everyDays?: number
  /** The first as-of date; default: the first day with a full window of history behind it. */
  firstAsOf?: string
  /** Data is known up to this day; as-of dates stop before it. */
  today: string
  trials: number
  seed: number
}

export interface BacktestCase {
  asOf: string
  /** The forecast's percentiles (working days for "when", items read from the top for "how many"). */
  percentiles: Percentiles<number | null> | null
  /** Why no forecast was made then (thin data), if none was. */
  refusal: string | null
  /** What happened: working days to finish K items, or items finished in D working days; null while unknown. */
  actual: number | null
  /** Did reality honour the 85th percentile? Null when there is no forecast or no outcome yet. */
  hit85: boolean | null
}

export interface BacktestResult {
  cases: BacktestCase[]
  /** Share of scored cases where the 85th percentile held; null when none could be scored. */
  hitRate85: number | null
  scored: number
}

/** A past date's forecast, to be run (or refused), and what then happened. */
export interface BacktestPlanCase {
  asOf: string
  job: ForecastJob | Refusal
  actual: number | null
}

/**
 * Forecasts made as of past dates, each from only the items finished on or before that date,
 * compared with what then happened. An honest 85th percentile should hold in about 85% of cases.
 */
export function backtest(input: BacktestInput): BacktestResult {
  const plan = planBacktest(input)
  return scoreBacktest(
    plan,
    plan.flatMap((c) => ('ok' in c.job ? [] : [simulateHere(c.job)]))
  )
}

/** The past dates' forecasts to run, so that a pool of workers can run them; `scoreBacktest` reads the answers. */
export function planBacktest(input: BacktestInput): BacktestPlanCase[] {
  const windowDays = input.windowDays ?? DEFAULT_WINDOW_DAYS
  const everyDays = input.everyDays ?? 14
  const finishes = [...input.finishedOn].sort()
  const earliest = finishes[0]
  if (earliest === undefined) return []
  const firstAsOf = input.firstAsOf ?? addDays(earliest, windowDays - 1)

  const cases: BacktestPlanCase[] = []
  for (let asOf = firstAsOf; asOf < input.today; asOf = addDays(asOf, everyDays)) {
    const known = finishes.filter((day) => day <= asOf)
    const dailyThroughput = throughputWindow(known, asOf, windowDays, input.calendar).series
    const run = { dailyThroughput, trials: input.trials, seed: input.seed }
    const job =
      input.question.kind === 'when'
        ? planWhen({ ...run, items: input.question.items })
        : planHowMany({ ...run, days: input.question.days })
    cases.push({ asOf, job, actual: outcome(finishes, asOf, input) })
  }
  return cases
}

/** Scores the plan's cases, given the forecasts of the cases that were not refused, in order. */
export function scoreBacktest(plan: readonly BacktestPlanCase[], forecasts: readonly Forecast[]): BacktestResult {
  let next = 0
  const cases = plan.map(({ asOf, job, actual }): BacktestCase => {
    if ('ok' in job) return { asOf, percentiles: null, refusal: job.reason, actual, hit85: null }
    const forecast = forecasts[next++]!
    const p85 = forecast.percentiles[85]
    const hit85 =
      actual === null
        ? null
        : forecast.question === 'when'
          ? p85 !== null && actual <= p85
          : p85 !== null && actual >= p85
    return { asOf, percentiles: forecast.percentiles, refusal: null, actual, hit85 }
  })
  const scoredCases = cases.filter((c) => c.hit85 !== null)
  const hits = scoredCases.filter((c) => c.hit85).length
  return { cases, hitRate85: scoredCases.length ? hits / scoredCases.length : null, scored: scoredCases.length }
}

/** What really happened after `asOf`, counted in working days like the forecast; null if not known yet. */
function outcome(finishes: readonly string[], asOf: string, input: BacktestInput): number | null {
  const start = forecastStart(asOf)
  if (input.question.kind === 'when') {
    const kth = finishes.filter((day) => day > asOf)[input.question.items - 1]
    if (kth === undefined) return null
    // A finish on a non-working day counts on the next working day, as in the history.
    return countWorkingDays(input.calendar, start, workingDayOnOrAfter(input.calendar, kth))
  }
  const end = workingDayToDate(input.calendar, start, input.question.days)
  if (end > input.today) return null
  return countPerDay(finishes, { from: start, to: end }, input.calendar).reduce((sum, d) => sum + d.count, 0)
}
