import { cite } from '../guides'

/**
 * Product Goals (Scrum Guide 2020): the commitment of the Product Backlog. A team pursues one at a
 * time; it is achieved or abandoned before the next one starts. Drafts wait their turn.
 */

export const GOAL_STATUSES = ['draft', 'active', 'achieved', 'abandoned'] as const
export type GoalStatus = (typeof GOAL_STATUSES)[number]

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  draft: 'Draft',
  active: 'Active',
  achieved: 'Achieved',
  abandoned: 'Abandoned'
}

export const ENDED_STATUSES: readonly GoalStatus[] = ['achieved', 'abandoned']

export function isEnded(status: GoalStatus): boolean {
  return ENDED_STATUSES.includes(status)
}

export interface GoalRef {
  id: number
  title: string
  status: GoalStatus
}

/**
 * Why a goal cannot become the active one, or null when it can. The Scrum Guide has the Scrum Team
 * pursue one Product Goal at a time and fulfil or abandon it before taking on the next.
 */
export function activationBlocker(goal: GoalRef, goals: readonly GoalRef[]): string | null {
  if (goal.status === 'active') return `“${goal.title}” is already the active Product Goal.`
  if (isEnded(goal.status)) {
    return `“${goal.title}” was ${goal.status} and stays in the history. To pursue it again, create a new goal with what you learned.`
  }
  const active = goals.find((other) => other.status === 'active' && other.id !== goal.id)
  if (active) {
    return (
      `“${active.title}” is the active Product Goal. A Scrum Team pursues one Product Goal at a time, ` +
      `so everyone knows what the backlog is for: mark it achieved or abandon it, with a reason, before starting the next (${cite('scrum', 'productGoal')}).`
    )
  }
  return null
}

/** Why a goal cannot end as achieved or abandoned, or null when it can. */
export function endingBlocker(goal: GoalRef, ending: 'achieved' | 'abandoned'): string | null {
  if (isEnded(goal.status)) return `“${goal.title}” already ended as ${goal.status}.`
  if (ending === 'achieved' && goal.status !== 'active') {
    return `Only the active Product Goal can be achieved; “${goal.title}” is still a draft. Activate it first, or abandon it.`
  }
  return null
}

const STATUS_ORDER: Record<GoalStatus, number> = { active: 0, draft: 1, achieved: 2, abandoned: 2 }

/** Active first, then drafts (oldest first), then ended goals (most recently ended first). */
export function compareGoals(
  a: { status: GoalStatus; createdAt: string; endedAt: string | null; id: number },
  b: { status: GoalStatus; createdAt: string; endedAt: string | null; id: number }
): number {
  const byStatus = STATUS_ORDER[a.status] - STATUS_ORDER[b.status]
  if (byStatus !== 0) return byStatus
  if (isEnded(a.status)) return (b.endedAt ?? '').localeCompare(a.endedAt ?? '') || b.id - a.id
  return a.createdAt.localeCompare(b.createdAt) || a.id - b.id
}
