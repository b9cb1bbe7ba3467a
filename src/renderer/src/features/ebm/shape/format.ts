/** How dates and freshness read on the EBM screens (numbers with units: @shared/domain/ebm/format). */
import { parseIsoDay } from '@shared/domain/flow/dates'

const MS_PER_DAY = 86_400_000

export function freshnessText(daysSinceLatest: number | null): string {
  if (daysSinceLatest === null) return 'no values yet'
  if (daysSinceLatest <= 0) return 'updated today'
  if (daysSinceLatest === 1) return 'updated yesterday'
  return `updated ${daysSinceLatest} days ago`
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' })

/** `2026-03-31` as "31 Mar 2026"; the ISO text is kept for anything that is not a day. */
export function formatDay(iso: string): string {
  const day = parseIsoDay(iso)
  return day === null ? iso : dayFormat.format(new Date(day * MS_PER_DAY))
}

/** A day number (days since 1970-01-01) as a short axis label, e.g. "Mar 26". */
export function formatMonthTick(dayNumber: number): string {
  return monthFormat.format(new Date(dayNumber * MS_PER_DAY))
}

/** Today as the server counts it (the UTC calendar day), so the suggested date is never refused as "in the future". */
export function serverToday(now: Date): string {
  return now.toISOString().slice(0, 10)
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}
