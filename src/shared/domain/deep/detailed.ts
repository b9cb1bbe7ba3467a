import { COMPLEMENTARY_PRACTICE } from '../guides'
import { formatCount, formatNumber } from '../format'
import { finding, letterRating, percentOf } from './rating'
import { DEEP_NAMES, type Finding, type HealthItem, type LetterHealth } from './types'

export interface DetailInput {
  top: readonly HealthItem[]
  /** Open items below the top, in order. */
  below: readonly HealthItem[]
  /** Lines in the product's Definition of Ready. */
  readyLines: number
  estimateThreshold: number
}

const ids = (items: readonly HealthItem[]) => items.map((item) => item.id)

/**
 * Detailed appropriately: the items the team will pull next are small and have acceptance criteria;
 * lower items may stay coarse. The score is the share of top items with neither gap. A Definition
 * of Ready is an optional team practice, not part of Scrum, so it never lowers the score or the
 * rating: where the team keeps one, unready items are listed as information; where it has none, a
 * hint says it may help.
 */
export function assessDetailed({ top, below, readyLines, estimateThreshold }: DetailInput): LetterHealth {
  const name = DEEP_NAMES.detailed
  if (top.length === 0)
    return { letter: 'detailed', name, score: null, rating: null, summary: 'No open items to look at.', findings: [] }

  const hasDoR = readyLines > 0
  const notReady = hasDoR ? top.filter((item) => !item.ready) : []
  const noCriteria = top.filter((item) => item.criteriaCount === 0)
  const tooBig = top.filter((item) => item.estimate !== null && item.estimate > estimateThreshold)
  const gaps = new Set(ids([...noCriteria, ...tooBig]))
  const score = percentOf(top.length - gaps.size, top.length)
  const topN = `the top ${top.length}`

  const findings: Finding[] = []
  if (!hasDoR) {
    findings.push(
      finding(
        'no-definition-of-ready',
        'info',
        `The product has no Definition of Ready. ${COMPLEMENTARY_PRACTICE.definitionOfReady}`,
        'Nothing is required. If items often reach Sprint Planning unclear, the team may agree a short Definition of Ready in Product settings.'
      )
    )
  } else if (notReady.length > 0) {
    findings.push(
      finding(
        'not-ready',
        'info',
        `${top.length - notReady.length} of ${topN} items meet the team's Definition of Ready; ${formatCount(notReady.length, 'does', 'do')} not.`,
        'Take these items to refinement and go through the Definition of Ready with the team, starting with the highest.',
        ids(notReady)
      )
    )
  }
  if (noCriteria.length > 0) {
    findings.push(
      finding(
        'no-criteria',
        noCriteria.length * 2 > top.length ? 'poor' : 'attention',
        `${formatCount(noCriteria.length, 'item')} in ${topN} ${noCriteria.length === 1 ? 'has' : 'have'} no acceptance criteria.`,
        'Write acceptance criteria for them with the team (a Given / When / Then scenario or a plain statement each) before a Sprint pulls them.',
        ids(noCriteria)
      )
    )
  }
  if (tooBig.length > 0) {
    findings.push(
      finding(
        'too-big',
        'attention',
        `${formatCount(tooBig.length, 'item')} in ${topN} ${tooBig.length === 1 ? 'is' : 'are'} estimated above the threshold of ${estimateThreshold}.`,
        `Split them (Refinement, then Split) into items of ${estimateThreshold} or less, each still worth something on its own.`,
        ids(tooBig)
      )
    )
  }
  if (gaps.size === 0) {
    findings.push(
      finding(
        'top-detailed',
        'good',
        `All of ${topN} items have acceptance criteria and fit the size threshold.`,
        'Keep refining a little ahead of the team so the top stays this way.'
      )
    )
  }
  const coarse = below.filter((item) => item.criteriaCount === 0 || item.estimate === null)
  if (below.length > 0) {
    findings.push(
      finding(
        'coarse-below',
        'info',
        `Below the top, ${formatNumber(coarse.length)} of ${formatCount(below.length, 'item')} ${coarse.length === 1 ? 'is' : 'are'} still coarse (no criteria or no estimate).`,
        'Nothing to do: lower items may stay coarse. Add detail as they rise towards the top, not before.'
      )
    )
  }
  return {
    letter: 'detailed',
    name,
    score,
    rating: letterRating(score, findings),
    summary: `${top.length - gaps.size} of ${topN} items are detailed enough to pull.`,
    findings
  }
}
