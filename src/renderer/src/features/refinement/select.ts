import type { BacklogListItem, WorkflowState } from '@shared/api'
import { isOpenCategory } from '@shared/domain/backlog'
import { formatCount } from '@shared/domain/format'

/** How many items from the top the refinement view works on. */
export const REFINEMENT_DEPTH = 10

export interface ItemToRefine {
  item: BacklogListItem
  /** Backlog position, 1-based. */
  position: number
  /** What is missing, in words. */
  gaps: string[]
}

interface Options {
  /** The product has a Definition of Ready: an item is ready when it meets every line. */
  hasDefinitionOfReady: boolean
  /** Estimates above this are too big for one item. */
  threshold: number
  limit?: number
}

/** Open items in backlog order with their positions: not finished or removed, and not epics (those are refined by splitting). */
export function openItems(
  items: readonly BacklogListItem[],
  states: readonly WorkflowState[]
): Array<{ item: BacklogListItem; position: number }> {
  const closed = new Set(states.filter((s) => !isOpenCategory(s.category)).map((s) => s.id))
  return items.flatMap((item, index) =>
    closed.has(item.stateId) || item.type === 'epic' ? [] : [{ item, position: index + 1 }]
  )
}

/**
 * The top open items not ready yet, in backlog order. Without a Definition of Ready, an item counts
 * as ready once it has an estimate and acceptance criteria.
 */
export function itemsToRefine(
  items: readonly BacklogListItem[],
  states: readonly WorkflowState[],
  options: Options
): ItemToRefine[] {
  const result: ItemToRefine[] = []
  for (const { item, position } of openItems(items, states)) {
    const gaps = [
      ...(item.estimate === null ? ['no estimate'] : []),
      ...(item.estimate !== null && item.estimate > options.threshold
        ? [`too big to finish in one go (over ${options.threshold})`]
        : []),
      ...(item.criteriaCount === 0 ? ['no acceptance criteria'] : []),
      ...(item.blockedByCount > 0 ? [`blocked by ${formatCount(item.blockedByCount, 'item')}`] : [])
    ]
    const ready = options.hasDefinitionOfReady ? item.ready : item.estimate !== null && item.criteriaCount > 0
    if (ready) continue
    result.push({
      item,
      position,
      gaps: gaps.length > 0 || !options.hasDefinitionOfReady ? gaps : ['Definition of Ready not met yet']
    })
    if (result.length === (options.limit ?? REFINEMENT_DEPTH)) break
  }
  return result
}
