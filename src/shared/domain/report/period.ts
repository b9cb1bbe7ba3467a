import { formatDay as formatDisplayDay } from '../format'
import type { ReportPeriod } from './document'

/** Whether a date or time (ISO, day first) falls in the period; everything does without one. */
export function inPeriod(period: ReportPeriod | null, isoDateOrTime: string | null | undefined): boolean {
  if (!period) return true
  if (!isoDateOrTime) return false
  const day = isoDateOrTime.slice(0, 10)
  return day >= period.from && day <= period.to
}

/** "1 March 2025 to 31 March 2025", or "all dates". */
export function describePeriod(period: ReportPeriod | null): string {
  return period ? `${formatDay(period.from)} to ${formatDay(period.to)}` : 'all dates'
}

/** "2025-03-12" or an ISO time → its UTC day as every screen writes it, e.g. "Wed, 12 Mar 2025". */
export function formatDay(iso: string): string {
  return formatDisplayDay(iso.slice(0, 10))
}

export const percent = (share: number | null): string => (share === null ? 'n/a' : `${Math.round(share * 100)}%`)
