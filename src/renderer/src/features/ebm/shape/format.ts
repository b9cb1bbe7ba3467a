/** How dates and freshness read on the EBM screens (numbers with units: @shared/domain/ebm/format). */
import { fromDayNumber } from '@shared/domain/flow/dates'
import { formatMonth } from '@shared/domain/format'

export function freshnessText(daysSinceLatest: number | null): string {
  if (daysSinceLatest === null) return 'no values yet'
  if (daysSinceLatest <= 0) return 'updated today'
  if (daysSinceLatest === 1) return 'updated yesterday'
  return `updated ${daysSinceLatest} days ago`
}

export { formatCount, formatDay } from '@shared/domain/format'

/** A day number (days since 1970-01-01) as a short axis label, e.g. "Mar 26". */
export function formatMonthTick(dayNumber: number): string {
  return formatMonth(fromDayNumber(Math.round(dayNumber)))
}

/** Today as the server counts it (the UTC calendar day), so the suggested date is never refused as "in the future". */
export function serverToday(now: Date): string {
  return now.toISOString().slice(0, 10)
}
