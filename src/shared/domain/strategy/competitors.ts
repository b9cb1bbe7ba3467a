/**
 * A comparison of the product with its competitors on criteria the Product Owner chooses: each
 * criterion has a weight (1-5) and every contender a score (1-5) on it. A contender's total is
 * the weighted sum of its scores; criteria it has no score on count as nothing and are named.
 */

export const SCORE_MIN = 1
export const SCORE_MAX = 5
export const WEIGHT_MIN = 1
export const WEIGHT_MAX = 5

export interface ComparedCriterion {
  id: number
  name: string
  weight: number
}

export interface Contender {
  /** null for the product itself. */
  id: number | null
  name: string
  /** Score per criterion id; a missing entry is not scored yet. */
  scores: Readonly<Record<number, number>>
}

export interface ContenderTotal {
  id: number | null
  name: string
  /** Weighted sum of the scores given. */
  total: number
  /** The weighted sum if every criterion scored the top mark. */
  possible: number
  /** total / possible, 0..1; null without criteria. */
  share: number | null
  /** 1 for the highest total; equal totals share a rank. */
  rank: number
  unscored: string[]
}

export interface CriterionLeaders {
  criterionId: number
  /** Names of the contenders with the highest score on it; empty when nobody is scored. */
  leaders: string[]
}

export interface ComparisonTotals {
  totals: ContenderTotal[]
  leaders: CriterionLeaders[]
}

export function comparisonTotals(
  criteria: readonly ComparedCriterion[],
  contenders: readonly Contender[]
): ComparisonTotals {
  const possible = criteria.reduce((sum, c) => sum + c.weight * SCORE_MAX, 0)
  const unranked = contenders.map((contender) => {
    let total = 0
    const unscored: string[] = []
    for (const criterion of criteria) {
      const score = contender.scores[criterion.id]
      if (score === undefined) unscored.push(criterion.name)
      else total += criterion.weight * score
    }
    return {
      id: contender.id,
      name: contender.name,
      total,
      possible,
      share: possible === 0 ? null : total / possible,
      unscored
    }
  })
  const totals = unranked.map((t) => ({ ...t, rank: 1 + unranked.filter((other) => other.total > t.total).length }))
  const leaders = criteria.map((criterion) => {
    const scored = contenders.filter((c) => c.scores[criterion.id] !== undefined)
    const best = Math.max(...scored.map((c) => c.scores[criterion.id]!))
    return {
      criterionId: criterion.id,
      leaders: scored.filter((c) => c.scores[criterion.id] === best).map((c) => c.name)
    }
  })
  return { totals, leaders }
}
