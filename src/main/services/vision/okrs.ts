import type { Selectable } from 'kysely'
import { ApiError, type FieldIssue, type ParsedInput } from '@shared/api'
import type { Objective } from '@shared/api/methods/okrs'
import { keyResultProgress, objectiveProgress } from '@shared/domain/vision'
import type { Database } from '../../db/schema'
import { inTransaction, type Db } from '../deps'
import { keyResultColumns, objectiveColumns } from './columns'
import { checkGoalInProduct } from './goals'

type ObjectiveRow = Selectable<Database['okr_objectives']>
type KeyResultRow = Selectable<Database['okr_key_results']>
type KeyResultInput = ParsedInput<'okrs.create'>['keyResults'][number]

function toObjective(row: ObjectiveRow, keyResults: KeyResultRow[]): Objective {
  return {
    id: row.id,
    productId: row.product_id,
    ...objectiveColumns.read(row),
    goalId: row.goal_id,
    keyResults: keyResults.map((kr) => {
      // The API gives key results in order, without their position.
      const { position: _position, ...fields } = keyResultColumns.read(kr)
      return { id: kr.id, ...fields, progress: keyResultProgress(kr) }
    }),
    progress: objectiveProgress(keyResults)
  }
}

async function getObjectiveRow(db: Db, id: number): Promise<ObjectiveRow> {
  const row = await db.selectFrom('okr_objectives').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row)
    throw new ApiError('not_found', `There is no objective with id ${id}.`, [
      { path: 'id', message: `No objective ${id}` }
    ])
  return row
}

async function withKeyResults(db: Db, rows: ObjectiveRow[]): Promise<Objective[]> {
  if (rows.length === 0) return []
  const keyResults = await db
    .selectFrom('okr_key_results')
    .selectAll()
    .where(
      'objective_id',
      'in',
      rows.map((row) => row.id)
    )
    .orderBy('objective_id')
    .orderBy('position')
    .execute()
  return rows.map((row) =>
    toObjective(
      row,
      keyResults.filter((kr) => kr.objective_id === row.id)
    )
  )
}

export async function listObjectives(db: Db, productId: number): Promise<Objective[]> {
  return withKeyResults(
    db,
    await db
      .selectFrom('okr_objectives')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('created_at')
      .orderBy('id')
      .execute()
  )
}

async function getObjective(db: Db, id: number): Promise<Objective> {
  return (await withKeyResults(db, [await getObjectiveRow(db, id)]))[0]!
}

/** Replaces an objective's key results; given ids must be its own and are kept, the rest are new. */
async function replaceKeyResults(
  trx: Db,
  objectiveId: number,
  keyResults: readonly KeyResultInput[],
  path: string
): Promise<void> {
  const existing = new Set(
    (await trx.selectFrom('okr_key_results').select('id').where('objective_id', '=', objectiveId).execute()).map(
      (row) => row.id
    )
  )
  const issues: FieldIssue[] = []
  keyResults.forEach((kr, i) => {
    if (kr.id !== undefined && !existing.has(kr.id))
      issues.push({ path: `${path}.${i}.id`, message: `Key result ${kr.id} is not part of this objective` })
  })
  if (issues.length > 0) throw new ApiError('invalid_input', 'A key result belongs to another objective.', issues)
  const kept = keyResults.flatMap((kr) => (kr.id === undefined ? [] : [kr.id]))
  let removal = trx.deleteFrom('okr_key_results').where('objective_id', '=', objectiveId)
  if (kept.length > 0) removal = removal.where('id', 'not in', kept)
  await removal.execute()
  for (const [position, kr] of keyResults.entries()) {
    const values = keyResultColumns.write({ ...kr, position })
    if (kr.id === undefined)
      await trx
        .insertInto('okr_key_results')
        .values({ objective_id: objectiveId, ...values })
        .execute()
    else await trx.updateTable('okr_key_results').set(values).where('id', '=', kr.id).execute()
  }
}

export async function createObjective(db: Db, input: ParsedInput<'okrs.create'>, now: Date): Promise<Objective> {
  return inTransaction(db, async (trx) => {
    await checkGoalInProduct(trx, input.productId, input.goalId, 'goalId')
    const stamp = now.toISOString()
    const { id } = await trx
      .insertInto('okr_objectives')
      .values({
        product_id: input.productId,
        ...objectiveColumns.write({ ...input, createdAt: stamp, updatedAt: stamp }),
        goal_id: input.goalId
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await replaceKeyResults(trx, id, input.keyResults, 'keyResults')
    return getObjective(trx, id)
  })
}

export async function updateObjective(
  db: Db,
  { id, patch }: ParsedInput<'okrs.update'>,
  now: Date
): Promise<Objective> {
  return inTransaction(db, async (trx) => {
    const row = await getObjectiveRow(trx, id)
    await checkGoalInProduct(trx, row.product_id, patch.goalId, 'patch.goalId')
    if (patch.keyResults) await replaceKeyResults(trx, id, patch.keyResults, 'patch.keyResults')
    await trx
      .updateTable('okr_objectives')
      .set({
        ...objectiveColumns.patch({ ...patch, updatedAt: now.toISOString() }),
        ...(patch.goalId !== undefined && { goal_id: patch.goalId })
      })
      .where('id', '=', id)
      .execute()
    return getObjective(trx, id)
  })
}

export async function deleteObjective(db: Db, id: number): Promise<{ deleted: number }> {
  await getObjectiveRow(db, id)
  await db.deleteFrom('okr_objectives').where('id', '=', id).execute()
  return { deleted: id }
}
