import { generateNKeysBetween } from 'fractional-indexing'
import { ApiError, type ParsedInput } from '@shared/api'
import { parentProblem } from '@shared/domain/items/hierarchy'
import { itemColumns, statusChangeColumns } from '../backlog/columns'
import { firstTodoState } from '../backlog/item-rows'
import { inTransaction, type Db, type ServiceDeps } from '../deps'
import { requireOnProductScale } from '../settings/read'
import { splitColumns } from './columns'

export async function liveItem(db: Db, id: number, field: string) {
  const row = await db.selectFrom('backlog_items').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row || row.deleted_at !== null) {
    throw new ApiError('not_found', `There is no backlog item with id ${id}.`, [
      { path: field, message: `No item with id ${id}` }
    ])
  }
  return row
}

/**
 * Creates the children of a split right under the item, in the order given: stories (or a spike)
 * in the first to-do state (like every new item), carrying the item's labels. The item keeps its history; a story
 * (or another small item) becomes a feature, since it now holds stories. The split is recorded
 * with its pattern. Returns the children's ids.
 */
export async function splitItem(
  { db, now }: ServiceDeps,
  { itemId, pattern, children }: ParsedInput<'backlog.split'>
): Promise<number[]> {
  const parent = await liveItem(db, itemId, 'itemId')
  for (const [index, child] of children.entries()) {
    await requireOnProductScale(db, parent.product_id, child.estimate, `children.${index}.estimate`)
  }
  const stamp = now().toISOString()
  return inTransaction(db, async (trx) => {
    const below = await trx
      .selectFrom('backlog_items')
      .select('rank')
      .where('product_id', '=', parent.product_id)
      .where('deleted_at', 'is', null)
      .where('rank', '>', parent.rank)
      .orderBy('rank')
      .limit(1)
      .executeTakeFirst()
    const ranks = generateNKeysBetween(parent.rank, below?.rank ?? null, children.length)
    const firstState = await firstTodoState(trx, parent.product_id)
    const labels = await trx.selectFrom('item_labels').select('label_id').where('item_id', '=', itemId).execute()
    const ids: number[] = []
    for (const [index, child] of children.entries()) {
      const { id } = await trx
        .insertInto('backlog_items')
        .values({
          product_id: parent.product_id,
          state_id: firstState,
          parent_id: itemId,
          ...itemColumns.write({
            ...child,
            number: 0,
            description: '',
            rank: ranks[index] as string,
            notes: '',
            externalKey: null,
            createdAt: stamp,
            updatedAt: stamp,
            deletedAt: null
          })
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      await trx
        .insertInto('status_changes')
        .values({
          item_id: id,
          from_state_id: null,
          to_state_id: firstState,
          ...statusChangeColumns.write({ changedAt: stamp, notDoneReason: null })
        })
        .execute()
      if (labels.length > 0)
        await trx
          .insertInto('item_labels')
          .values(labels.map(({ label_id }) => ({ item_id: id, label_id })))
          .execute()
      ids.push(id)
    }
    await trx
      .insertInto('item_splits')
      .values({ item_id: itemId, ...splitColumns.write({ pattern, splitAt: stamp }) })
      .execute()
    const holdsStories = parentProblem(parent.type, 'story') === null
    await trx
      .updateTable('backlog_items')
      .set(itemColumns.patch({ updatedAt: stamp, ...(!holdsStories && { type: 'feature' as const }) }))
      .where('id', '=', itemId)
      .execute()
    return ids
  })
}
