import type { ItemType } from '../backlog'

/**
 * How a DEEP letter, or one finding, reads: good, needs attention, or poor. `info` findings are
 * evidence without a verdict (e.g. lower items being coarse, which is as it should be).
 */
export type Rating = 'good' | 'attention' | 'poor'
export type Severity = Rating | 'info'

export const DEEP_LETTERS = ['detailed', 'estimated', 'emergent', 'prioritised'] as const
export type DeepLetter = (typeof DEEP_LETTERS)[number]

export const DEEP_NAMES: Record<DeepLetter, string> = {
  detailed: 'Detailed appropriately',
  estimated: 'Estimated',
  emergent: 'Emergent',
  prioritised: 'Prioritised'
}

/** One live backlog item as the health view sees it. */
export interface HealthItem {
  id: number
  title: string
  type: ItemType
  estimate: number | null
  rank: string
  /** Still to be done: neither done nor removed. */
  open: boolean
  criteriaCount: number
  /** Meets every line of the Definition of Ready (false while there is none). */
  ready: boolean
  parentId: number | null
  createdAt: string
  updatedAt: string
  /** The Product Goal the item serves, if any. */
  goalId: number | null
}

export interface Finding {
  /** Stable id of the rule, e.g. `no-criteria`. */
  rule: string
  severity: Severity
  /** What was measured, in plain words. */
  evidence: string
  /** What to do about it, in plain words. */
  nextStep: string
  /** The guide and section the advice follows, to look it up. */
  source: string
  /** The items behind the finding, at most MAX_LISTED_ITEMS of them; `itemCount` is exact. */
  itemIds: number[]
  itemCount: number
}

export interface LetterHealth {
  letter: DeepLetter
  name: string
  /** 0-100, null when there is nothing to judge (no open items). */
  score: number | null
  rating: Rating | null
  /** The letter's headline evidence. */
  summary: string
  findings: Finding[]
}

/** Lists stay readable in the view; the counts stay exact. */
export const MAX_LISTED_ITEMS = 50
