import { fromDayNumber } from '@shared/domain/flow'
import { formatShortDay } from '@shared/domain/format'

export { formatCount, formatDay, formatShortDay, formatShortDayWithYear } from '@shared/domain/format'

/** Axis tick for charts whose x values are day numbers (days since 1970-01-01). */
export function dayNumberTick(dayNumber: number): string {
  return formatShortDay(fromDayNumber(Math.round(dayNumber)))
}
