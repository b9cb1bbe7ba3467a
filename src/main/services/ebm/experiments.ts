import { ApiError, type FieldIssue, type ParsedInput } from '@shared/api'
import type { Experiment } from '@shared/api/methods/ebm'
import { evaluateExperiment, hypothesisSentence } from '@shared/domain/ebm'
import { inTransaction, type Db, type ServiceDeps } from '../deps'
import { getProduct } from '../products/service'
import { experimentColumns } from './columns'
import { isoDay, listMeasureRows, loadValues } from './store'

type Links = { measureId?: number; goalId?: number | null; itemIds?: readonly number[] }

async function getExperimentRow(db: Db, id: number) {
  const row = await db.selectFrom('ebm_experiments').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw new ApiError('not_found', `There is no experiment with id ${id}.`)
  return row
}

/** The measure, goal and backlog items must belong to the experiment's product (items: not deleted). */
async function checkLinks(db: Db, productId: number, links: Links, prefix: string): Promise<void> {
  const issues: FieldIssue[] = []
  if (links.measureId !== undefined) {
    const found = await db
      .selectFrom('ebm_measures')
      .select('id')
      .where('id', '=', links.measureId)
      .where('product_id', '=', productId)
      .executeTakeFirst()
    if (!found) issues.push({ path: `${prefix}measureId`, message: 'Not a measure of this product' })
  }
  if (links.goalId !== undefined && links.goalId !== null) {
    const found = await db
      .selectFrom('ebm_goals')
      .select('id')
      .where('id', '=', links.goalId)
      .where('product_id', '=', productId)
      .executeTakeFirst()
    if (!found) issues.push({ path: `${prefix}goalId`, message: 'Not a goal of this product' })
  }
  if (links.itemIds && links.itemIds.length > 0) {
    const found = new Set(
      (
        await db
          .selectFrom('backlog_items')
          .select('id')
          .where('id', 'in', [...links.itemIds])
          .where('product_id', '=', productId)
          .where('deleted_at', 'is', null)
          .execute()
      ).map((r) => r.id)
    )
    links.itemIds.forEach((itemId, i) => {
      if (!found.has(itemId))
        issues.push({ path: `${prefix}itemIds.${i}`, message: `No backlog item ${itemId} in this product` })
    })
  }
  if (issues.length > 0)
    throw new ApiError('invalid_input', 'The experiment refers to something that is not in this product.', issues)
}

async function replaceItems(trx: Db, experimentId: number, itemIds: readonly number[]): Promise<void> {
  await trx.deleteFrom('ebm_experiment_items').where('experiment_id', '=', experimentId).execute()
  const unique = [...new Set(itemIds)]
  if (unique.length > 0)
    await trx
      .insertInto('ebm_experiment_items')
      .values(unique.map((item_id) => ({ experiment_id: experimentId, item_id })))
      .execute()
}

/** A product's experiments, newest first, each read against its measure's values. */
export async function listExperiments(db: Db, productId: number, now: Date): Promise<Experiment[]> {
  const rows = await db
    .selectFrom('ebm_experiments')
    .selectAll()
    .where('product_id', '=', productId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute()
  if (rows.length === 0) return []
  const links = await db
    .selectFrom('ebm_experiment_items as l')
    .innerJoin('backlog_items as i', 'i.id', 'l.item_id')
    .select(['l.experiment_id', 'l.item_id'])
    .where('i.product_id', '=', productId)
    .where('i.deleted_at', 'is', null)
    .orderBy('l.item_id')
    .execute()
  const assumptions = await db
    .selectFrom('assumptions')
    .select(['id', 'statement', 'experiment_id'])
    .where('product_id', '=', productId)
    .where('experiment_id', 'is not', null)
    .execute()
  const measures = await listMeasureRows(db, productId)
  const used = new Set(rows.map((r) => r.measure_id))
  const values = await loadValues(
    db,
    productId,
    measures.filter((m) => used.has(m.id)),
    now
  )
  const measureById = new Map(measures.map((m) => [m.id, m]))
  const today = isoDay(now)
  return rows.map((row): Experiment => {
    const measure = measureById.get(row.measure_id)!
    const experiment = experimentColumns.read(row)
    return {
      id: row.id,
      productId: row.product_id,
      goalId: row.goal_id,
      ...experiment,
      measureId: measure.id,
      measureName: measure.name,
      hypothesis: hypothesisSentence({ ...experiment, measureName: measure.name, unit: measure.unit }),
      itemIds: links.filter((l) => l.experiment_id === row.id).map((l) => l.item_id),
      evaluation: evaluateExperiment({
        ...experiment,
        direction: measure.direction,
        unit: measure.unit,
        values: values.get(measure.id)!,
        today
      }),
      assumption:
        assumptions.filter((a) => a.experiment_id === row.id).map((a) => ({ id: a.id, statement: a.statement }))[0] ??
        null
    }
  })
}

export function createExperimentService({ db, now }: ServiceDeps) {
  const one = async (productId: number, id: number): Promise<Experiment> =>
    (await listExperiments(db, productId, now())).find((e) => e.id === id)!

  return {
    async list(productId: number): Promise<Experiment[]> {
      await getProduct(db, productId)
      return listExperiments(db, productId, now())
    },

    async create(input: ParsedInput<'ebm.experiments.create'>): Promise<Experiment> {
      await getProduct(db, input.productId)
      if (input.status === 'concluded') throw concludeByDeciding('status')
      await checkLinks(db, input.productId, input, '')
      const stamp = now().toISOString()
      const id = await inTransaction(db, async (trx) => {
        const { id } = await trx
          .insertInto('ebm_experiments')
          .values({
            product_id: input.productId,
            goal_id: input.goalId,
            measure_id: input.measureId,
            ...experimentColumns.write({
              ...input,
              decision: null,
              decisionNotes: '',
              decidedAt: null,
              createdAt: stamp,
              updatedAt: stamp
            })
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        await replaceItems(trx, id, input.itemIds)
        return id
      })
      return one(input.productId, id)
    },

    /** Setting the status back to planned or running reopens a concluded experiment and clears its decision. */
    async update({ id, patch }: ParsedInput<'ebm.experiments.update'>): Promise<Experiment> {
      const row = await getExperimentRow(db, id)
      if (patch.status === 'concluded') throw concludeByDeciding('patch.status')
      await checkLinks(db, row.product_id, patch, 'patch.')
      const reopen = patch.status !== undefined && row.status === 'concluded'
      await inTransaction(db, async (trx) => {
        await trx
          .updateTable('ebm_experiments')
          .set({
            goal_id: patch.goalId,
            measure_id: patch.measureId,
            ...experimentColumns.patch({
              ...patch,
              ...(reopen && { decision: null, decidedAt: null }),
              updatedAt: now().toISOString()
            })
          })
          .where('id', '=', id)
          .execute()
        if (patch.itemIds) await replaceItems(trx, id, patch.itemIds)
      })
      return one(row.product_id, id)
    },

    async decide({ id, decision, notes }: ParsedInput<'ebm.experiments.decide'>): Promise<Experiment> {
      const row = await getExperimentRow(db, id)
      const stamp = now().toISOString()
      await db
        .updateTable('ebm_experiments')
        .set(
          experimentColumns.patch({
            decision,
            decidedAt: decision === null ? null : stamp,
            decisionNotes: notes,
            status: decision === null ? 'running' : 'concluded',
            updatedAt: stamp
          })
        )
        .where('id', '=', id)
        .execute()
      return one(row.product_id, id)
    },

    async remove(id: number): Promise<{ deleted: number }> {
      await getExperimentRow(db, id)
      await db.deleteFrom('ebm_experiments').where('id', '=', id).execute()
      return { deleted: id }
    }
  }
}

function concludeByDeciding(path: string): ApiError {
  return new ApiError(
    'invalid_input',
    'An experiment is concluded by recording its decision (persevere, pivot or stop).',
    [{ path, message: 'Record a decision to conclude the experiment' }]
  )
}
