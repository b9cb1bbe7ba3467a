import type { BacklogListItem, WorkflowState } from '@shared/api'
import { isOpenCategory, isRemovedCategory } from '@shared/domain/backlog'
import type { StoryMap } from '@shared/api/methods/storymap'

/** Where a story can sit: under a step, in a slice or in none yet. */
export interface Cell {
  stepId: number
  sliceId: number | null
}

export const cellKey = ({ stepId, sliceId }: Cell) => `${stepId}:${sliceId ?? 'none'}`

export function parseCellKey(key: string): Cell | null {
  const match = /^(\d+):(\d+|none)$/.exec(key)
  if (!match) return null
  return { stepId: Number(match[1]), sliceId: match[2] === 'none' ? null : Number(match[2]) }
}

/** Item types that belong on the map; epics and features are the backbone's job. */
const MAPPABLE = new Set<BacklogListItem['type']>(['story', 'bug', 'technical', 'spike'])

export interface MapGrid {
  /** Steps left to right, each with its activity; an activity without steps still gets a column. */
  columns: Array<{ activityId: number; activityName: string; step: { id: number; name: string } | null }>
  /** Stories per cell key, in backlog order. */
  cells: Map<string, BacklogListItem[]>
  /** Open stories not on the map yet, in backlog order (finished ones stay where they were placed). */
  unplaced: BacklogListItem[]
}

/**
 * Lays the backlog's own items out on the map; `items` are in backlog order. Removed stories are
 * neither planned nor delivered, so they leave the map; their places are kept, should they come back.
 */
export function buildGrid(
  map: StoryMap,
  items: readonly BacklogListItem[],
  states: readonly Pick<WorkflowState, 'id' | 'category'>[] = []
): MapGrid {
  const columns = map.activities.flatMap((activity): MapGrid['columns'] =>
    activity.steps.length === 0
      ? [{ activityId: activity.id, activityName: activity.name, step: null }]
      : activity.steps.map((step) => ({ activityId: activity.id, activityName: activity.name, step }))
  )
  const placement = new Map(map.placements.map((p) => [p.itemId, p]))
  const categoryOf = new Map(states.map((s) => [s.id, s.category]))
  const cells = new Map<string, BacklogListItem[]>()
  const unplaced: BacklogListItem[] = []
  for (const item of items) {
    // Until the workflow has loaded, every item reads as open.
    const category = categoryOf.get(item.stateId) ?? 'todo'
    if (isRemovedCategory(category)) continue
    const at = placement.get(item.id)
    if (at) {
      const key = cellKey(at)
      const cell = cells.get(key)
      if (cell) cell.push(item)
      else cells.set(key, [item])
    } else if (MAPPABLE.has(item.type) && isOpenCategory(category)) {
      unplaced.push(item)
    }
  }
  return { columns, cells, unplaced }
}

/** The map after moving one story, for showing the move before the server confirms it. */
export function withPlacement(map: StoryMap, itemId: number, cell: Cell | null): StoryMap {
  const others = map.placements.filter((p) => p.itemId !== itemId)
  return { ...map, placements: cell ? [...others, { itemId, ...cell }] : others }
}
