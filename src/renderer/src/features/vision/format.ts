import { formatDay, formatPercent as formatShared } from '@shared/domain/format'

export { formatDateTime } from '@shared/domain/format'

/** A calendar day, or a dash when none is set. */
export function formatOptionalDay(isoDay: string | null | undefined): string {
  return isoDay ? formatDay(isoDay) : '—'
}

export function formatPercent(share: number | null): string {
  return share === null ? '—' : formatShared(share)
}

/** Today as YYYY-MM-DD in the reader's own time zone. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
