import { addDays, startOfWeek } from '../flow/dates'
import { cycleTimes, weeklyThroughput, type FlowItem } from '../flow/metrics'
import { percentileOfSorted } from '../flow/percentiles'
import { formatCount } from '../format'
import type { AutomaticSource } from './vocabulary'

export interface ComputedValue {
  /** The Monday that starts the week. */
  date: string
  value: number
  note: string
}

/** Automatic measures look back a year, like a manual measure's trend chart. */
export const AUTOMATIC_WEEKS = 52

/**
 * Weekly values of a Time-to-Market measure computed from the backlog's own flow data, oldest
 * first, dated by the week's Monday. The current week is included and marked as in progress.
 * - cycle-time-85: 85th percentile of cycle time (start to done, +1 day) of the items finished that week;
 * - lead-time-85: the same from arrival in the backlog to done;
 * - throughput-weekly: items finished that week (weeks with none count as 0 once work has finished).
 * Weeks without finished items have no cycle or lead time value rather than a made-up one.
 */
export function automaticValues(source: AutomaticSource, items: readonly FlowItem[], today: string): ComputedValue[] {
  const from = addDays(startOfWeek(today), -7 * (AUTOMATIC_WEEKS - 1))
  const thisWeek = startOfWeek(today)
  const note = (weekStart: string, base: string) => (weekStart === thisWeek ? `${base}; week in progress` : base)

  if (source === 'throughput-weekly') {
    const finished = items.filter(
      (item) => item.finishedOn !== null && item.finishedOn >= from && item.finishedOn <= today
    )
    if (finished.length === 0) return []
    const first = startOfWeek(finished.reduce((min, item) => (item.finishedOn! < min ? item.finishedOn! : min), today))
    return weeklyThroughput(finished, { from: first, to: today }).map((w) => ({
      date: w.weekStart,
      value: w.count,
      note: note(w.weekStart, `${formatCount(w.count, 'item')} finished`)
    }))
  }

  const measured = source === 'lead-time-85' ? items.map((item) => ({ ...item, startedOn: item.arrivedOn })) : items
  const byWeek = new Map<string, number[]>()
  for (const point of cycleTimes(measured, { from, to: today })) {
    const week = startOfWeek(point.finishedOn)
    const list = byWeek.get(week) ?? []
    list.push(point.days)
    byWeek.set(week, list)
  }
  return [...byWeek.entries()].map(([week, days]) => {
    days.sort((a, b) => a - b)
    return {
      date: week,
      value: percentileOfSorted(days, 85)!,
      note: note(week, `85th percentile of ${formatCount(days.length, 'item')}`)
    }
  })
}
