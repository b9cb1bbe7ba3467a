import { checkInvest, INVEST_LETTERS, INVEST_NAMES, type InvestLetter } from '../invest'
import type { ItemType } from '../backlog'

export interface InvestSubject {
  id: number
  title: string
  type: ItemType
  criteria: readonly string[]
  estimate: number | null
  /** Blockers that are not done yet. */
  blockedByCount: number
}

export interface InvestLetterSummary {
  letter: InvestLetter
  name: string
  /** Items with at least one failing rule for this letter. */
  failing: number
  /** Items with only warnings for this letter. */
  warning: number
  /** The items that do not pass this letter, failing ones first, each group in the given order. */
  itemIds: number[]
}

export interface InvestSummary {
  checked: number
  letters: InvestLetterSummary[]
}

/**
 * INVEST over a set of items (the top of the backlog, a report's selection): per letter, how many
 * items fail or only warn, and which. `others` are the titles to check near-duplicates against
 * (an item is never compared with itself).
 */
export function summariseInvest(
  subjects: readonly InvestSubject[],
  estimateThreshold: number,
  others: readonly { id: number; title: string }[] = subjects
): InvestSummary {
  const failing = new Map<InvestLetter, number[]>(INVEST_LETTERS.map((letter) => [letter, []]))
  const warning = new Map<InvestLetter, number[]>(INVEST_LETTERS.map((letter) => [letter, []]))
  for (const subject of subjects) {
    const report = checkInvest({
      text: subject.title,
      isStory: subject.type === 'story',
      criteria: subject.criteria,
      estimate: subject.estimate,
      estimateThreshold,
      blockedBy: subject.blockedByCount,
      otherTitles: others.flatMap((other) => (other.id === subject.id ? [] : [other.title]))
    })
    for (const letter of INVEST_LETTERS) {
      const status = report.letters[letter]
      if (status === 'fail') failing.get(letter)!.push(subject.id)
      else if (status === 'warn') warning.get(letter)!.push(subject.id)
    }
  }
  return {
    checked: subjects.length,
    letters: INVEST_LETTERS.map((letter) => {
      const fails = failing.get(letter)!
      const warns = warning.get(letter)!
      return {
        letter,
        name: INVEST_NAMES[letter],
        failing: fails.length,
        warning: warns.length,
        itemIds: [...fails, ...warns]
      }
    })
  }
}
