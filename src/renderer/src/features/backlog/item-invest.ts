import type { BacklogListItem } from '@shared/api'
import {
  checkInvest,
  INVEST_LETTERS,
  type InvestLetter,
  type InvestReport,
  type LetterStatus
} from '@shared/domain/invest'

const cache = new WeakMap<BacklogListItem, { threshold: number; report: InvestReport }>()

/**
 * INVEST for a backlog row, memoised per item object (the cache gives a new object when an item
 * changes). Rows carry how many criteria an item has, not their text, so only the detail panel
 * checks criteria for vague words; near-duplicates need every title and are left to the panel too.
 */
export function rowInvest(item: BacklogListItem, threshold: number): InvestReport {
  const cached = cache.get(item)
  if (cached?.threshold === threshold) return cached.report
  const report = checkInvest({
    text: item.title,
    isStory: item.type === 'story',
    criteria: Array.from({ length: item.criteriaCount }, () => 'criterion on file'),
    estimate: item.estimate,
    estimateThreshold: threshold,
    blockedBy: item.blockedByCount
  })
  cache.set(item, { threshold, report })
  return report
}

/** "4/6" and the letters that need attention, failing ones first. */
export function investScore(letters: Record<InvestLetter, LetterStatus>): {
  passed: number
  weak: Array<{ letter: InvestLetter; status: LetterStatus }>
} {
  const weak = INVEST_LETTERS.filter((l) => letters[l] !== 'pass').map((letter) => ({
    letter,
    status: letters[letter]
  }))
  weak.sort((a, b) => (a.status === b.status ? 0 : a.status === 'fail' ? -1 : 1))
  return { passed: INVEST_LETTERS.length - weak.length, weak }
}
