import type { Selectable } from 'kysely'
import { ApiError, type ParsedInput } from '@shared/api'
import type { Influence, InfluenceBoard } from '@shared/api/methods/strategy'
import { orderInfluences, quadrantOf } from '@shared/domain/strategy'
import type { Database } from '../../db/schema'
import type { Db } from '../deps'
import { nextPosition } from '../position'
import { influenceColumns, unplaced } from './columns'
import { uniqueName } from './unique-name'

/** What affects the ability to deliver value; a factor's name is unique per product whatever its case. */

type InfluenceRow = Selectable<Database['influences']>

const toInfluence = (row: InfluenceRow): Influence => ({
  id: row.id,
  productId: row.product_id,
  ...unplaced(influenceColumns.read(row)),
  quadrant: quadrantOf(row)
})

async function influenceRow(db: Db, id: number): Promise<InfluenceRow> {
  const row = await db.selectFrom('influences').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row)
    throw new ApiError('not_found', `There is no influence with id ${id}.`, [
      { path: 'id', message: `No influence ${id}` }
    ])
  return row
}

/** A product's influences in list order (the board orders them by attention needed). */
export async function influenceRows(db: Db, productId: number): Promise<InfluenceRow[]> {
  return db
    .selectFrom('influences')
    .selectAll()
    .where('product_id', '=', productId)
    .orderBy('position')
    .orderBy('id')
    .execute()
}

export async function influenceBoard(db: Db, productId: number): Promise<InfluenceBoard> {
  const rows = await influenceRows(db, productId)
  return { productId, influences: orderInfluences(rows.map(toInfluence)) }
}

export async function createInfluence(
  db: Db,
  { productId, ...fields }: ParsedInput<'strategy.influences.create'>,
  now: Date
): Promise<Influence> {
  const stamp = now.toISOString()
  const position = await nextPosition(db, 'influences', productId)
  const row = await uniqueName('factor', fields.name, () =>
    db
      .insertInto('influences')
      .values({
        product_id: productId,
        ...influenceColumns.write({ ...fields, position, createdAt: stamp, updatedAt: stamp })
      })
      .returningAll()
      .executeTakeFirstOrThrow()
  )
  return toInfluence(row)
}

export async function updateInfluence(
  db: Db,
  { id, patch }: ParsedInput<'strategy.influences.update'>,
  now: Date
): Promise<Influence> {
  await influenceRow(db, id)
  await uniqueName('factor', patch.name, () =>
    db
      .updateTable('influences')
      .set({ ...influenceColumns.patch(patch), updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute()
  )
  return toInfluence(await influenceRow(db, id))
}

export async function deleteInfluence(db: Db, id: number): Promise<{ deleted: number }> {
  await influenceRow(db, id)
  await db.deleteFrom('influences').where('id', '=', id).execute()
  return { deleted: id }
}
