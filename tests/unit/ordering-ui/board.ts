import type { BoardItem } from '@shared/api/methods/ordering'
import { NO_SCORES } from '@shared/domain/ordering/scores'
import { withScores } from '@renderer/features/ordering/liveScores'

/** A board item as the server sends it, with the figures computed from the given scores. */
export function boardItem(id: number, scores: Partial<BoardItem['scores']> = {}): BoardItem {
  const blank: BoardItem = {
    id,
    title: `Item ${id}`,
    type: 'story',
    estimate: null,
    rank: `a${id}`,
    manualPosition: id,
    scores: { ...NO_SCORES, moscow: null, releaseId: null },
    costOfDelay: null,
    wsjf: null,
    cd3: null,
    valueEffort: null,
    quadrant: null
  }
  return withScores(blank, scores)
}
