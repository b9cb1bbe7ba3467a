/**
 * Calendar-day arithmetic on ISO `YYYY-MM-DD` strings. Days are UTC calendar days, so results never
 * depend on the machine's time zone or daylight-saving changes.
 */

const MS_PER_DAY = 86_400_000
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** Days since 1970-01-01 for a valid ISO day, or null when the text is not a real calendar day. */
export function parseIsoDay(text: string): number | null {
  const match = ISO_DAY.exec(text)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const ms = Date.UTC(year, month - 1, day)
  const back = new Date(ms)
  // Date.UTC rolls 2025-02-30 over to March; a round trip catches it.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null
  return ms / MS_PER_DAY
}

export function isIsoDay(text: string): boolean {
  return parseIsoDay(text) !== null
}

/** Days since 1970-01-01; throws on text that is not an ISO day (callers validate user input first). */
export function toDayNumber(iso: string): number {
  const n = parseIsoDay(iso)
  if (n === null) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${iso}`)
  return n
}

export function fromDayNumber(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10)
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days)
}

/** `to - from` in days: 0 for the same day, negative when `to` is earlier. */
export function diffDays(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from)
}

/** 0 = Sunday ... 6 = Saturday, like Date#getUTCDay. */
export function weekday(iso: string): number {
  return weekdayOfDayNumber(toDayNumber(iso))
}

export function weekdayOfDayNumber(dayNumber: number): number {
  // 1970-01-01 (day 0) was a Thursday (4).
  return (((dayNumber + 4) % 7) + 7) % 7
}

/** The Monday on or before the day: weeks run Monday to Sunday (ISO 8601). */
export function startOfWeek(iso: string): string {
  return addDays(iso, -((weekday(iso) + 6) % 7))
}

/** Every calendar day from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDay(from: string, to: string): string[] {
  const first = toDayNumber(from)
  const last = toDayNumber(to)
  const days: string[] = []
  for (let n = first; n <= last; n++) days.push(fromDayNumber(n))
  return days
}
