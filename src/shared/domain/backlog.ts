export const ITEM_TYPES = ['epic', 'feature', 'story', 'bug', 'technical', 'spike'] as const
export type ItemType = (typeof ITEM_TYPES)[number]

export const ITEM_TYPE_LABELS: Record<ItemType, string> = {
  epic: 'Epic',
  feature: 'Feature',
  story: 'Story',
  bug: 'Bug',
  technical: 'Technical item',
  spike: 'Spike'
}

export const STATE_CATEGORIES = ['todo', 'in_progress', 'done', 'removed'] as const
export type StateCategory = (typeof STATE_CATEGORIES)[number]

export const STATE_CATEGORY_LABELS: Record<StateCategory, string> = {
  todo: 'To do',
  in_progress: 'In progress',
  done: 'Done',
  removed: 'Removed (neither done nor open)'
}

/**
 * Work still to be done: what WIP, forecasts, ordering and refinement count. Removed work
 * (cancelled, won't do, duplicate) is neither open nor done (Kanban Guide, EBM), so it is in neither
 * list. A constant as well as a predicate, so SQL filters say the same as code.
 */
export const OPEN_CATEGORIES = ['todo', 'in_progress'] as const satisfies readonly StateCategory[]

export function isOpenCategory(category: StateCategory): boolean {
  return (OPEN_CATEGORIES as readonly StateCategory[]).includes(category)
}

/** Finished work: only this counts as throughput, cycle time and forecast history. */
export function isDoneCategory(category: StateCategory): boolean {
  return category === 'done'
}

/** Work dropped without being done: listed with its state, counted nowhere. */
export function isRemovedCategory(category: StateCategory): boolean {
  return category === 'removed'
}

/** The workflow every new product starts with; its states can be changed per product later. */
export const DEFAULT_WORKFLOW: ReadonlyArray<{ name: string; category: StateCategory }> = [
  { name: 'New', category: 'todo' },
  { name: 'Ready', category: 'todo' },
  { name: 'In progress', category: 'in_progress' },
  { name: 'In review', category: 'in_progress' },
  { name: 'Done', category: 'done' }
]
