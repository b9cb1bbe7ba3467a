import { ApiError, type BacklogItem } from '@shared/api'
import type { Db } from '../deps'
import { itemPrefixOf } from '../products/service'
import { toBacklogItem } from './item-shapes'
import { rowSummaries } from './row-summaries'

/** The item as the API gives it: its row, its summaries (children, links, labels) and its key. */
export async function readItem(db: Db, id: number): Promise<BacklogItem> {
  const row = await getLiveItemRow(db, id)
  return toBacklogItem(row, (await rowSummaries(db, row.product_id, id))(id), await itemPrefixOf(db, row.product_id))
}

export async function getLiveItemRow(db: Db, id: number, field = 'id') {
  const row = await db.selectFrom('backlog_items').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row || row.deleted_at !== null) {
    throw new ApiError(
      'not_found',
      `There is no backlog item with id ${id}.`,
      field === 'id' ? undefined : [{ path: field, message: `No item with id ${id}` }]
    )
  }
  return row
}

export async function requireStateOfProduct(db: Db, productId: number, stateId: number, field: string) {
  const state = await db
    .selectFrom('workflow_states')
    .select(['id', 'name', 'category'])
    .where('id', '=', stateId)
    .where('product_id', '=', productId)
    .executeTakeFirst()
  if (!state) {
    throw new ApiError('invalid_input', `Status ${stateId} is not a workflow state of this product.`, [
      { path: field, message: 'Choose one of the product’s workflow states' }
    ])
  }
  return state
}

/** New items start in the first to-do state, wherever the workflow's states were reordered to. */
export async function firstTodoState(db: Db, productId: number): Promise<number> {
  const state = await db
    .selectFrom('workflow_states')
    .select('id')
    .where('product_id', '=', productId)
    .where('category', '=', 'todo')
    .orderBy('position')
    .executeTakeFirstOrThrow()
  return state.id
}

export async function endRank(db: Db, productId: number, end: 'top' | 'bottom'): Promise<string | null> {
  const row = await db
    .selectFrom('backlog_items')
    .select('rank')
    .where('product_id', '=', productId)
    .where('deleted_at', 'is', null)
    .orderBy('rank', end === 'top' ? 'asc' : 'desc')
    .limit(1)
    .executeTakeFirst()
  return row?.rank ?? null
}
