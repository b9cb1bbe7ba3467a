import {
  PERCENTILE_LEVELS,
  percentileDates,
  workingDayToDate,
  type HowManyForecast,
  type Percentiles,
  type WhenForecast
} from '@shared/domain/flow'
import type { History } from './history'

/** The history window as reported: calendar dates when known, and what the forecast resampled. */
function windowOf(history: History) {
  return { from: history.from, to: history.to, days: history.series.length, daysWithCompletions: history.series.filter((n) => n > 0).length }
}

/** `--json` for "when": a percentile is `{ days, date }` when a start is known, else a number of working days. */
export function whenJson(forecast: WhenForecast, history: History, start: string | null) {
  const dates = start === null ? null : percentileDates(forecast.percentiles, history.calendar, start)
  const percentiles = Object.fromEntries(
    PERCENTILE_LEVELS.map((p) => [String(p), dates === null ? forecast.percentiles[p] : { days: forecast.percentiles[p], date: dates[p] }])
  )
  return {
    question: 'when',
    items: forecast.items,
    trials: forecast.trials,
    seed: forecast.seed,
    start,
    window: windowOf(history),
    percentiles,
    histogram: forecast.histogram,
    unfinished: forecast.unfinished
  }
}

/** `--json` for "how many": percentiles are item counts read from the top (this many or more). */
export function howManyJson(forecast: HowManyForecast, history: History, start: string | null) {
  return {
    question: 'how-many',
    days: forecast.days,
    trials: forecast.trials,
    seed: forecast.seed,
    start,
    end: start === null ? null : workingDayToDate(history.calendar, start, forecast.days),
    window: windowOf(history),
    percentiles: Object.fromEntries(PERCENTILE_LEVELS.map((p) => [String(p), forecast.percentiles[p]])),
    histogram: forecast.histogram
  }
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`

function describeWindow(history: History): string {
  const window = windowOf(history)
  const span = history.from === null ? `a series of ${plural(window.days, 'working day', 'working days')}` : `${history.from} to ${history.to} (${plural(window.days, 'working day', 'working days')})`
  return `History: ${span}, items finished on ${plural(window.daysWithCompletions, 'day', 'days')}.`
}

function describeRun(forecast: { trials: number; seed: number }): string {
  return `${plural(forecast.trials, 'trial', 'trials')}, seed ${forecast.seed} (repeat it with --seed ${forecast.seed}).`
}

/** Readable sentences for "when": "85%: on or before 2027-01-12 (23 working days)". */
export function whenText(forecast: WhenForecast, history: History, start: string | null): string[] {
  const dates: Percentiles<string | null> | null = start === null ? null : percentileDates(forecast.percentiles, history.calendar, start)
  const lines = PERCENTILE_LEVELS.map((p) => {
    const days = forecast.percentiles[p]
    if (days === null) return `${p}%: not within ten years`
    const span = plural(days, 'working day', 'working days')
    return dates === null ? `${p}%: within ${span}` : `${p}%: on or before ${dates[p]} (${span})`
  })
  const from = start === null ? '' : ` starting ${start}`
  return [`When will ${plural(forecast.items, 'item', 'items')} be done${from}?`, ...lines, describeWindow(history), describeRun(forecast)]
}

/** Readable sentences for "how many": "85%: 41 items or more". */
export function howManyText(forecast: HowManyForecast, history: History, start: string | null): string[] {
  const span = plural(forecast.days, 'working day', 'working days')
  const question =
    start === null
      ? `How many items in the next ${span}?`
      : `How many items from ${start} to ${workingDayToDate(history.calendar, start, forecast.days)} (${span})?`
  const lines = PERCENTILE_LEVELS.map((p) => `${p}%: ${plural(forecast.percentiles[p], 'item', 'items')} or more`)
  return [question, ...lines, describeWindow(history), describeRun(forecast)]
}
