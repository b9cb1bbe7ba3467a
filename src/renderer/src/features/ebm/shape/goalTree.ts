import type { Goal } from '@shared/api/methods/ebm'
import type { GoalLevel } from '@shared/domain/ebm/vocabulary'

export interface GoalNode {
  goal: Goal
  children: GoalNode[]
}

/**
 * The goals as a tree in the order the API gives them. A goal whose parent was deleted (or is
 * missing) becomes a root, so nothing ever disappears from view.
 */
export function buildGoalTree(goals: readonly Goal[]): GoalNode[] {
  const nodes = new Map(goals.map((goal) => [goal.id, { goal, children: [] as GoalNode[] }]))
  const roots: GoalNode[] = []
  for (const goal of goals) {
    const node = nodes.get(goal.id)!
    const parent = goal.parentId === null ? undefined : nodes.get(goal.parentId)
    if (parent && parent !== node) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}

/** The level a goal of this level hangs under: strategic goals are roots. */
export const PARENT_LEVEL: Record<GoalLevel, GoalLevel | null> = {
  strategic: null,
  intermediate: 'strategic',
  tactical: 'intermediate'
}

export const CHILD_LEVEL: Record<GoalLevel, GoalLevel | null> = {
  strategic: 'intermediate',
  intermediate: 'tactical',
  tactical: null
}

/** Goals that can be the parent of a goal at `level`. */
export function parentCandidates(goals: readonly Goal[], level: GoalLevel): Goal[] {
  const parentLevel = PARENT_LEVEL[level]
  return parentLevel === null ? [] : goals.filter((g) => g.level === parentLevel)
}

/** Goals with a target on the measure: their lines and dates belong on its trend chart. */
export function goalsOnMeasure(goals: readonly Goal[], measureId: number): Goal[] {
  return goals.filter((g) => g.targets.some((t) => t.measureId === measureId))
}
