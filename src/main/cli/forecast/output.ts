import { SEPARATOR_NAMES } from '@shared/domain/csv'
import { DATE_ORDER_LABELS } from '@shared/domain/import/dates'
import {
  PERCENTILE_LEVELS,
  longIdleText,
  percentileDates,
  workingDayToDate,
  type HowManyForecast,
  type Percentiles,
  type WhenForecast,
  type WorkingCalendar
} from '@shared/domain/flow'
import type { History } from './history'

/** The history window as reported: calendar dates when known, and what the forecast resampled. */
function windowOf(history: History) {
  return { from: history.from, to: history.to, days: history.series.length, daysWithCompletions: history.series.filter((n) => n > 0).length }
}

/** What every `--json` answer says about its history, besides the window. */
function basisJson(history: History) {
  const { file, longIdle } = history
  return {
    asOf: history.asOf,
    calendar: history.calendar,
    window: windowOf(history),
    longIdle: longIdle && { ...longIdle, suggestedAsOf: longIdle.lastFinish },
    file: file && { path: file.path, finishedRows: file.finishedRows, unfinishedRows: file.unfinishedRows, encoding: file.encoding, separator: SEPARATOR_NAMES[file.separator], dateOrder: file.dateOrder }
  }
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
    ...basisJson(history),
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
    ...basisJson(history),
    percentiles: Object.fromEntries(PERCENTILE_LEVELS.map((p) => [String(p), forecast.percentiles[p]])),
    histogram: forecast.histogram
  }
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`

function describeCalendar(calendar: WorkingCalendar): string {
  const daysOff = calendar.nonWorkingDays.length
  const declared = daysOff > 0 ? ` and ${plural(daysOff, 'declared day off', 'declared days off')}` : ''
  return calendar.weekendsOff ? `weekends${declared} left out` : daysOff > 0 ? `every day but ${plural(daysOff, 'declared day off', 'declared days off')}` : 'every day counted'
}

function describeWindow(history: History): string {
  const window = windowOf(history)
  const days = plural(window.days, 'working day', 'working days')
  const span =
    history.from === null ? `a series of ${days}${history.asOf ? ` up to ${history.asOf}` : ''}` : `${history.from} to ${history.to}, ${days} (${describeCalendar(history.calendar)})`
  return `History: ${span}; items finished on ${plural(window.daysWithCompletions, 'day', 'days')}.`
}

/** How a --history file was read, for the user to check: "Read FILE as UTF-8 (...), semicolon-separated, ...". */
function describeFile(history: History): string[] {
  const { file } = history
  if (!file) return []
  const dates = file.dateOrder === null ? 'dates as written' : `dates ${DATE_ORDER_LABELS[file.dateOrder]}`
  const read = `Read ${file.path} as ${file.encodingNote}, ${SEPARATOR_NAMES[file.separator]}-separated, ${dates}: ${plural(file.finishedRows, 'finished item', 'finished items')}`
  if (file.unfinishedRows === 0) return [`${read}.`]
  const left = plural(file.unfinishedRows, 'row', 'rows')
  return [`${read}; ${left} without a finish date ${file.unfinishedRows === 1 ? 'was' : 'were'} left out.`]
}

/** The stderr note for a history that stopped long before the as-of day; it never moves the window itself. */
export function longIdleNote(history: History, windowDays: number): string | null {
  const { longIdle, asOf } = history
  if (!longIdle || !asOf) return null
  return `Note: ${longIdleText(longIdle, asOf, windowDays)} If the history simply ends there, forecast as of its last finish: --as-of ${longIdle.lastFinish}`
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
  return [`When will ${plural(forecast.items, 'item', 'items')} be done${from}?`, ...lines, describeWindow(history), ...describeFile(history), describeRun(forecast)]
}

/** Readable sentences for "how many": "85%: 41 items or more". */
export function howManyText(forecast: HowManyForecast, history: History, start: string | null): string[] {
  const span = plural(forecast.days, 'working day', 'working days')
  const question =
    start === null
      ? `How many items in the next ${span}?`
      : `How many items from ${start} to ${workingDayToDate(history.calendar, start, forecast.days)} (${span})?`
  const lines = PERCENTILE_LEVELS.map((p) => `${p}%: ${plural(forecast.percentiles[p], 'item', 'items')} or more`)
  return [question, ...lines, describeWindow(history), ...describeFile(history), describeRun(forecast)]
}
