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
