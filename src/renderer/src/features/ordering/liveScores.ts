import type { BoardItem } from '@shared/api/methods/ordering'
import type { ScoresInput } from './queries'
import { cd3, costOfDelay, quadrant, valueEffortRatio, wsjf } from '@shared/domain/ordering/scores'

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
