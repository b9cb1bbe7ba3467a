/**
 * The one way dates and numbers are written for people, on every screen, in the reports and in the
 * readable parts of exports. It follows the user's locale: the system's unless they chose one
 * (setDisplayLocale). Calendar days (YYYY-MM-DD) are read as UTC days, so a day never shifts with
 * the time zone; moments (ISO times) show in the reader's own time zone.
 */

/** Locales offered in the setting besides the system default, named in their own language. */
export const DISPLAY_LOCALES: ReadonlyArray<{ tag: string; name: string }> = [
  { tag: 'en-GB', name: 'English (United Kingdom)' },
  { tag: 'en-US', name: 'English (United States)' },
  { tag: 'de-DE', name: 'Deutsch (Deutschland)' },
  { tag: 'fr-FR', name: 'Français (France)' },
  { tag: 'nl-NL', name: 'Nederlands (Nederland)' },
  { tag: 'es-ES', name: 'Español (España)' },
  { tag: 'pt-BR', name: 'Português (Brasil)' },
  { tag: 'ja-JP', name: '日本語 (日本)' }
]

let requested: string | undefined
let chosen: string | undefined
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>()

/** Undefined (or a tag Intl does not know) follows the system. */
export function setDisplayLocale(tag: string | undefined): void {
  if (tag === requested) return
  requested = tag
  chosen = tag !== undefined && isKnownLocale(tag) ? tag : undefined
  formats.clear()
}

function isKnownLocale(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0
  } catch {
    // A malformed tag (from an edited preference) is no locale at all.
    return false
  }
}

/** The locale in use, resolved: the chosen one or the system's. */
export function displayLocale(): string {
  return new Intl.DateTimeFormat(chosen).resolvedOptions().locale
}

function dateFormat(name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = formats.get(name)
  if (!format) formats.set(name, (format = new Intl.DateTimeFormat(chosen, options)))
  return format as Intl.DateTimeFormat
}

function numberFormat(name: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = formats.get(name)
  if (!format) formats.set(name, (format = new Intl.NumberFormat(chosen, options)))
  return format as Intl.NumberFormat
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

function utcDay(isoDay: string): Date | null {
  const match = DAY_PATTERN.exec(isoDay)
  if (!match) return null
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  // Date.UTC rolls 30 February over into March; such a text is not a day.
  return date.getUTCDate() === Number(match[3]) ? date : null
}

/** A calendar day with its weekday and year, e.g. "Tue, 4 Nov 2025" in en-GB; anything that is not a day stays as given. */
export function formatDay(isoDay: string): string {
  const date = utcDay(isoDay)
  return date
    ? dateFormat('day', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
        date
      )
    : isoDay
}

/** A day without weekday or year ("4 Nov"), for chart axes where more would crowd the labels. */
export function formatShortDay(isoDay: string): string {
  const date = utcDay(isoDay)
  return date ? dateFormat('short', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(date) : isoDay
}

/** A day with a two-digit year ("4 Nov 26"), for axes that run into another year. */
export function formatShortDayWithYear(isoDay: string): string {
  const date = utcDay(isoDay)
  return date
    ? dateFormat('shortYear', { day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' }).format(date)
    : isoDay
}

/** The month of a day ("Mar 26"), for axes of long trends. */
export function formatMonth(isoDay: string): string {
  const date = utcDay(isoDay)
  return date ? dateFormat('month', { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(date) : isoDay
}

/** A moment (an ISO time) in the reader's time zone, with the same day as formatDay and the time. */
export function formatDateTime(isoTime: string): string {
  const date = new Date(isoTime)
  if (Number.isNaN(date.getTime())) return isoTime
  return dateFormat('dateTime', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit'
  }).format(date)
}

/** A number with the locale's grouping and decimal mark, at most `maxFractionDigits` decimals. */
export function formatNumber(value: number, maxFractionDigits = 2): string {
  return numberFormat(`number-${maxFractionDigits}`, { maximumFractionDigits: maxFractionDigits }).format(value)
}

/**
 * A count with its noun, e.g. "1 item", "10,000 items" (grouped as formatNumber groups). The one way a
 * count is written, so a 10,000-item backlog never reads "10000 items" on one screen and "10,000" on another.
 */
export function formatCount(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`
}

/** A share from 0 to 1 as a percentage, e.g. 0.853 → "85%" (or "85.3%" with one decimal). */
export function formatPercent(share: number, maxFractionDigits = 0): string {
  return numberFormat(`percent-${maxFractionDigits}`, {
    style: 'percent',
    maximumFractionDigits: maxFractionDigits
  }).format(share)
}
