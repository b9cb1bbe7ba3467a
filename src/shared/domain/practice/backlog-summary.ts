import { checkInvest, INVEST_LETTERS, type InvestLetter } from '../invest'

/** What the summary needs of a backlog row (a subset of the API's BacklogItem). */
export interface SummaryItem {
  id: number
  type: string
  title: string
  estimate: number | null
  criteriaCount: number
  blockedByCount: number
  ready: boolean
  /** Still to be done: neither done nor removed. */
  open: boolean
}

export interface BacklogSummary {
  openCount: number
  estimatedCount: number
  withCriteriaCount: number
  readyCount: number
  /** How many of the top open items pass every INVEST letter. */
  topCount: number
  topPassingInvest: number
  /** Per letter: how many top items it does not pass. */
  weakLetters: Record<InvestLetter, number>
  top: Array<{ id: number; title: string; estimate: number | null; ready: boolean; investPassed: number }>
}

export const SUMMARY_TOP_ITEMS = 10

/**
 * A backlog at a glance for evidence: the open items, how many are estimated, have acceptance
 * criteria and are ready, and INVEST over the top items. Rows carry a criteria count rather than
 * the texts, so criteria are checked for presence only (as the backlog list does).
 */
export function summariseBacklog(
  items: readonly SummaryItem[],
  estimateThreshold: number,
  topSize = SUMMARY_TOP_ITEMS
): BacklogSummary {
  const open = items.filter((i) => i.open)
  const weakLetters = Object.fromEntries(INVEST_LETTERS.map((l) => [l, 0])) as Record<InvestLetter, number>
  let topPassingInvest = 0
  const top = open.slice(0, topSize).map((item) => {
    const report = checkInvest({
      text: item.title,
      isStory: item.type === 'story',
      criteria: Array.from({ length: item.criteriaCount }, () => 'criterion on file'),
      estimate: item.estimate,
      estimateThreshold,
      blockedBy: item.blockedByCount
    })
    const weak = INVEST_LETTERS.filter((l) => report.letters[l] !== 'pass')
    for (const letter of weak) weakLetters[letter]++
    if (weak.length === 0) topPassingInvest++
    return {
      id: item.id,
      title: item.title,
      estimate: item.estimate,
      ready: item.ready,
      investPassed: INVEST_LETTERS.length - weak.length
    }
  })
  return {
    openCount: open.length,
    estimatedCount: open.filter((i) => i.estimate !== null).length,
    withCriteriaCount: open.filter((i) => i.criteriaCount > 0).length,
    readyCount: open.filter((i) => i.ready).length,
    topCount: top.length,
    topPassingInvest,
    weakLetters,
    top
  }
}
