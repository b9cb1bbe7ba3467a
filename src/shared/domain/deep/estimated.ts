import { formatCount, formatNumber } from '../format'
import { finding, letterRating, percentOf } from './rating'
import { DEEP_NAMES, type Finding, type HealthItem, type LetterHealth } from './types'

/** Estimated: the share of the top items with an estimate is the score; lower items may wait. */
export function assessEstimated(top: readonly HealthItem[], below: readonly HealthItem[]): LetterHealth {
  const name = DEEP_NAMES.estimated
  if (top.length === 0)
    return { letter: 'estimated', name, score: null, rating: null, summary: 'No open items to look at.', findings: [] }

  const unestimated = top.filter((item) => item.estimate === null)
  const estimated = top.length - unestimated.length
  const score = percentOf(estimated, top.length)
  const findings: Finding[] = []
  if (unestimated.length > 0) {
    findings.push(
      finding(
        'unestimated',
        score < 50 ? 'poor' : 'attention',
        `${formatCount(unestimated.length, 'item')} in the top ${top.length} ${unestimated.length === 1 ? 'has' : 'have'} no estimate.`,
        'Estimate them with the team (Refinement: Planning Poker or bucket estimation) so forecasts and Sprint Planning can rely on them.',
        unestimated.map((item) => item.id)
      )
    )
  } else {
    findings.push(
      finding(
        'top-estimated',
        'good',
        `Every one of the top ${top.length} items has an estimate.`,
        'Re-estimate an item when refinement changes what it holds.'
      )
    )
  }
  if (below.length > 0) {
    const lowerEstimated = below.filter((item) => item.estimate !== null).length
    findings.push(
      finding(
        'estimated-below',
        'info',
        `Below the top, ${formatNumber(lowerEstimated)} of ${formatCount(below.length, 'item')} (${percentOf(lowerEstimated, below.length)}%) have an estimate.`,
        'Nothing to do: a rough size is enough down there; estimate as items rise.'
      )
    )
  }
  return {
    letter: 'estimated',
    name,
    score,
    rating: letterRating(score, findings),
    summary: `${estimated} of the top ${top.length} items (${score}%) have an estimate.`,
    findings
  }
}
