import type { Selectable } from 'kysely'
import { ApiError, type ParsedInput } from '@shared/api'
import type { Competitor, CompetitorBoard, Criterion } from '@shared/api/methods/strategy'
import { comparisonTotals } from '@shared/domain/strategy'
import type { Database } from '../../db/schema'
import type { Db } from '../deps'
import { getProduct } from '../products/service'
import { nextPosition } from '../position'
import { competitorColumns, criterionColumns, scoreColumns, unplaced } from './columns'
import { uniqueName } from './unique-name'

/**
 * Competitors and the criteria the product is compared with them on. Names are unique per product
 * whatever their case, since they head the rows and columns of one comparison table.
 */

type CompetitorRow = Selectable<Database['competitors']>
type CriterionRow = Selectable<Database['competitor_criteria']>

/** The contract shows a criterion without its creation time, which only the product file keeps. */
function toCriterion(row: CriterionRow): Criterion {
  const { name, weight, ownScore } = criterionColumns.read(row)
  return { id: row.id, productId: row.product_id, name, weight, ownScore }
}

/** A product's criteria in list order. */
export async function criterionRows(db: Db, productId: number): Promise<CriterionRow[]> {
  return db
    .selectFrom('competitor_criteria')
    .selectAll()
    .where('product_id', '=', productId)
    .orderBy('position')
    .orderBy('id')
    .execute()
}

/** A product's competitors in list order. */
export async function competitorRows(db: Db, productId: number): Promise<CompetitorRow[]> {
  return db
    .selectFrom('competitors')
    .selectAll()
    .where('product_id', '=', productId)
    .orderBy('position')
    .orderBy('id')
    .execute()
}

/** The scores given to these competitors, in one query. */
export async function scoreRows(db: Db, competitors: readonly { id: number }[]) {
  return competitors.length === 0
    ? []
    : db
        .selectFrom('competitor_scores')
        .selectAll()
        .where(
          'competitor_id',
          'in',
          competitors.map((c) => c.id)
        )
        .execute()
}

async function toCompetitors(
  db: Db,
  rows: readonly CompetitorRow[],
  criteria: readonly CriterionRow[]
): Promise<Competitor[]> {
  const scores = await scoreRows(db, rows)
  const order = new Map(criteria.map((c, index) => [c.id, index]))
  return rows.map((row) => ({
    id: row.id,
    productId: row.product_id,
    ...unplaced(competitorColumns.read(row)),
    scores: scores
      .filter((s) => s.competitor_id === row.id)
      .sort((a, b) => order.get(a.criterion_id)! - order.get(b.criterion_id)!)
      .map((s) => ({ criterionId: s.criterion_id, ...scoreColumns.read(s) }))
  }))
}

async function competitorRow(db: Db, id: number, path = 'id'): Promise<CompetitorRow> {
  const row = await db.selectFrom('competitors').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row)
    throw new ApiError('not_found', `There is no competitor with id ${id}.`, [{ path, message: `No competitor ${id}` }])
  return row
}

async function criterionRow(db: Db, id: number, path = 'id'): Promise<CriterionRow> {
  const row = await db.selectFrom('competitor_criteria').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row)
    throw new ApiError('not_found', `There is no criterion with id ${id}.`, [{ path, message: `No criterion ${id}` }])
  return row
}

async function getCompetitor(db: Db, id: number): Promise<Competitor> {
  const row = await competitorRow(db, id)
  const [competitor] = await toCompetitors(db, [row], await criterionRows(db, row.product_id))
  return competitor!
}

export async function competitorBoard(db: Db, productId: number): Promise<CompetitorBoard> {
  const product = await getProduct(db, productId)
  const criteria = await criterionRows(db, productId)
  const competitors = await toCompetitors(db, await competitorRows(db, productId), criteria)
  const own = {
    id: null,
    name: product.name,
    scores: Object.fromEntries(criteria.filter((c) => c.own_score !== null).map((c) => [c.id, c.own_score!]))
  }
  const { totals, leaders } = comparisonTotals(
    criteria.map((c) => ({ id: c.id, name: c.name, weight: c.weight })),
    [
      own,
      ...competitors.map((c) => ({
        id: c.id,
        name: c.name,
        scores: Object.fromEntries(c.scores.map((s) => [s.criterionId, s.score]))
      }))
    ]
  )
  return { productId, productName: product.name, competitors, criteria: criteria.map(toCriterion), totals, leaders }
}

export async function createCompetitor(
  db: Db,
  { productId, ...fields }: ParsedInput<'strategy.competitors.create'>,
  now: Date
): Promise<Competitor> {
  const stamp = now.toISOString()
  const position = await nextPosition(db, 'competitors', productId)
  const { id } = await uniqueName('competitor', fields.name, () =>
    db
      .insertInto('competitors')
      .values({
        product_id: productId,
        ...competitorColumns.write({ ...fields, position, createdAt: stamp, updatedAt: stamp })
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  )
  return getCompetitor(db, id)
}

export async function updateCompetitor(
  db: Db,
  { id, patch }: ParsedInput<'strategy.competitors.update'>,
  now: Date
): Promise<Competitor> {
  await competitorRow(db, id)
  await uniqueName('competitor', patch.name, () =>
    db
      .updateTable('competitors')
      .set({ ...competitorColumns.patch(patch), updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute()
  )
  return getCompetitor(db, id)
}

export async function deleteCompetitor(db: Db, id: number): Promise<{ deleted: number }> {
  await competitorRow(db, id)
  await db.deleteFrom('competitors').where('id', '=', id).execute()
  return { deleted: id }
}

export async function createCriterion(
  db: Db,
  { productId, name, weight }: ParsedInput<'strategy.criteria.create'>,
  now: Date
): Promise<Criterion> {
  const position = await nextPosition(db, 'competitor_criteria', productId)
  const { id } = await uniqueName('criterion', name, () =>
    db
      .insertInto('competitor_criteria')
      .values({
        product_id: productId,
        ...criterionColumns.write({ name, weight, ownScore: null, position, createdAt: now.toISOString() })
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  )
  return toCriterion(await criterionRow(db, id))
}

export async function updateCriterion(
  db: Db,
  { id, patch }: ParsedInput<'strategy.criteria.update'>
): Promise<Criterion> {
  await criterionRow(db, id)
  const values = criterionColumns.patch(patch)
  if (Object.keys(values).length > 0)
    await uniqueName('criterion', patch.name, () =>
      db.updateTable('competitor_criteria').set(values).where('id', '=', id).execute()
    )
  return toCriterion(await criterionRow(db, id))
}

export async function deleteCriterion(db: Db, id: number): Promise<{ deleted: number }> {
  await criterionRow(db, id)
  await db.deleteFrom('competitor_criteria').where('id', '=', id).execute()
  return { deleted: id }
}

export async function setScore(
  db: Db,
  { competitorId, criterionId, score }: ParsedInput<'strategy.scores.set'>,
  now: Date
): Promise<Competitor> {
  const competitor = await competitorRow(db, competitorId, 'competitorId')
  const criterion = await criterionRow(db, criterionId, 'criterionId')
  if (criterion.product_id !== competitor.product_id) {
    throw new ApiError('invalid_input', 'Score a competitor on a criterion of its own product.', [
      { path: 'criterionId', message: 'This criterion belongs to another product' }
    ])
  }
  if (score === null) {
    await db
      .deleteFrom('competitor_scores')
      .where('competitor_id', '=', competitorId)
      .where('criterion_id', '=', criterionId)
      .execute()
  } else {
    const values = scoreColumns.write({ score })
    await db
      .insertInto('competitor_scores')
      .values({ competitor_id: competitorId, criterion_id: criterionId, ...values })
      .onConflict((oc) => oc.columns(['competitor_id', 'criterion_id']).doUpdateSet(values))
      .execute()
  }
  await db.updateTable('competitors').set({ updated_at: now.toISOString() }).where('id', '=', competitorId).execute()
  return getCompetitor(db, competitorId)
}
