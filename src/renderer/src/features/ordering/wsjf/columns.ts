import type { BoardItem } from '@shared/api/methods/ordering'
import type { WsjfField } from '../shared/fields'

/**
 * Relative scoring anchors each column on its smallest item, which gets 1. A column "misses its 1"
 * when it has scores but none of them is 1, or when nothing in it is scored yet.
 */
export function columnMissesOne(items: readonly BoardItem[], field: WsjfField): boolean {
  return !items.some((item) => item.scores[field] === 1)
}

export function scoredCount(items: readonly BoardItem[], field: WsjfField): number {
  return items.filter((item) => item.scores[field] !== null).length
}
