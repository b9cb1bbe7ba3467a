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

export const STATE_CATEGORIES = ['todo', 'in_progress', 'done'] as const
export type StateCategory = (typeof STATE_CATEGORIES)[number]

/** The workflow every new product starts with; its states can be changed per product later. */
export const DEFAULT_WORKFLOW: ReadonlyArray<{ name: string; category: StateCategory }> = [
  { name: 'New', category: 'todo' },
  { name: 'Ready', category: 'todo' },
  { name: 'In progress', category: 'in_progress' },
  { name: 'In review', category: 'in_progress' },
  { name: 'Done', category: 'done' }
]
