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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2025-03-12" or an ISO time → "12 March 2025" (UTC day), the same in every locale. */
export function formatDay(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number)
  if (!year || !month || !day) return iso
  return `${day} ${MONTHS[month - 1]} ${year}`
}

export const percent = (share: number | null): string => (share === null ? 'n/a' : `${Math.round(share * 100)}%`)
