import { isRemovedCategory, type StateCategory } from '../backlog'
import { indexCalendar, type WorkingCalendar } from './calendar'
import { addDays, diffDays, fromDayNumber, startOfWeek, toDayNumber } from './dates'
import { PERCENTILE_LEVELS, percentilesOf, type PercentileLevel, type Percentiles } from './percentiles'

/** One backlog item as flow metrics see it. Dates are ISO days. */
export interface FlowItem {
  id: number
  arrivedOn: string
  startedOn: string | null
  finishedOn: string | null
  state: string
  stateCategory: StateCategory
}

/**
 * The items flow metrics count. Removed work (cancelled, won't do, duplicate) is neither done nor
 * open, so it is left out altogether, its past included: not an arrival of work to do, not WIP, not
 * a finish. Arrivals, WIP and cycle times then describe the same items, and Little's Law holds.
 */
export function inFlow<T extends Pick<FlowItem, 'stateCategory'>>(items: readonly T[]): T[] {
  return items.filter((item) => !isRemovedCategory(item.stateCategory))
}

/** An item entered `state` on day `on` (its arrival counts as a transition into the first state). */
export interface StateTransition {
  itemId: number
  state: string
  on: string
}

/** Both days included. */
export interface DayWindow {
  from: string
  to: string
}

export interface DayCount {
  day: string
  count: number
}

/**
 * How many of `dates` fall on each day of the window, every day present (zero days kept: they are
 * real samples of the team's throughput).
 *
 * Without a calendar every calendar day is a sample. With one, only working days are; an event on a
 * non-working day counts on the next working day (weekend work shows up on Monday), or on the
 * window's last working day when the window ends before that.
 */
export function countPerDay(dates: readonly string[], window: DayWindow, calendar?: WorkingCalendar): DayCount[] {
  const first = toDayNumber(window.from)
  const last = toDayNumber(window.to)
  if (last < first) return []
  const index = calendar ? indexCalendar(calendar) : null
  const isSample = (n: number) => index === null || index.isWorkingDayNumber(n)
  const counts = new Map<number, number>()
  const sampleDays: number[] = []
  for (let n = first; n <= last; n++) if (isSample(n)) sampleDays.push(n)
  const lastSample = sampleDays.at(-1)
  if (lastSample === undefined) return []
  for (const date of dates) {
    let n = toDayNumber(date)
    if (n > last) continue
    while (!isSample(n) && n <= last) n++
    if (n > last) n = lastSample
    if (n < first) continue
    counts.set(n, (counts.get(n) ?? 0) + 1)
  }
  return sampleDays.map((n) => ({ day: fromDayNumber(n), count: counts.get(n) ?? 0 }))
}

/** The finish days of the finished items (removed ones never count, see inFlow). */
export function finishDates(items: readonly FlowItem[]): string[] {
  return inFlow(items).flatMap((item) => (item.finishedOn ? [item.finishedOn] : []))
}

/** Items finished per day in the window (see `countPerDay` for zero days and the calendar). */
export function dailyThroughput(items: readonly FlowItem[], window: DayWindow, calendar?: WorkingCalendar): DayCount[] {
  return countPerDay(finishDates(items), window, calendar)
}

/** Items arriving per day in the window: the arrival series for scope growth. */
export function dailyArrivals(items: readonly FlowItem[], window: DayWindow, calendar?: WorkingCalendar): DayCount[] {
  return countPerDay(
    inFlow(items).map((item) => item.arrivedOn),
    window,
    calendar
  )
}

export interface WeekCount {
  /** The Monday that starts the week. */
  weekStart: string
  count: number
  /** Days of this week inside the window: first and last weeks may be partial, so read them with care. */
  daysInWindow: number
}

/** Items finished per Monday-to-Sunday week, for every week the window touches. */
export function weeklyThroughput(items: readonly FlowItem[], window: DayWindow): WeekCount[] {
  return perWeek(dailyThroughput(items, window))
}

function perWeek(days: readonly DayCount[]): WeekCount[] {
  const weeks: WeekCount[] = []
  for (const { day, count } of days) {
    const weekStart = startOfWeek(day)
    const current = weeks.at(-1)
    if (current?.weekStart === weekStart) {
      current.count += count
      current.daysInWindow++
    } else weeks.push({ weekStart, count, daysInWindow: 1 })
  }
  return weeks
}

/**
 * Cycle time in calendar days: finish - start + 1, so an item started and finished on the same day
 * took 1 day (the Kanban Guide's convention). Never below 1, even for inconsistent dates.
 */
export function cycleTime(startedOn: string, finishedOn: string): number {
  return Math.max(1, diffDays(startedOn, finishedOn) + 1)
}

export interface CycleTimePoint {
  id: number
  finishedOn: string
  days: number
}

/** Scatterplot points: items finished in the window that have a start date, oldest finish first. */
export function cycleTimes(items: readonly FlowItem[], window?: DayWindow): CycleTimePoint[] {
  const points: CycleTimePoint[] = []
  for (const item of inFlow(items)) {
    if (!item.finishedOn || !item.startedOn) continue
    if (window && (item.finishedOn < window.from || item.finishedOn > window.to)) continue
    points.push({ id: item.id, finishedOn: item.finishedOn, days: cycleTime(item.startedOn, item.finishedOn) })
  }
  return points.sort((a, b) => (a.finishedOn < b.finishedOn ? -1 : a.finishedOn > b.finishedOn ? 1 : a.id - b.id))
}

/** The 50/70/85/95th cycle-time percentiles; the 85th is the Service Level Expectation. */
export function cycleTimePercentiles(points: readonly CycleTimePoint[]): Percentiles | null {
  return percentilesOf(points.map((p) => p.days))
}

/** "85% of items finish in N days or less": the 85th cycle-time percentile, null without data. */
export function serviceLevelExpectation(points: readonly CycleTimePoint[]): number | null {
  return cycleTimePercentiles(points)?.[85] ?? null
}

/**
 * Work in progress per calendar day: items started on or before the day and not finished before it.
 * An item counts on its start day and on its finish day, matching the +1 in cycle time, so the sum
 * of daily WIP equals the sum of cycle times (Little's Law stays consistent).
 */
export function wipPerDay(items: readonly FlowItem[], window: DayWindow): DayCount[] {
  const first = toDayNumber(window.from)
  const length = toDayNumber(window.to) - first + 1
  if (length <= 0) return []
  const delta = new Int32Array(length + 1)
  for (const item of inFlow(items)) {
    if (!item.startedOn) continue
    const start = Math.max(0, toDayNumber(item.startedOn) - first)
    const end = item.finishedOn ? Math.min(length - 1, toDayNumber(item.finishedOn) - first) : length - 1
    if (start > end) continue
    delta[start]!++
    delta[end + 1]!--
  }
  let wip = 0
  return Array.from({ length }, (_, i) => {
    wip += delta[i]!
    return { day: fromDayNumber(first + i), count: wip }
  })
}

/** Age of an unfinished item as of a day: asOf - start + 1 (1 on its start day). */
export function workItemAge(startedOn: string, asOf: string): number {
  return Math.max(1, diffDays(startedOn, asOf) + 1)
}

export interface ArrivalsDepartures {
  /** The day, or the Monday that starts the week. */
  period: string
  arrivals: number
  departures: number
}

/** Items arriving and finishing per calendar day or per week: is the backlog growing faster than it drains? */
export function arrivalsAndDepartures(
  items: readonly FlowItem[],
  window: DayWindow,
  granularity: 'day' | 'week'
): ArrivalsDepartures[] {
  const arrivals = dailyArrivals(items, window)
  const departures = dailyThroughput(items, window)
  if (granularity === 'day') {
    return arrivals.map((a, i) => ({ period: a.day, arrivals: a.count, departures: departures[i]!.count }))
  }
  const weeklyDepartures = perWeek(departures)
  return perWeek(arrivals).map((w, i) => ({
    period: w.weekStart,
    arrivals: w.count,
    departures: weeklyDepartures[i]!.count
  }))
}

export interface CumulativeFlowDay {
  day: string
  /** Items in each state at the end of the day, in the order of `states`. */
  counts: number[]
  /**
   * Stacked line heights: lines[i] = items in state i or any later state. Drawn with the last state
   * at the bottom, these lines never go down while items only move forward, and the vertical
   * distance between two lines is the WIP between those states.
   */
  lines: number[]
}

/**
 * Cumulative flow per calendar day. An item is in the state of its latest transition on or before
 * the day (same-day transitions: the last one listed wins). Transitions into states not in `states`
 * are ignored, so the item stays where it was last seen; items appear from their first transition.
 */
export function cumulativeFlow(
  transitions: readonly StateTransition[],
  states: readonly string[],
  window: DayWindow
): CumulativeFlowDay[] {
  const first = toDayNumber(window.from)
  const length = toDayNumber(window.to) - first + 1
  if (length <= 0) return []
  const stateIndex = new Map(states.map((s, i) => [s, i]))
  const byItem = new Map<number, { on: number; state: number }[]>()
  for (const t of transitions) {
    const state = stateIndex.get(t.state)
    if (state === undefined) continue
    const list = byItem.get(t.itemId) ?? []
    list.push({ on: toDayNumber(t.on), state })
    byItem.set(t.itemId, list)
  }
  // delta[day * width + state]: +1 when an item enters the state on that day, -1 when it leaves.
  const width = states.length
  const delta = new Int32Array((length + 1) * width)
  for (const list of byItem.values()) {
    list.sort((a, b) => a.on - b.on) // stable: same-day order is kept
    list.forEach((t, i) => {
      const from = Math.max(0, t.on - first)
      const to = Math.min(length, (list[i + 1]?.on ?? Infinity) - first)
      if (from >= to) return
      delta[from * width + t.state]!++
      delta[to * width + t.state]!--
    })
  }
  const running = new Array<number>(width).fill(0)
  return Array.from({ length }, (_, day) => {
    for (let s = 0; s < width; s++) running[s]! += delta[day * width + s]!
    const lines = new Array<number>(width)
    let above = 0
    for (let s = width - 1; s >= 0; s--) lines[s] = above += running[s]!
    return { day: fromDayNumber(first + day), counts: [...running], lines }
  })
}

/** The items in progress on `asOf` (started by then, not finished by then) with their age that day. */
export function startedAndOpenOn<T extends FlowItem>(
  items: readonly T[],
  asOf: string
): { item: T; ageDays: number }[] {
  return inFlow(items).flatMap((item) => {
    if (!item.startedOn || item.startedOn > asOf) return []
    if (item.finishedOn && item.finishedOn <= asOf) return []
    return [{ item, ageDays: workItemAge(item.startedOn, asOf) }]
  })
}

export interface AgingItem {
  id: number
  ageDays: number
  /** The highest cycle-time percentile line the age is above, null when at or below the 50th. */
  beyond: PercentileLevel | null
}

export interface AgingWip {
  /** Cycle-time percentiles drawn as bands behind the items. */
  percentiles: Percentiles | null
  columns: { state: string; items: AgingItem[] }[]
}

/**
 * Aging WIP: the started, unfinished items as of `asOf`, grouped by their state. `states` gives the
 * columns in workflow order (usually the in-progress states); items in other states get columns
 * after them, in order of first appearance. Oldest items first in each column.
 */
export function agingWip(
  items: readonly FlowItem[],
  states: readonly string[],
  asOf: string,
  cycleTimePoints: readonly CycleTimePoint[]
): AgingWip {
  const percentiles = cycleTimePercentiles(cycleTimePoints)
  const columns = new Map<string, AgingItem[]>(states.map((s) => [s, []]))
  for (const { item, ageDays } of startedAndOpenOn(items, asOf)) {
    const beyond = percentiles ? ([...PERCENTILE_LEVELS].reverse().find((p) => ageDays > percentiles[p]) ?? null) : null
    const column = columns.get(item.state) ?? []
    column.push({ id: item.id, ageDays, beyond })
    columns.set(item.state, column)
  }
  return {
    percentiles,
    columns: [...columns].map(([state, list]) => ({
      state,
      items: list.sort((a, b) => b.ageDays - a.ageDays || a.id - b.id)
    }))
  }
}

/**
 * The last `days` calendar days ending on `asOf`, both ends included (the default history window is
 * 90). Forecasts read their history through this window (see `throughputWindow`).
 */
export function lastDays(asOf: string, days: number): DayWindow {
  return { from: addDays(asOf, -(days - 1)), to: asOf }
}
