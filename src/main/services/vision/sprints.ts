import type { Selectable } from 'kysely'
import { ApiError, type ParsedInput } from '@shared/api'
import type { Sprint, SprintStats } from '@shared/api/methods/sprints'
import { sprintOutcomeStats, sprintProblems, type SprintDates } from '@shared/domain/vision'
import type { Database } from '../../db/schema'
import { inTransaction, type Db } from '../deps'
import { checkItemsInProduct, linkedItemIds } from '../backlog/item-references'
import { requireTeamOfProduct } from '../teams/service'
import { sprintColumns } from './columns'
import { checkGoalInProduct } from './goals'

export type SprintRow = Selectable<Database['sprints']>

function toSprint(row: SprintRow, itemIds: number[]): Sprint {
  return {
    id: row.id,
    productId: row.product_id,
    ...sprintColumns.read(row),
    productGoalId: row.product_goal_id,
    teamId: row.team_id,
    itemIds
  }
}

export async function getSprintRow(db: Db, id: number, path = 'id'): Promise<SprintRow> {
  const row = await db.selectFrom('sprints').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw new ApiError('not_found', `There is no Sprint with id ${id}.`, [{ path, message: `No Sprint ${id}` }])
  return row
}

export async function getSprint(db: Db, id: number, path = 'id'): Promise<Sprint> {
  const row = await getSprintRow(db, id, path)
  return toSprint(row, (await linkedItemIds(db, 'sprint', row.product_id)).get(id) ?? [])
}

export async function listSprints(db: Db, productId: number): Promise<Sprint[]> {
  const rows = await db
    .selectFrom('sprints')
    .selectAll()
    .where('product_id', '=', productId)
    .orderBy('start_date')
    .orderBy('id')
    .execute()
  const links = await linkedItemIds(db, 'sprint', productId)
  return rows.map((row) => toSprint(row, links.get(row.id) ?? []))
}

/**
 * Refuses a Sprint that breaks a Scrum rule, with every reason and its source. An update is checked
 * only when it changes the dates, the goal or the team, so a Sprint entered before these rules can still have
 * its outcome and review notes recorded.
 */
async function requireSprintRules(
  trx: Db,
  productId: number,
  sprint: SprintDates,
  exceptId: number | null,
  now: Date,
  prefix: string
): Promise<void> {
  const others = await trx
    .selectFrom('sprints')
    .select(['id', 'name', 'start_date', 'end_date', 'team_id'])
    .where('product_id', '=', productId)
    .$if(exceptId !== null, (q) => q.where('id', '!=', exceptId!))
    .execute()
  const problems = sprintProblems(
    sprint,
    others.map((row) => ({
      id: row.id,
      name: row.name,
      startDate: row.start_date,
      endDate: row.end_date,
      teamId: row.team_id
    })),
    now.toISOString().slice(0, 10)
  )
  if (problems.length > 0) {
    throw new ApiError(
      'invalid_input',
      problems.map((p) => p.message).join(' '),
      problems.map((p) => ({ path: `${prefix}${p.field}`, message: p.message }))
    )
  }
}

async function replaceItems(trx: Db, sprintId: number, itemIds: readonly number[]): Promise<void> {
  await trx.deleteFrom('sprint_items').where('sprint_id', '=', sprintId).execute()
  if (itemIds.length > 0)
    await trx
      .insertInto('sprint_items')
      .values(itemIds.map((item_id) => ({ sprint_id: sprintId, item_id })))
      .execute()
}

export async function createSprint(db: Db, input: ParsedInput<'sprints.create'>, now: Date): Promise<Sprint> {
  return inTransaction(db, async (trx) => {
    await requireTeamOfProduct(trx, input.productId, input.teamId, 'teamId')
    await requireSprintRules(trx, input.productId, input, null, now, '')
    await checkGoalInProduct(trx, input.productId, input.productGoalId, 'productGoalId')
    await checkItemsInProduct(trx, input.productId, input.itemIds, 'itemIds')
    const stamp = now.toISOString()
    const { id } = await trx
      .insertInto('sprints')
      .values({
        product_id: input.productId,
        ...sprintColumns.write({ ...input, outcome: null, reviewNotes: '', createdAt: stamp, updatedAt: stamp }),
        product_goal_id: input.productGoalId,
        team_id: input.teamId
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await replaceItems(trx, id, input.itemIds)
    return getSprint(trx, id)
  })
}

export async function updateSprint(db: Db, { id, patch }: ParsedInput<'sprints.update'>, now: Date): Promise<Sprint> {
  return inTransaction(db, async (trx) => {
    const row = await getSprintRow(trx, id)
    const start = patch.startDate ?? row.start_date
    const end = patch.endDate ?? row.end_date
    await requireTeamOfProduct(trx, row.product_id, patch.teamId, 'patch.teamId')
    if (
      patch.startDate !== undefined ||
      patch.endDate !== undefined ||
      patch.goal !== undefined ||
      patch.teamId !== undefined
    ) {
      const teamId = patch.teamId !== undefined ? patch.teamId : row.team_id
      await requireSprintRules(
        trx,
        row.product_id,
        { startDate: start, endDate: end, goal: patch.goal ?? row.goal, teamId },
        id,
        now,
        'patch.'
      )
    }
    await checkGoalInProduct(trx, row.product_id, patch.productGoalId, 'patch.productGoalId')
    if (patch.itemIds) {
      await checkItemsInProduct(trx, row.product_id, patch.itemIds, 'patch.itemIds')
      await replaceItems(trx, id, patch.itemIds)
    }
    await trx
      .updateTable('sprints')
      .set({
        ...sprintColumns.patch({ ...patch, startDate: start, endDate: end, updatedAt: now.toISOString() }),
        ...(patch.productGoalId !== undefined && { product_goal_id: patch.productGoalId }),
        ...(patch.teamId !== undefined && { team_id: patch.teamId })
      })
      .where('id', '=', id)
      .execute()
    return getSprint(trx, id)
  })
}

export async function deleteSprint(db: Db, id: number): Promise<{ deleted: number }> {
  await getSprintRow(db, id)
  await db.deleteFrom('sprints').where('id', '=', id).execute()
  return { deleted: id }
}

export async function sprintStats(db: Db, productId: number): Promise<SprintStats> {
  const rows = await db
    .selectFrom('sprints')
    .select(['id', 'name', 'end_date', 'outcome'])
    .where('product_id', '=', productId)
    .where('outcome', 'is not', null)
    .execute()
  return sprintOutcomeStats(
    rows.map((row) => ({ id: row.id, name: row.name, endDate: row.end_date, outcome: row.outcome! }))
  )
}
