import { addDays, fromDayNumber, toDayNumber, weekdayOfDayNumber } from './dates'

/**
 * Which days the team works. Forecasts count working days, so a forecast honours weekends and the
 * holidays the user declares, both in the history (non-working days are left out of the throughput
 * samples) and in the projected dates.
 */
export interface WorkingCalendar {
  weekendsOff: boolean
  /** ISO days off (holidays, company days); duplicates and weekend days are harmless. */
  nonWorkingDays: readonly string[]
}

export const DEFAULT_CALENDAR: WorkingCalendar = { weekendsOff: true, nonWorkingDays: [] }

/** For teams that finish work at weekends too (and tools such as FlowPulse that count calendar days). */
export const EVERY_DAY_CALENDAR: WorkingCalendar = { weekendsOff: false, nonWorkingDays: [] }

/** The calendars a history without a product can be read with, by the names the command line uses. */
export const CALENDAR_NAMES = ['weekdays', 'every-day'] as const
export type CalendarName = (typeof CALENDAR_NAMES)[number]

export const NAMED_CALENDARS: Record<CalendarName, WorkingCalendar> = {
  weekdays: DEFAULT_CALENDAR,
  'every-day': EVERY_DAY_CALENDAR
}

/** A calendar prepared for fast repeated look-ups. */
export interface CalendarIndex {
  isWorkingDay(iso: string): boolean
  isWorkingDayNumber(dayNumber: number): boolean
}

export function indexCalendar(calendar: WorkingCalendar = DEFAULT_CALENDAR): CalendarIndex {
  const off = new Set(calendar.nonWorkingDays.map(toDayNumber))
  const isWorkingDayNumber = (n: number): boolean => {
    if (off.has(n)) return false
    if (!calendar.weekendsOff) return true
    const day = weekdayOfDayNumber(n)
    return day !== 0 && day !== 6
  }
  return { isWorkingDayNumber, isWorkingDay: (iso) => isWorkingDayNumber(toDayNumber(iso)) }
}

export function isWorkingDay(calendar: WorkingCalendar, iso: string): boolean {
  return indexCalendar(calendar).isWorkingDay(iso)
}

/** The first working day on or after `iso` (the day itself when it is a working day). */
export function workingDayOnOrAfter(calendar: WorkingCalendar, iso: string): string {
  const index = indexCalendar(calendar)
  let n = toDayNumber(iso)
  while (!index.isWorkingDayNumber(n)) n++
  return fromDayNumber(n)
}

/** The first working day strictly after `iso`. */
export function nextWorkingDay(calendar: WorkingCalendar, iso: string): string {
  return workingDayOnOrAfter(calendar, addDays(iso, 1))
}

/** The working days from `from` to `to`, both included. */
export function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string): string[] {
  const index = indexCalendar(calendar)
  const last = toDayNumber(to)
  const days: string[] = []
  for (let n = toDayNumber(from); n <= last; n++) if (index.isWorkingDayNumber(n)) days.push(fromDayNumber(n))
  return days
}

/** How many working days there are from `from` to `to`, both included (0 when `to` is earlier). */
export function countWorkingDays(calendar: WorkingCalendar, from: string, to: string): number {
  const index = indexCalendar(calendar)
  const last = toDayNumber(to)
  let count = 0
  for (let n = toDayNumber(from); n <= last; n++) if (index.isWorkingDayNumber(n)) count++
  return count
}

/**
 * The calendar date of working day `k` of a forecast that starts on `start`.
 *
 * Convention: day 1 is the first working day on or after `start`, day 2 the next working day, and so
 * on. A forecast made as of today starts tomorrow (`forecastStart`), because today's finished items
 * are already in the history. `k` must be 1 or more.
 */
export function workingDayToDate(calendar: WorkingCalendar, start: string, k: number): string {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`Working day numbers start at 1, got ${k}`)
  const index = indexCalendar(calendar)
  let n = toDayNumber(start)
  for (let found = 0; ; n++) {
    if (index.isWorkingDayNumber(n) && ++found === k) return fromDayNumber(n)
  }
}

/** Dates of working days 1..count from `start` in one pass (for labelling a whole histogram). */
export function workingDayDates(calendar: WorkingCalendar, start: string, count: number): string[] {
  const index = indexCalendar(calendar)
  const dates: string[] = []
  for (let n = toDayNumber(start); dates.length < count; n++)
    if (index.isWorkingDayNumber(n)) dates.push(fromDayNumber(n))
  return dates
}

/** The first day a forecast made at the end of `asOf` covers: the day after. */
export function forecastStart(asOf: string): string {
  return addDays(asOf, 1)
}
