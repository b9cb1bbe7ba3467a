import type { Selectable } from 'kysely'
import { ApiError, type ParsedInput } from '@shared/api'
import type { Segment } from '@shared/api/methods/discovery'
import type { Database } from '../../db/schema'
import { inTransaction, type Db } from '../deps'
import { segmentColumns } from './columns'

type SegmentRow = Selectable<Database['customer_segments']>

const toSegment = (row: SegmentRow, personaIds: number[]): Segment => ({
  id: row.id,
  productId: row.product_id,
  ...segmentColumns.read(row),
  personaIds
})

async function getSegmentRow(db: Db, id: number): Promise<SegmentRow> {
  const row = await db.selectFrom('customer_segments').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row)
    throw new ApiError('not_found', `There is no customer segment with id ${id}.`, [
      { path: 'id', message: `No segment ${id}` }
    ])
  return row
}

/** Names are unique per product regardless of case (the database says so too; this says it in words). */
async function checkNameFree(db: Db, productId: number, name: string, path: string, except?: number): Promise<void> {
  const clash = await db
    .selectFrom('customer_segments')
    .select('id')
    .where('product_id', '=', productId)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .$if(except !== undefined, (q) => q.where('id', '!=', except!))
    .executeTakeFirst()
  if (clash)
    throw new ApiError('conflict', `There is a segment called "${name}" already.`, [
      { path, message: 'Another segment has this name' }
    ])
}

export async function listSegments(db: Db, productId: number): Promise<Segment[]> {
  const rows = await db
    .selectFrom('customer_segments')
    .selectAll()
    .where('product_id', '=', productId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  const personas = await db
    .selectFrom('personas')
    .select(['id', 'segment_id'])
    .where('product_id', '=', productId)
    .where('segment_id', 'is not', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  return rows.map((row) =>
    toSegment(
      row,
      personas.filter((p) => p.segment_id === row.id).map((p) => p.id)
    )
  )
}

async function getSegment(db: Db, id: number): Promise<Segment> {
  const row = await getSegmentRow(db, id)
  return (await listSegments(db, row.product_id)).find((segment) => segment.id === id)!
}

export async function createSegment(
  db: Db,
  input: ParsedInput<'discovery.segments.create'>,
  now: Date
): Promise<Segment> {
  return inTransaction(db, async (trx) => {
    await checkNameFree(trx, input.productId, input.name, 'name')
    const stamp = now.toISOString()
    const row = await trx
      .insertInto('customer_segments')
      .values({
        product_id: input.productId,
        ...segmentColumns.write({ ...input, createdAt: stamp, updatedAt: stamp })
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    return toSegment(row, [])
  })
}

export async function updateSegment(
  db: Db,
  { id, patch }: ParsedInput<'discovery.segments.update'>,
  now: Date
): Promise<Segment> {
  return inTransaction(db, async (trx) => {
    const row = await getSegmentRow(trx, id)
    if (patch.name !== undefined) await checkNameFree(trx, row.product_id, patch.name, 'patch.name', id)
    await trx
      .updateTable('customer_segments')
      .set(segmentColumns.patch({ ...patch, updatedAt: now.toISOString() }))
      .where('id', '=', id)
      .execute()
    return getSegment(trx, id)
  })
}

export async function deleteSegment(db: Db, id: number): Promise<{ deleted: number }> {
  await getSegmentRow(db, id)
  await db.deleteFrom('customer_segments').where('id', '=', id).execute()
  return { deleted: id }
}
