import { isDoneCategory, isRemovedCategory, STATE_CATEGORY_LABELS, type StateCategory } from '../backlog'
import { formatCount } from '../format'
import {
  cumulativeFlow,
  inFlow,
  startedAndOpenOn,
  type CumulativeFlowDay,
  type CycleTimePoint,
  type DayCount,
  type DayWindow,
  type FlowItem,
  type StateTransition
} from './metrics'
import { percentileOfSorted } from './percentiles'

/**
 * Flow policies as the Kanban Guide 2020 asks for them in a Definition of Workflow: a limit on the
 * work in progress per state, explicit policies for entering and leaving each state, and a Service
 * Level Expectation (how long a started item should take to finish, with a probability).
 */

/** The bounds the API and the forms keep to. */
export const SLE_PERCENTILE_MIN = 50
export const SLE_PERCENTILE_MAX = 99
export const SLE_DAYS_MAX = 365
export const WIP_LIMIT_MAX = 999
export const POLICY_MAX_LENGTH = 1000

/** "85% of items finish within 10 days": a probability and a number of days of cycle time. */
export interface ServiceLevelExpectation {
  percentile: number
  days: number
}

/** "85% within 10 days". */
export function sleText(sle: ServiceLevelExpectation): string {
  return `${sle.percentile}% within ${formatCount(sle.days, 'day')}`
}

/** Finished and removed work is not in progress, so only to-do and in-progress states take a limit. */
export function takesWipLimit(category: StateCategory): boolean {
  return !isDoneCategory(category) && !isRemovedCategory(category)
}

/** Why a done or removed state takes no WIP limit, as a refusal says it. */
export function noWipLimitReason(stateName: string, category: StateCategory): string {
  return `“${stateName}” holds ${STATE_CATEGORY_LABELS[category].toLowerCase()} work, which is no longer in progress: a WIP limit applies to to-do and in-progress states.`
}

/** How many items a state holds above its limit; 0 within it or without one. */
export function wipExcess(count: number, limit: number | null): number {
  return limit === null ? 0 : Math.max(0, count - limit)
}

/** A workflow state as the policies read it. */
export interface PolicyState {
  name: string
  category: StateCategory
  wipLimit: number | null
}

/** What the WIP per state is counted from: the workflow, the items and their moves. */
export interface FlowHistory {
  states: readonly { name: string; category: StateCategory; wipLimit?: number | null }[]
  items: readonly FlowItem[]
  transitions: readonly StateTransition[]
}

export interface WipPerState {
  /** The states counted, in workflow order: every state but the removed ones. */
  states: string[]
  days: CumulativeFlowDay[]
}

/**
 * Items in each state at the end of every day of the window. Removed work is left out like in every
 * flow metric (see inFlow): no removed state, no moves of removed items.
 */
export function wipPerState(history: FlowHistory, window: DayWindow): WipPerState {
  const flowing = new Set(inFlow(history.items).map((item) => item.id))
  const states = history.states.filter((s) => !isRemovedCategory(s.category)).map((s) => s.name)
  const transitions = history.transitions.filter((t) => flowing.has(t.itemId))
  return { states, days: cumulativeFlow(transitions, states, window) }
}

export interface WipBreach {
  state: string
  limit: number
  /** The days the state ended above its limit, with how many items it held. */
  days: DayCount[]
}

/**
 * The days each limited state ended above its limit, one entry per limited state in workflow order
 * (with no days when it never was). Past days are judged by today's limits: limits are not kept
 * with a history, so a breach on an old day means "above what we allow now".
 */
export function wipBreaches(
  wip: WipPerState,
  states: readonly { name: string; wipLimit?: number | null }[]
): WipBreach[] {
  const limits = new Map(states.map((s) => [s.name, s.wipLimit]))
  return wip.states.flatMap((state, index) => {
    const limit = limits.get(state) ?? null
    if (limit === null) return []
    const days = wip.days.flatMap((day) =>
      day.counts[index]! > limit ? [{ day: day.day, count: day.counts[index]! }] : []
    )
    return [{ state, limit, days }]
  })
}

/** Every day on which at least one state was above its limit, oldest first. */
export function breachDays(breaches: readonly WipBreach[]): string[] {
  return [...new Set(breaches.flatMap((b) => b.days.map((d) => d.day)))].sort()
}

export interface BoardColumn<S, T> {
  state: S
  items: T[]
  /** Items above the state's limit: 0 within it or without one. */
  excess: number
}

/** The board today: one column per state in workflow order, each with its items in the given order. */
export function boardColumns<S extends { name: string; wipLimit: number | null }, T extends { state: string }>(
  states: readonly S[],
  items: readonly T[]
): BoardColumn<S, T>[] {
  const byState = new Map<string, T[]>(states.map((s) => [s.name, []]))
  for (const item of items) byState.get(item.state)?.push(item)
  return states.map((state) => {
    const list = byState.get(state.name)!
    return { state, items: list, excess: wipExcess(list.length, state.wipLimit) }
  })
}

export interface SleAttainment {
  /** Finished items with a start date. */
  finished: number
  /** Of those, the ones that took the SLE's days or fewer. */
  within: number
  /** within / finished as a whole percentage, rounded down so it never reads as met when it is not; null without finished items. */
  percent: number | null
  /** Whether within / finished reaches the SLE's percentage (exactly, not the rounded percent); null without finished items. */
  met: boolean | null
}

/** How many finished items kept to the SLE, and whether that share reaches its percentage. */
export function sleAttainment(points: readonly CycleTimePoint[], sle: ServiceLevelExpectation): SleAttainment {
  const within = points.filter((p) => p.days <= sle.days).length
  if (points.length === 0) return { finished: 0, within: 0, percent: null, met: null }
  return {
    finished: points.length,
    within,
    percent: Math.floor((within * 100) / points.length),
    met: within * 100 >= sle.percentile * points.length
  }
}

/**
 * The SLE the history suggests at a percentage: that percentile of the cycle times (85% by
 * default, the usual choice); null without finished items.
 */
export function suggestedSle(points: readonly CycleTimePoint[], percentile = 85): ServiceLevelExpectation | null {
  const days = percentileOfSorted(
    points.map((p) => p.days).sort((a, b) => a - b),
    percentile
  )
  return days === null ? null : { percentile, days }
}

export interface AgedItem {
  id: number
  state: string
  ageDays: number
  /** Days beyond the SLE. */
  overBy: number
}

/**
 * Items started and not finished as of `asOf` that are already older than the SLE's days: they can
 * no longer finish within it, so they are the first to look at. Oldest first.
 */
export function agingPastSle(items: readonly FlowItem[], asOf: string, sle: ServiceLevelExpectation): AgedItem[] {
  return startedAndOpenOn(items, asOf)
    .filter(({ ageDays }) => ageDays > sle.days)
    .map(({ item, ageDays }) => ({ id: item.id, state: item.state, ageDays, overBy: ageDays - sle.days }))
    .sort((a, b) => b.ageDays - a.ageDays || a.id - b.id)
}
