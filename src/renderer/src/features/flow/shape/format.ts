import { fromDayNumber, toDayNumber } from '@shared/domain/flow'

const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
const shortFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })
const shortWithYearFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' })

const utc = (iso: string) => new Date(toDayNumber(iso) * 86_400_000)

/** "Tue 4 Nov 2025": a date stakeholders read without guessing the order of day and month. */
export function formatDay(iso: string): string {
  return dayFormat.format(utc(iso))
}

/** "4 Nov": for axis ticks, where the year would crowd the labels. */
export function formatShortDay(iso: string): string {
  return shortFormat.format(utc(iso))
}

/** "4 Nov 26": for axes that run into another year. */
export function formatShortDayWithYear(iso: string): string {
  return shortWithYearFormat.format(utc(iso))
}

/** Axis tick for charts whose x values are day numbers (days since 1970-01-01). */
export function dayNumberTick(dayNumber: number): string {
  return formatShortDay(fromDayNumber(Math.round(dayNumber)))
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`
}
