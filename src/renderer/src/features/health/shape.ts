import type { BacklogHealth } from '@shared/api/methods/backlog'
import type { DeepLetter, Rating, Severity } from '@shared/domain/deep/types'

export type HealthItemRef = BacklogHealth['items'][number]
type Finding = BacklogHealth['letters'][number]['findings'][number]

export const LETTER_INITIALS: Record<DeepLetter, string> = {
  detailed: 'D',
  estimated: 'E',
  emergent: 'E',
  prioritised: 'P'
}

export const RATING_LABELS: Record<Rating, string> = { good: 'Good', attention: 'Needs attention', poor: 'Poor' }

export const SEVERITY_LABELS: Record<Severity, string> = { ...RATING_LABELS, info: 'For information' }

/** Items shown under a finding before "Show all". */
export const ITEMS_SHOWN = 6

/** "72 of 100", or a dash when there was nothing to judge. */
export function scoreText(score: number | null): string {
  return score === null ? '–' : `${score}`
}

/**
 * The items a finding names, in its order, with what is listed and what is left out. Findings that
 * only inform start folded, so the items that need work stand out.
 */
export function findingItems(finding: Finding, items: readonly HealthItemRef[], showAll: boolean) {
  const byId = new Map(items.map((item) => [item.id, item]))
  const named = finding.itemIds.flatMap((id) => byId.get(id) ?? [])
  const shown = showAll ? named : named.slice(0, finding.severity === 'info' ? 0 : ITEMS_SHOWN)
  return {
    shown,
    /** More in this list behind "Show all". */
    hidden: named.length - shown.length,
    /** More than the service lists at all (it names at most 50). */
    unlisted: finding.itemCount - named.length
  }
}

/** How an item reads in a list of findings: its place among the open items, then its title. */
export function itemLabel(item: HealthItemRef): string {
  if (item.removed) return `${item.title} (removed)`
  return item.position === null ? `${item.title} (done)` : `#${item.position} ${item.title}`
}

/** Where a link to an item goes: the Backlog view with the item open. */
export const itemHref = (id: number) => `~/backlog?item=${id}`
