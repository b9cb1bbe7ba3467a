import { formatDay } from '@renderer/features/flow/shape/format'

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

/** When a version was saved, in the reader's time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date)
}

/** A calendar day, or a dash when none is set. */
export function formatOptionalDay(isoDay: string | null | undefined): string {
  return isoDay ? formatDay(isoDay) : '—'
}

export function formatPercent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`
}

/** Today as YYYY-MM-DD in the reader's own time zone. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
