import { SEPARATOR_NAMES } from '@shared/domain/csv'
import { formatCount } from '@shared/domain/format'
import { DATE_ORDER_LABELS } from '@shared/domain/import/dates'
import {
  PERCENTILE_LEVELS,
  longIdleText,
  percentileDates,
  workingDayToDate,
  type ExactCheck,
  type HowManyForecast,
  type Percentiles,
  type WhenForecast,
  type WorkingCalendar
} from '@shared/domain/flow'
import type { History } from './history'

/** The history window as reported: calendar dates when known, and what the forecast resampled. */
function windowOf(history: History) {
  return {
    from: history.from,
    to: history.to,
    days: history.series.length,
    daysWithCompletions: history.series.filter((n) => n > 0).length
  }
}

/** What every `--json` answer says about its history, besides the window. */
function basisJson(history: History) {
  const { file, longIdle } = history
  return {
    team: history.team,
    asOf: history.asOf,
    calendar: history.calendar,
    window: windowOf(history),
    longIdle: longIdle && { ...longIdle, suggestedAsOf: longIdle.lastFinish },
    file: file && {
      path: file.path,
      finishedRows: file.finishedRows,
      unfinishedRows: file.unfinishedRows,
      encoding: file.encoding,
      separator: SEPARATOR_NAMES[file.separator],
      dateOrder: file.dateOrder
    }
  }
}

/** A "when" forecast's percentiles: `{ days, date }` when a start is known, else a number of working days. */
export function whenPercentilesJson(forecast: WhenForecast, calendar: WorkingCalendar, start: string | null) {
  const dates = start === null ? null : percentileDates(forecast.percentiles, calendar, start)
  return Object.fromEntries(
    PERCENTILE_LEVELS.map((p) => [
      String(p),
      dates === null ? forecast.percentiles[p] : { days: forecast.percentiles[p], date: dates[p] }
    ])
  )
}

/** A "how many" forecast's percentiles: item counts read from the top. */
export function howManyPercentilesJson(forecast: HowManyForecast) {
  return Object.fromEntries(PERCENTILE_LEVELS.map((p) => [String(p), forecast.percentiles[p]]))
}

/** `--json` for "when": a percentile is `{ days, date }` when a start is known, else a number of working days. */
export function whenJson(forecast: WhenForecast, exact: ExactCheck | null, history: History, start: string | null) {
  const percentiles = whenPercentilesJson(forecast, history.calendar, start)
  return {
    question: 'when',
    items: forecast.items,
    trials: forecast.trials,
    seed: forecast.seed,
    start,
    ...basisJson(history),
    percentiles,
    histogram: forecast.histogram,
    unfinished: forecast.unfinished,
    exact
  }
}

/** `--json` for "how many": percentiles are item counts read from the top (this many or more). */
export function howManyJson(
  forecast: HowManyForecast,
  exact: ExactCheck | null,
  history: History,
  start: string | null
) {
  return {
    question: 'how-many',
    days: forecast.days,
    trials: forecast.trials,
    seed: forecast.seed,
    start,
    end: start === null ? null : workingDayToDate(history.calendar, start, forecast.days),
    ...basisJson(history),
    percentiles: howManyPercentilesJson(forecast),
    histogram: forecast.histogram,
    exact
  }
}

function describeCalendar(calendar: WorkingCalendar): string {
  const daysOff = calendar.nonWorkingDays.length
  const declared = daysOff > 0 ? ` and ${formatCount(daysOff, 'declared day off', 'declared days off')}` : ''
  return calendar.weekendsOff
    ? `weekends${declared} left out`
    : daysOff > 0
      ? `every day but ${formatCount(daysOff, 'declared day off', 'declared days off')}`
      : 'every day counted'
}

function describeWindow(history: History): string {
  const window = windowOf(history)
  const days = formatCount(window.days, 'working day')
  const span =
    history.from === null
      ? `a series of ${days}${history.asOf ? ` up to ${history.asOf}` : ''}`
      : `${history.from} to ${history.to}, ${days} (${describeCalendar(history.calendar)})`
  const whose = history.team === null ? 'History' : `History of ${history.team}`
  return `${whose}: ${span}; items finished on ${formatCount(window.daysWithCompletions, 'day')}.`
}

/** How a --history file was read, for the user to check: "Read FILE as UTF-8 (...), semicolon-separated, ...". */
function describeFile(history: History): string[] {
  const { file } = history
  if (!file) return []
  const dates = file.dateOrder === null ? 'dates as written' : `dates ${DATE_ORDER_LABELS[file.dateOrder]}`
  const read = `Read ${file.path} as ${file.encodingNote}, ${SEPARATOR_NAMES[file.separator]}-separated, ${dates}: ${formatCount(file.finishedRows, 'finished item')}`
  if (file.unfinishedRows === 0) return [`${read}.`]
  const left = formatCount(file.unfinishedRows, 'row')
  return [`${read}; ${left} without a finish date ${file.unfinishedRows === 1 ? 'was' : 'were'} left out.`]
}

/** The stderr note for a history that stopped long before the as-of day; it never moves the window itself. */
export function longIdleNote(history: History, windowDays: number): string | null {
  const { longIdle, asOf } = history
  if (!longIdle || !asOf) return null
  return `Note: ${longIdleText(longIdle, asOf, windowDays)} If the history simply ends there, forecast as of its last finish: --as-of ${longIdle.lastFinish}`
}

function describeRun(forecast: { trials: number; seed: number }): string {
  return `${formatCount(forecast.trials, 'trial')}, seed ${forecast.seed} (repeat it with --seed ${forecast.seed}).`
}

/**
 * The exact check in words: "Exact distribution: 23/25/27/30 working days at 50/70/85/95%; the
 * simulation is within 1 working day of it (total-variation distance 0.41%)."
 */
function describeExact(exact: ExactCheck | null, one: string, many: string): string[] {
  if (!exact) return []
  if (!exact.computed) return [exact.reason]
  const values = PERCENTILE_LEVELS.map((p) => exact.percentiles[p] ?? 'beyond ten years').join('/')
  const gap = exact.largestPercentileGap
  const within =
    gap === null
      ? 'differs from it where one of them lies beyond ten years'
      : gap === 0
        ? 'has the same percentiles'
        : `is within ${formatCount(gap, one, many)} of it`
  const distance = (exact.totalVariation * 100).toFixed(2)
  return [
    `Exact distribution: ${values} ${many} at ${PERCENTILE_LEVELS.join('/')}%; the simulation ${within} (total-variation distance ${distance}%).`
  ]
}

/** " by Team Lanes" in a question about one team's work. */
const byTeam = (history: History) => (history.team === null ? '' : ` by ${history.team}`)

/** "On or before 2027-01-12 (23 working days)" for one percentile of a "when" forecast. */
export function whenAt(
  forecast: WhenForecast,
  level: (typeof PERCENTILE_LEVELS)[number],
  calendar: WorkingCalendar,
  start: string | null
): string {
  const days = forecast.percentiles[level]
  if (days === null) return 'not within ten years'
  const span = formatCount(days, 'working day')
  const dates: Percentiles<string | null> | null =
    start === null ? null : percentileDates(forecast.percentiles, calendar, start)
  return dates === null ? `within ${span}` : `on or before ${dates[level]} (${span})`
}

/** Readable sentences for "when": "85%: on or before 2027-01-12 (23 working days)". */
export function whenText(
  forecast: WhenForecast,
  exact: ExactCheck | null,
  history: History,
  start: string | null,
  who = byTeam(history)
): string[] {
  const lines = PERCENTILE_LEVELS.map((p) => `${p}%: ${whenAt(forecast, p, history.calendar, start)}`)
  const from = start === null ? '' : ` starting ${start}`
  return [
    `When will ${formatCount(forecast.items, 'item')} be done${who}${from}?`,
    ...lines,
    describeWindow(history),
    ...describeFile(history),
    describeRun(forecast),
    ...describeExact(exact, 'working day', 'working days')
  ]
}

/** Readable sentences for "how many": "85%: 41 items or more". */
export function howManyText(
  forecast: HowManyForecast,
  exact: ExactCheck | null,
  history: History,
  start: string | null,
  who = byTeam(history)
): string[] {
  const span = formatCount(forecast.days, 'working day')
  const question =
    start === null
      ? `How many items${who} in the next ${span}?`
      : `How many items${who} from ${start} to ${workingDayToDate(history.calendar, start, forecast.days)} (${span})?`
  const lines = PERCENTILE_LEVELS.map((p) => `${p}%: ${formatCount(forecast.percentiles[p], 'item')} or more`)
  return [
    question,
    ...lines,
    describeWindow(history),
    ...describeFile(history),
    describeRun(forecast),
    ...describeExact(exact, 'item', 'items')
  ]
}
