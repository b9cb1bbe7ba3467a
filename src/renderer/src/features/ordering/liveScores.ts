import type { MethodInput } from '@shared/api'
import type { BoardItem } from '@shared/api/methods/ordering'
import { cd3, costOfDelay, quadrant, valueEffortRatio, wsjf } from '@shared/domain/ordering/scores'

/** Scores as ordering.setScores takes them: any subset, null clears one. */
export type ScoresInput = MethodInput<'ordering.setScores'>['scores']

/** The item as it will be once the patch is saved: scores and every figure that follows from them. */
export function withScores(item: BoardItem, patch: ScoresInput): BoardItem {
  const scores = { ...item.scores, ...patch }
  return {
    ...item,
    scores,
    costOfDelay: costOfDelay(scores),
    wsjf: wsjf(scores),
    cd3: cd3(scores),
    valueEffort: valueEffortRatio(scores),
    quadrant: quadrant(scores)
  }
}
