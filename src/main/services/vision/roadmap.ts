import type { Selectable } from 'kysely'
import { ApiError, type FieldIssue, type ParsedInput } from '@shared/api'
import type { Roadmap, RoadmapBoard, RoadmapRow } from '@shared/api/methods/roadmap'
import { ROADMAP_COLUMNS, duplicateOnBoard, roadmapRowWarnings } from '@shared/domain/vision'
import type { Database } from '../../db/schema'
import { inTransaction, type Db } from '../deps'
import { placementColumns, roadmapRowColumns } from './columns'
import { checkGoalInProduct } from './goals'

type RowRow = Selectable<Database['roadmap_rows']>

function toRow(row: RowRow): RoadmapRow {
  const fields = roadmapRowColumns.read(row)
  return {
    id: row.id,
    productId: row.product_id,
    ...fields,
    productGoalId: row.product_goal_id,
    warnings: roadmapRowWarnings(fields)
  }
}

async function getRowRow(db: Db, id: number): Promise<RowRow> {
  const row = await db.selectFrom('roadmap_rows').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row)
    throw new ApiError('not_found', `There is no roadmap row with id ${id}.`, [
      { path: 'id', message: `No roadmap row ${id}` }
    ])
  return row
}

export async function getRoadmap(db: Db, productId: number): Promise<Roadmap> {
  const placements = await db
    .selectFrom('roadmap_placements')
    .select(['goal_id', 'horizon'])
    .where('product_id', '=', productId)
    .orderBy('position')
    .execute()
  const board: RoadmapBoard = { now: [], next: [], later: [] }
  for (const placement of placements) board[placement.horizon].push(placement.goal_id)
  const rows = await db
    .selectFrom('roadmap_rows')
    .selectAll()
    .where('product_id', '=', productId)
    .orderBy('position')
    .orderBy('id')
    .execute()
  return { productId, board, rows: rows.map(toRow) }
}

export async function setBoard(db: Db, productId: number, board: RoadmapBoard): Promise<Roadmap> {
  const twice = duplicateOnBoard(board)
  if (twice !== null) {
    throw new ApiError('invalid_input', 'A goal sits in one column of the roadmap at a time.', [
      { path: 'board', message: `Product Goal ${twice} is placed more than once` }
    ])
  }
  return inTransaction(db, async (trx) => {
    const placed = ROADMAP_COLUMNS.flatMap((horizon) =>
      board[horizon].map((goalId, position) => ({ goalId, horizon, position }))
    )
    const known = new Set(
      (await trx.selectFrom('product_goals').select('id').where('product_id', '=', productId).execute()).map(
        (row) => row.id
      )
    )
    const issues: FieldIssue[] = placed
      .filter(({ goalId }) => !known.has(goalId))
      .map(({ goalId, horizon, position }) => ({
        path: `board.${horizon}.${position}`,
        message: `No Product Goal ${goalId} in this product`
      }))
    if (issues.length > 0)
      throw new ApiError('invalid_input', 'The roadmap can only hold this product’s goals.', issues)
    await trx.deleteFrom('roadmap_placements').where('product_id', '=', productId).execute()
    if (placed.length > 0) {
      await trx
        .insertInto('roadmap_placements')
        .values(
          placed.map(({ goalId, ...placement }) => ({
            goal_id: goalId,
            product_id: productId,
            ...placementColumns.write(placement)
          }))
        )
        .execute()
    }
    return getRoadmap(trx, productId)
  })
}

export async function createRow(db: Db, input: ParsedInput<'roadmap.rows.create'>): Promise<RoadmapRow> {
  return inTransaction(db, async (trx) => {
    await checkGoalInProduct(trx, input.productId, input.productGoalId, 'productGoalId')
    const last = await trx
      .selectFrom('roadmap_rows')
      .select((eb) => eb.fn.max('position').as('position'))
      .where('product_id', '=', input.productId)
      .executeTakeFirst()
    const row = await trx
      .insertInto('roadmap_rows')
      .values({
        product_id: input.productId,
        ...roadmapRowColumns.write({
          ...input,
          position: last?.position === null || last?.position === undefined ? 0 : last.position + 1
        }),
        product_goal_id: input.productGoalId
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    return toRow(row)
  })
}

export async function updateRow(db: Db, { id, patch }: ParsedInput<'roadmap.rows.update'>): Promise<RoadmapRow> {
  return inTransaction(db, async (trx) => {
    const row = await getRowRow(trx, id)
    await checkGoalInProduct(trx, row.product_id, patch.productGoalId, 'patch.productGoalId')
    const changes = {
      ...roadmapRowColumns.patch(patch),
      ...(patch.productGoalId !== undefined && { product_goal_id: patch.productGoalId })
    }
    // An empty patch changes nothing, as everywhere in the API (and SQL has no UPDATE without SET).
    if (Object.keys(changes).length === 0) return toRow(row)
    const updated = await trx
      .updateTable('roadmap_rows')
      .set(changes)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow()
    return toRow(updated)
  })
}

export async function deleteRow(db: Db, id: number): Promise<{ deleted: number }> {
  await getRowRow(db, id)
  await db.deleteFrom('roadmap_rows').where('id', '=', id).execute()
  return { deleted: id }
}

export async function reorderRows(db: Db, productId: number, ids: readonly number[]): Promise<Roadmap> {
  return inTransaction(db, async (trx) => {
    const current = (
      await trx.selectFrom('roadmap_rows').select('id').where('product_id', '=', productId).execute()
    ).map((row) => row.id)
    const same =
      ids.length === current.length && new Set(ids).size === ids.length && ids.every((id) => current.includes(id))
    if (!same) {
      throw new ApiError('invalid_input', 'List every roadmap row of the product once, in the new order.', [
        { path: 'ids', message: `Expected the ${current.length} row ids of this product, each once` }
      ])
    }
    for (const [position, id] of ids.entries())
      await trx.updateTable('roadmap_rows').set(roadmapRowColumns.patch({ position })).where('id', '=', id).execute()
    return getRoadmap(trx, productId)
  })
}
