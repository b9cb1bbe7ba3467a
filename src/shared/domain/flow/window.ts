import type { WorkingCalendar } from './calendar'
import { formatCount, formatNumber } from '../format'
import { diffDays } from './dates'
import { countPerDay, lastDays, type DayWindow } from './metrics'

/**
 * The history a forecast resamples, by one rule for the command line and the app alike: the window
 * ends on an "as of" day (today unless the user says otherwise) and reaches back `windowDays`
 * calendar days, the as-of day included (`lastDays`). Idle days at its end stay in: they are part of
 * the team's throughput, and ending the window at the last finish instead would drop them and make
 * the forecast optimistic. The forecast itself starts the day after the as-of day (`forecastStart`).
 */
export interface ThroughputWindow extends DayWindow {
  /** Items finished per working day of the calendar, oldest first, zero days kept. */
  series: number[]
}

export function throughputWindow(
  finishes: readonly string[],
  asOf: string,
  windowDays: number,
  calendar: WorkingCalendar
): ThroughputWindow {
  const window = lastDays(asOf, windowDays)
  return { ...window, series: countPerDay(finishes, window, calendar).map((day) => day.count) }
}

/** A history that stopped long before the as-of day. */
export interface LongIdle {
  lastFinish: string
  /** Calendar days after the last finish, up to and including the as-of day. */
  idleDays: number
}

/**
 * Whether more than half of the window is idle days after the history's last finish (which includes
 * a window without any finish). That is how an old export looks when forecast as of today: the
 * forecast would mostly replay days on which this history simply has no data. Callers say so and
 * offer the last finish as the as-of day; they never move the window themselves, because a team that
 * really stopped finishing work should see that in its forecast.
 *
 * Null without any finish, and when some finish falls after the as-of day (the user looks back on
 * purpose, as a backtest does).
 */
export function longIdle(finishes: readonly string[], asOf: string, windowDays: number): LongIdle | null {
  let lastFinish: string | null = null
  for (const day of finishes) if (lastFinish === null || day > lastFinish) lastFinish = day
  if (lastFinish === null || lastFinish > asOf) return null
  const idleDays = diffDays(lastFinish, asOf)
  return idleDays * 2 > windowDays ? { lastFinish, idleDays } : null
}

/**
 * A long idle in words, shared by the command line and the app, which each add how to forecast as
 * of the last finish there. `day` writes a date the way the caller shows dates.
 */
export function longIdleText(
  idle: LongIdle,
  asOf: string,
  windowDays: number,
  day: (iso: string) => string = (iso) => iso
): string {
  const window = `the ${formatNumber(windowDays)}-day window`
  const empty =
    idle.idleDays >= windowDays ? `${window} holds no finish at all` : `more than half of ${window} has no finish`
  const days = formatCount(idle.idleDays, 'day')
  return `The last item in this history finished on ${day(idle.lastFinish)}, ${days} before the as-of day ${day(asOf)}, so ${empty} and the forecast reads as if the team stopped working.`
}
