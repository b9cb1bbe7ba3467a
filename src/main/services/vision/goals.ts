import type { Selectable } from 'kysely'
import { ApiError, type ParsedInput } from '@shared/api'
import type { Alignment, ProductGoal } from '@shared/api/methods/goals'
import { OPEN_CATEGORIES } from '@shared/domain/backlog'
import { activationBlocker, compareGoals, computeAlignment, endingBlocker, isEnded } from '@shared/domain/vision'
import type { Database } from '../../db/schema'
import { inTransaction, type Db } from '../deps'
import { checkItemsInProduct, linkedItemIds } from '../backlog/item-references'
import { goalColumns } from './columns'

type GoalRow = Selectable<Database['product_goals']>

function toGoal(row: GoalRow, itemIds: number[]): ProductGoal {
  return { id: row.id, productId: row.product_id, ...goalColumns.read(row), itemIds }
}

export async function getGoalRow(db: Db, id: number, path = 'id'): Promise<GoalRow> {
  const row = await db.selectFrom('product_goals').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row)
    throw new ApiError('not_found', `There is no Product Goal with id ${id}.`, [
      { path, message: `No Product Goal ${id}` }
    ])
  return row
}

/** A goal id given with something else of the product (a Sprint, an objective) must be one of its goals. */
export async function checkGoalInProduct(
  db: Db,
  productId: number,
  goalId: number | null | undefined,
  path: string
): Promise<void> {
  if (goalId === null || goalId === undefined) return
  const row = await db
    .selectFrom('product_goals')
    .select('id')
    .where('id', '=', goalId)
    .where('product_id', '=', productId)
    .executeTakeFirst()
  if (!row)
    throw new ApiError('invalid_input', 'That Product Goal is not in this product.', [
      { path, message: `No Product Goal ${goalId} in this product` }
    ])
}

async function goalWithItems(db: Db, row: GoalRow): Promise<ProductGoal> {
  const links = await linkedItemIds(db, 'goal', row.product_id)
  return toGoal(row, links.get(row.id) ?? [])
}

export async function getGoal(db: Db, id: number): Promise<ProductGoal> {
  return goalWithItems(db, await getGoalRow(db, id))
}

export async function listGoals(db: Db, productId: number): Promise<ProductGoal[]> {
  const rows = await db.selectFrom('product_goals').selectAll().where('product_id', '=', productId).execute()
  const links = await linkedItemIds(db, 'goal', productId)
  return rows.map((row) => toGoal(row, links.get(row.id) ?? [])).sort((a, b) => compareGoals(a, b))
}

export async function createGoal(db: Db, input: ParsedInput<'goals.create'>, now: Date): Promise<ProductGoal> {
  const stamp = now.toISOString()
  const row = await db
    .insertInto('product_goals')
    .values({
      product_id: input.productId,
      ...goalColumns.write({
        ...input,
        status: 'draft',
        endReason: null,
        activatedAt: null,
        endedAt: null,
        createdAt: stamp,
        updatedAt: stamp
      })
    })
    .returningAll()
    .executeTakeFirstOrThrow()
  return toGoal(row, [])
}

export async function updateGoal(db: Db, { id, patch }: ParsedInput<'goals.update'>, now: Date): Promise<ProductGoal> {
  await getGoalRow(db, id)
  await db
    .updateTable('product_goals')
    .set(goalColumns.patch({ ...patch, updatedAt: now.toISOString() }))
    .where('id', '=', id)
    .execute()
  return getGoal(db, id)
}

export async function activateGoal(db: Db, id: number, now: Date): Promise<ProductGoal> {
  return inTransaction(db, async (trx) => {
    const goal = await getGoalRow(trx, id)
    const goals = await trx
      .selectFrom('product_goals')
      .select(['id', 'title', 'status'])
      .where('product_id', '=', goal.product_id)
      .execute()
    const blocker = activationBlocker(goal, goals)
    if (blocker) throw new ApiError('conflict', blocker)
    const stamp = now.toISOString()
    await trx
      .updateTable('product_goals')
      .set(goalColumns.patch({ status: 'active', activatedAt: stamp, updatedAt: stamp }))
      .where('id', '=', id)
      .execute()
    return getGoal(trx, id)
  })
}

export async function endGoal(
  db: Db,
  id: number,
  ending: 'achieved' | 'abandoned',
  reason: string,
  now: Date
): Promise<ProductGoal> {
  return inTransaction(db, async (trx) => {
    const goal = await getGoalRow(trx, id)
    const blocker = endingBlocker(goal, ending)
    if (blocker) throw new ApiError('conflict', blocker)
    const stamp = now.toISOString()
    await trx
      .updateTable('product_goals')
      .set(goalColumns.patch({ status: ending, endReason: reason, endedAt: stamp, updatedAt: stamp }))
      .where('id', '=', id)
      .execute()
    return getGoal(trx, id)
  })
}

export async function deleteGoal(db: Db, id: number): Promise<{ deleted: number }> {
  const goal = await getGoalRow(db, id)
  if (goal.status !== 'draft') {
    throw new ApiError(
      'conflict',
      goal.status === 'active'
        ? `“${goal.title}” is the active Product Goal: achieve or abandon it, with a reason, instead of deleting it.`
        : `“${goal.title}” ended as ${goal.status} and stays in the history.`
    )
  }
  await db.deleteFrom('product_goals').where('id', '=', id).execute()
  return { deleted: id }
}

export async function linkItems(db: Db, goalId: number, itemIds: readonly number[]): Promise<ProductGoal> {
  return inTransaction(db, async (trx) => {
    const goal = await getGoalRow(trx, goalId, 'goalId')
    if (isEnded(goal.status)) {
      throw new ApiError(
        'conflict',
        `“${goal.title}” ended as ${goal.status}; link items to the active goal or a draft.`
      )
    }
    await checkItemsInProduct(trx, goal.product_id, itemIds, 'itemIds')
    await trx
      .insertInto('item_goal_links')
      .values(itemIds.map((item_id) => ({ item_id, goal_id: goalId })))
      .onConflict((oc) => oc.column('item_id').doUpdateSet({ goal_id: goalId }))
      .execute()
    return getGoal(trx, goalId)
  })
}

export async function unlinkItems(
  db: Db,
  productId: number,
  itemIds: readonly number[]
): Promise<{ unlinked: number }> {
  const result = await db
    .deleteFrom('item_goal_links')
    .where(
      'item_id',
      'in',
      db
        .selectFrom('backlog_items')
        .select('id')
        .where('product_id', '=', productId)
        .where('id', 'in', [...itemIds])
    )
    .executeTakeFirst()
  return { unlinked: Number(result.numDeletedRows) }
}

export async function alignment(db: Db, productId: number, top: number): Promise<Alignment> {
  const goals = await listGoals(db, productId)
  const items = await db
    .selectFrom('backlog_items as i')
    .innerJoin('workflow_states as s', 's.id', 'i.state_id')
    .leftJoin('item_goal_links as l', 'l.item_id', 'i.id')
    .select(['i.id', 'i.title', 'i.estimate', 'l.goal_id'])
    .where('i.product_id', '=', productId)
    .where('i.deleted_at', 'is', null)
    .where('s.category', 'in', OPEN_CATEGORIES)
    .orderBy('i.rank')
    .orderBy('i.id')
    .execute()
  const figures = computeAlignment(
    items.map((item) => ({ id: item.id, title: item.title, estimate: item.estimate, goalId: item.goal_id })),
    goals,
    top
  )
  const byId = new Map(goals.map((goal) => [goal.id, goal]))
  const { activeGoalId, goalsWithoutItems, ...rest } = figures
  return {
    ...rest,
    activeGoal: activeGoalId === null ? null : byId.get(activeGoalId)!,
    goalsWithoutItems: goalsWithoutItems.map((id) => byId.get(id)!)
  }
}
