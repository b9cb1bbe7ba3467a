import { ApiError, type ParsedInput } from '@shared/api'
import type { Selectable } from 'kysely'
import type { CostItem, CostSheet } from '@shared/api/methods/strategy'
import { TCO_CONTEXT, costTotals } from '@shared/domain/strategy'
import type { Database } from '../../db/schema'
import type { Db } from '../deps'
import { nextPosition } from '../position'
import { costColumns, unplaced } from './columns'

type CostRow = Selectable<Database['cost_items']>

const toItem = (row: CostRow): CostItem => ({
  id: row.id,
  productId: row.product_id,
  ...unplaced(costColumns.read(row))
})

async function costRow(db: Db, id: number): Promise<CostRow> {
  const row = await db.selectFrom('cost_items').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row)
    throw new ApiError('not_found', `There is no cost item with id ${id}.`, [
      { path: 'id', message: `No cost item ${id}` }
    ])
  return row
}

/** A product's cost items in list order. */
export async function costRows(db: Db, productId: number): Promise<CostRow[]> {
  return db
    .selectFrom('cost_items')
    .selectAll()
    .where('product_id', '=', productId)
    .orderBy('position')
    .orderBy('id')
    .execute()
}

/** Cost items in the order they were added, with their totals. */
export async function costSheet(db: Db, productId: number): Promise<CostSheet> {
  const items = (await costRows(db, productId)).map(toItem)
  return { productId, items, totals: costTotals(items), context: [...TCO_CONTEXT] }
}

export async function createCost(
  db: Db,
  { productId, ...fields }: ParsedInput<'strategy.costs.create'>,
  now: Date
): Promise<CostItem> {
  const stamp = now.toISOString()
  const position = await nextPosition(db, 'cost_items', productId)
  const row = await db
    .insertInto('cost_items')
    .values({
      product_id: productId,
      ...costColumns.write({ ...fields, position, createdAt: stamp, updatedAt: stamp })
    })
    .returningAll()
    .executeTakeFirstOrThrow()
  return toItem(row)
}

export async function updateCost(
  db: Db,
  { id, patch }: ParsedInput<'strategy.costs.update'>,
  now: Date
): Promise<CostItem> {
  await costRow(db, id)
  await db
    .updateTable('cost_items')
    .set({ ...costColumns.patch(patch), updated_at: now.toISOString() })
    .where('id', '=', id)
    .execute()
  return toItem(await costRow(db, id))
}

export async function deleteCost(db: Db, id: number): Promise<{ deleted: number }> {
  await costRow(db, id)
  await db.deleteFrom('cost_items').where('id', '=', id).execute()
  return { deleted: id }
}
