import type { Selectable } from 'kysely'
import { ApiError, type ParsedInput } from '@shared/api'
import type { Assumption, AssumptionMap } from '@shared/api/methods/discovery'
import type { Experiment } from '@shared/api/methods/ebm'
import { quadrantOf, rankAssumptions, riskiestUntested, riskScore } from '@shared/domain/discovery'
import type { Database } from '../../db/schema'
import { inTransaction, type Db, type ServiceDeps } from '../deps'
import { createExperimentService, listExperiments } from '../ebm/experiments'
import { assumptionColumns } from './columns'

type AssumptionRow = Selectable<Database['assumptions']>

function toAssumption(
  row: AssumptionRow,
  experiments: ReadonlyMap<number, Experiment>,
  interviewIds: number[]
): Assumption {
  const experiment = row.experiment_id === null ? undefined : experiments.get(row.experiment_id)
  return {
    id: row.id,
    productId: row.product_id,
    ...assumptionColumns.read(row),
    quadrant: quadrantOf(row.importance, row.evidence),
    riskScore: riskScore(row.importance, row.evidence),
    experiment: experiment
      ? {
          id: experiment.id,
          title: experiment.title,
          hypothesis: experiment.hypothesis,
          status: experiment.status,
          decision: experiment.decision
        }
      : null,
    interviewIds
  }
}

async function getAssumptionRow(db: Db, id: number): Promise<AssumptionRow> {
  const row = await db.selectFrom('assumptions').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row)
    throw new ApiError('not_found', `There is no assumption with id ${id}.`, [
      { path: 'id', message: `No assumption ${id}` }
    ])
  return row
}

async function loadAssumptions(db: Db, productId: number, now: Date): Promise<Assumption[]> {
  const rows = await db
    .selectFrom('assumptions')
    .selectAll()
    .where('product_id', '=', productId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  if (rows.length === 0) return []
  const experiments = rows.some((r) => r.experiment_id !== null)
    ? new Map((await listExperiments(db, productId, now)).map((e) => [e.id, e]))
    : new Map<number, Experiment>()
  const links = await db
    .selectFrom('interview_assumptions as l')
    .innerJoin('interviews as i', 'i.id', 'l.interview_id')
    .select(['l.assumption_id', 'l.interview_id'])
    .where('i.product_id', '=', productId)
    .orderBy('i.held_on', 'desc')
    .orderBy('i.id', 'desc')
    .execute()
  return rows.map((row) =>
    toAssumption(
      row,
      experiments,
      links.filter((l) => l.assumption_id === row.id).map((l) => l.interview_id)
    )
  )
}

export async function assumptionMap(db: Db, productId: number, now: Date): Promise<AssumptionMap> {
  const assumptions = rankAssumptions(await loadAssumptions(db, productId, now))
  const riskiest = riskiestUntested(assumptions, (a) => a.experiment !== null)
  return { assumptions, riskiestId: riskiest?.id ?? null }
}

async function getAssumption(db: Db, id: number, now: Date): Promise<Assumption> {
  const row = await getAssumptionRow(db, id)
  return (await loadAssumptions(db, row.product_id, now)).find((a) => a.id === id)!
}

export async function createAssumption(
  db: Db,
  input: ParsedInput<'discovery.assumptions.create'>,
  now: Date
): Promise<Assumption> {
  const stamp = now.toISOString()
  const { id } = await db
    .insertInto('assumptions')
    .values({
      product_id: input.productId,
      ...assumptionColumns.write({ ...input, createdAt: stamp, updatedAt: stamp }),
      experiment_id: null
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return getAssumption(db, id, now)
}

export async function updateAssumption(
  db: Db,
  { id, patch }: ParsedInput<'discovery.assumptions.update'>,
  now: Date
): Promise<Assumption> {
  await getAssumptionRow(db, id)
  await db
    .updateTable('assumptions')
    .set(assumptionColumns.patch({ ...patch, updatedAt: now.toISOString() }))
    .where('id', '=', id)
    .execute()
  return getAssumption(db, id, now)
}

export async function deleteAssumption(db: Db, id: number): Promise<{ deleted: number }> {
  await getAssumptionRow(db, id)
  await db.deleteFrom('assumptions').where('id', '=', id).execute()
  return { deleted: id }
}

/**
 * Creates the experiment through the EBM service (so it is checked as any new experiment is) and
 * ties the assumption to it, in one transaction: either both happen or neither.
 */
export async function promoteAssumption(
  { db, now }: ServiceDeps,
  { id, title, ...hypothesis }: ParsedInput<'discovery.assumptions.promote'>
): Promise<{ assumption: Assumption; experiment: Experiment }> {
  return inTransaction(db, async (trx) => {
    const row = await getAssumptionRow(trx, id)
    if (row.experiment_id !== null) {
      throw new ApiError(
        'conflict',
        'This assumption is tested by an experiment already; open it in Evidence-Based Management.',
        [{ path: 'id', message: 'Already has an experiment' }]
      )
    }
    const created = await createExperimentService({ db: trx, now }).create({
      productId: row.product_id,
      title: title ?? row.statement.slice(0, 200),
      ...hypothesis
    })
    await trx
      .updateTable('assumptions')
      .set({ experiment_id: created.id, ...assumptionColumns.patch({ updatedAt: now().toISOString() }) })
      .where('id', '=', id)
      .execute()
    const experiment = (await listExperiments(trx, row.product_id, now())).find((e) => e.id === created.id)!
    return { assumption: await getAssumption(trx, id, now()), experiment }
  })
}
