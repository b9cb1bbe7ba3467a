import type { ArrivalsDepartures, FlowItem } from '../flow/metrics'
import type { AlignmentInputGoal } from '../vision/alignment'
import { assessDetailed } from './detailed'
import { assessEmergent, type RemovedItem } from './emergent'
import { assessEstimated } from './estimated'
import { assessPrioritised } from './prioritised'
import type { InvestSummary } from './invest-summary'
import type { TopChoice } from './top'
import type { HealthItem, LetterHealth } from './types'

export interface HealthInput {
  /** Live items (open and done) in backlog order. */
  items: readonly HealthItem[]
  removed: readonly RemovedItem[]
  flowItems: readonly FlowItem[]
  goals: readonly AlignmentInputGoal[]
  readyLines: number
  estimateThreshold: number
  top: TopChoice
  /** The current time (ISO). */
  now: string
  /** INVEST over the top items (see summariseInvest), carried along so its items are named too. */
  invest: InvestSummary
}

/** An item a finding names: its title, and its place among the open items (null when done or removed). */
export interface ReferencedItem {
  id: number
  title: string
  position: number | null
  removed: boolean
}

export interface BacklogHealth {
  top: TopChoice
  openCount: number
  /** D, E, E, P in that order. */
  letters: LetterHealth[]
  weekly: ArrivalsDepartures[]
  invest: InvestSummary
  /** Every item a finding or the INVEST summary names. */
  items: ReferencedItem[]
}

/** The first `count` open items in backlog order: what the team will pull next. */
export function topOpenItems<T extends HealthItem>(items: readonly T[], count: number): T[] {
  const top: T[] = []
  for (const item of items) {
    if (top.length === count) break
    if (item.open) top.push(item)
  }
  return top
}

/** Scores each DEEP letter with its evidence, the items behind it, and a next step. */
export function assessBacklogHealth(input: HealthInput): BacklogHealth {
  const open = input.items.filter((item) => item.open)
  const top = topOpenItems(input.items, input.top.count)
  const below = open.slice(top.length)
  const { weekly, ...emergent } = assessEmergent(input)
  const letters = [
    assessDetailed({ top, below, readyLines: input.readyLines, estimateThreshold: input.estimateThreshold }),
    assessEstimated(top, below),
    emergent,
    assessPrioritised(open, top.length, input.goals)
  ]
  const named = new Set([
    ...letters.flatMap((letter) => letter.findings.flatMap((f) => f.itemIds)),
    ...input.invest.letters.flatMap((l) => l.itemIds)
  ])
  return {
    top: input.top,
    openCount: open.length,
    letters,
    weekly,
    invest: input.invest,
    items: referencedItems(named, open, input)
  }
}

function referencedItems(
  wanted: ReadonlySet<number>,
  open: readonly HealthItem[],
  input: HealthInput
): ReferencedItem[] {
  const positions = new Map(open.map((item, index) => [item.id, index + 1]))
  const found: ReferencedItem[] = []
  for (const item of input.items) {
    if (wanted.has(item.id))
      found.push({ id: item.id, title: item.title, position: positions.get(item.id) ?? null, removed: false })
  }
  for (const item of input.removed) {
    if (wanted.has(item.id)) found.push({ id: item.id, title: item.title, position: null, removed: true })
  }
  return found
}
