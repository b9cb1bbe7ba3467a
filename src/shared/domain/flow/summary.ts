import type { StateCategory } from '../backlog'
import type { WorkingCalendar } from './calendar'
import {
  cycleTimePercentiles,
  cycleTimes,
  dailyThroughput,
  type DayWindow,
  type FlowItem,
  type StateTransition
} from './metrics'
import type { Percentiles } from './percentiles'
import {
  agingPastSle,
  boardColumns,
  sleAttainment,
  suggestedSle,
  takesWipLimit,
  wipBreaches,
  wipPerState,
  type ServiceLevelExpectation,
  type SleAttainment
} from './policies'

/** One to-do or in-progress state today, against its WIP limit, and how often the window saw it above. */
export interface StateWip {
  state: string
  category: StateCategory
  count: number
  wipLimit: number | null
  excess: number
  /** Days of the window the state ended above today's limit, and the last of them. */
  daysOver: number
  lastOver: string | null
}

/** The flow of a window in figures: what the Metrics tab draws, for the command line and reports. */
export interface FlowSummary {
  window: DayWindow
  finished: number
  workingDays: number
  perWorkingDay: number
  /** Cycle-time percentiles of the items finished in the window; null when none had a start. */
  cycleTime: Percentiles | null
  /** The SLE the window's history suggests (its 85th percentile). */
  suggestedSle: ServiceLevelExpectation | null
  /** The SLE the team chose, with how the window's finished items kept to it. */
  sle: ServiceLevelExpectation | null
  attainment: SleAttainment | null
  /** Items started and open on the window's last day that are older than the team's SLE. */
  agingPastSle: number
  wip: StateWip[]
}

export interface FlowSummarySource {
  states: readonly { name: string; category: StateCategory; wipLimit: number | null }[]
  items: readonly FlowItem[]
  transitions: readonly StateTransition[]
  sle: ServiceLevelExpectation | null
  calendar: WorkingCalendar
}

/** Throughput, cycle time, the SLEs, and the WIP per state against its limits, over one window. */
export function flowSummary(data: FlowSummarySource, window: DayWindow): FlowSummary {
  const days = dailyThroughput(data.items, window, data.calendar)
  const finished = days.reduce((sum, day) => sum + day.count, 0)
  const points = cycleTimes(data.items, window)
  const breaches = new Map(wipBreaches(wipPerState(data, window), data.states).map((b) => [b.state, b.days]))
  const wip = boardColumns(
    data.states.filter((s) => takesWipLimit(s.category)),
    data.items
  ).map(({ state, items, excess }) => {
    const over = breaches.get(state.name) ?? []
    return {
      state: state.name,
      category: state.category,
      count: items.length,
      wipLimit: state.wipLimit,
      excess,
      daysOver: over.length,
      lastOver: over.at(-1)?.day ?? null
    }
  })
  return {
    window,
    finished,
    workingDays: days.length,
    perWorkingDay: days.length === 0 ? 0 : finished / days.length,
    cycleTime: cycleTimePercentiles(points),
    suggestedSle: suggestedSle(points),
    sle: data.sle,
    attainment: data.sle ? sleAttainment(points, data.sle) : null,
    agingPastSle: data.sle ? agingPastSle(data.items, window.to, data.sle).length : 0,
    wip
  }
}
