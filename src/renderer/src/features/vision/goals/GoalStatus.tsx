import type { ProductGoal } from '@shared/api/methods/goals'
import { GOAL_STATUS_LABELS } from '@shared/domain/vision/goals'

/** A goal's status as an icon and a word, so it never rests on colour alone. */
const STATUS_ICONS: Record<ProductGoal['status'], string> = { draft: '✎', active: '▶', achieved: '✓', abandoned: '✕' }

export function GoalStatus({ status }: { status: ProductGoal['status'] }) {
  return (
    <span className={`goal-status goal-${status}`}>
      <span aria-hidden="true">{STATUS_ICONS[status]} </span>
      {GOAL_STATUS_LABELS[status]}
    </span>
  )
}
