import type { ProductGoal } from '@shared/api/methods/goals'
import type { RoadmapBoard } from '@shared/api/methods/roadmap'
import { ROADMAP_COLUMNS, type RoadmapColumn } from '@shared/domain/vision/roadmap'

/** Where a goal can sit: a board column, or off the board. */
export type Placement = RoadmapColumn | 'unplanned'

export function placementOf(board: RoadmapBoard, goalId: number): Placement {
  return ROADMAP_COLUMNS.find((column) => board[column].includes(goalId)) ?? 'unplanned'
}

/** The board with the goal taken out of its column and put at the end of the target (or off the board). */
export function moveGoal(board: RoadmapBoard, goalId: number, target: Placement): RoadmapBoard {
  const without = (ids: readonly number[]) => ids.filter((id) => id !== goalId)
  const next: RoadmapBoard = { now: without(board.now), next: without(board.next), later: without(board.later) }
  if (target !== 'unplanned') next[target] = [...next[target], goalId]
  return next
}

export interface BoardColumns {
  columns: Record<RoadmapColumn, ProductGoal[]>
  /** Open goals not yet on the board, to be placed. */
  unplanned: ProductGoal[]
}

/** Goals per column in board order; ended goals stay where they were put, and only open ones wait to be placed. */
export function boardColumns(board: RoadmapBoard, goals: readonly ProductGoal[]): BoardColumns {
  const byId = new Map(goals.map((g) => [g.id, g]))
  const pick = (ids: readonly number[]) =>
    ids.map((id) => byId.get(id)).filter((g): g is ProductGoal => g !== undefined)
  const placed = new Set([...board.now, ...board.next, ...board.later])
  return {
    columns: { now: pick(board.now), next: pick(board.next), later: pick(board.later) },
    unplanned: goals.filter((g) => !placed.has(g.id) && (g.status === 'draft' || g.status === 'active'))
  }
}
