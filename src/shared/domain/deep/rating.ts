import { FINDING_SOURCES, type DeepRule } from './sources'
import { MAX_LISTED_ITEMS, type Finding, type Rating, type Severity } from './types'

const ORDER: Record<Rating, number> = { good: 0, attention: 1, poor: 2 }

/** 80 and above is good, 50 to 79 needs attention, below 50 is poor. */
export function ratingOf(score: number): Rating {
  return score >= 80 ? 'good' : score >= 50 ? 'attention' : 'poor'
}

/**
 * A letter's rating: the worse of its score's rating and its worst finding. A rule that is broken
 * at all (two items sharing a place, say) needs attention even when the share of
 * items it touches is small.
 */
export function letterRating(score: number, findings: readonly Finding[]): Rating {
  let rating = ratingOf(score)
  for (const { severity } of findings) {
    if (severity !== 'info' && ORDER[severity] > ORDER[rating]) rating = severity
  }
  return rating
}

/** Whole percent of a share, 0 for an empty base. */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100)
}

export function finding(
  rule: DeepRule,
  severity: Severity,
  evidence: string,
  nextStep: string,
  itemIds: readonly number[] = []
): Finding {
  return {
    rule,
    severity,
    evidence,
    nextStep,
    source: FINDING_SOURCES[rule],
    itemIds: itemIds.slice(0, MAX_LISTED_ITEMS),
    itemCount: itemIds.length
  }
}
