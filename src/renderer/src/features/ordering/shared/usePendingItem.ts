import { useMemo } from 'react'
import type { BoardItem } from '@shared/api/methods/ordering'
import { withScores, type ScoresInput } from '../liveScores'

/** The item as it will be once its pending scores are saved, with every figure that follows from them. */
export function usePendingItem(item: BoardItem, pending: ScoresInput | undefined): BoardItem {
  return useMemo(() => (pending ? withScores(item, pending) : item), [item, pending])
}
