import { fromDayNumber } from '@shared/domain/flow'
import { formatNumber, formatShortDay } from '@shared/domain/format'

export { formatDay, formatShortDay, formatShortDayWithYear } from '@shared/domain/format'

/** Axis tick for charts whose x values are day numbers (days since 1970-01-01). */
export function dayNumberTick(dayNumber: number): string {
  return formatShortDay(fromDayNumber(Math.round(dayNumber)))
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`
}
