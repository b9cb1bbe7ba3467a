import { generateKeyBetween } from 'fractional-indexing'
import { ApiError, type BacklogItem, type MethodInput } from '@shared/api'
import type { ServiceDeps } from '../deps'
import { itemColumns } from './columns'
import { getLiveItemRow, readItem } from './item-rows'

/** Places an item between two others; the database, not the caller's view, decides the gap. */
export async function moveItem(
  { db, now }: ServiceDeps,
  { id, afterId, beforeId }: MethodInput<'backlog.move'>
): Promise<BacklogItem> {
  if (afterId === id || beforeId === id) {
    throw new ApiError('invalid_input', 'An item cannot be placed next to itself.', [
      { path: afterId === id ? 'afterId' : 'beforeId', message: 'Name a different item' }
    ])
  }
  const item = await getLiveItemRow(db, id)
  const neighbour = async (neighbourId: number, field: string) => {
    const row = await getLiveItemRow(db, neighbourId, field)
    if (row.product_id !== item.product_id) {
      throw new ApiError('invalid_input', `Item ${neighbourId} belongs to another product.`, [
        { path: field, message: 'Name an item of the same product' }
      ])
    }
    return row.rank
  }
  // The database, not the caller's possibly stale view, decides the other side of the gap,
  // so two items never share a rank.
  const adjacentRank = async (rank: string, side: 'above' | 'below') => {
    const row = await db
      .selectFrom('backlog_items')
      .select('rank')
      .where('product_id', '=', item.product_id)
      .where('deleted_at', 'is', null)
      .where('id', '!=', id)
      .where('rank', side === 'below' ? '>' : '<', rank)
      .orderBy('rank', side === 'below' ? 'asc' : 'desc')
      .limit(1)
      .executeTakeFirst()
    return row?.rank ?? null
  }
  let after: string | null = null
  let before: string | null = null
  if (afterId !== null) {
    after = await neighbour(afterId, 'afterId')
    before = await adjacentRank(after, 'below')
    // Items hidden by a filter (or added meanwhile) may sit between the two; the item goes right after `afterId`.
    if (beforeId !== null && (await neighbour(beforeId, 'beforeId')) <= after) {
      throw new ApiError(
        'conflict',
        'The backlog changed since it was shown: those two items are no longer in that order. Reload and try again.'
      )
    }
  } else if (beforeId !== null) {
    before = await neighbour(beforeId, 'beforeId')
    after = await adjacentRank(before, 'above')
  } else {
    throw new ApiError(
      'invalid_input',
      'Say where the item goes: name the item above it, the item below it, or both.',
      [{ path: 'afterId', message: 'Give afterId, beforeId or both' }]
    )
  }
  const rank = generateKeyBetween(after, before)
  await db
    .updateTable('backlog_items')
    .set(itemColumns.patch({ rank, updatedAt: now().toISOString() }))
    .where('id', '=', id)
    .execute()
  return readItem(db, id)
}
