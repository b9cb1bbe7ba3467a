import { sql } from 'kysely'
import { ApiError, type ParsedInput } from '@shared/api'
import { isDoneCategory } from '@shared/domain/backlog'
import { formatCount } from '@shared/domain/format'
import { parentProblem } from '@shared/domain/items/hierarchy'
import { itemColumns, statusChangeColumns } from '../backlog/columns'
import { requireChildrenFit } from '../backlog/detail'
import { inTransaction, type Db, type ServiceDeps } from '../deps'
import { requireDoneConfirmed } from '../backlog/definition-of-done'
import { requireOnProductScale } from '../settings/read'
import { requireTeamOfProduct } from '../teams/service'
import { labelIds } from './labels'

type Input = ParsedInput<'backlog.bulkUpdate'>

async function liveItems(db: Db, ids: readonly number[]) {
  const rows = await db
    .selectFrom('backlog_items')
    .selectAll()
    .where('id', 'in', ids)
    .where('deleted_at', 'is', null)
    .execute()
  const index = ids.findIndex((id) => !rows.some((row) => row.id === id))
  if (index >= 0)
    throw new ApiError('not_found', `There is no backlog item with id ${ids[index]}.`, [
      { path: `ids.${index}`, message: `No item with id ${ids[index]}` }
    ])
  const productId = rows[0]!.product_id
  const other = ids.findIndex((id) => rows.find((row) => row.id === id)!.product_id !== productId)
  if (other >= 0)
    throw new ApiError('invalid_input', 'The selected items belong to different products.', [
      { path: `ids.${other}`, message: 'Select items of one product' }
    ])
  return { rows, productId }
}

/**
 * A done status says the items meet the Definition of Done, so the caller confirms it, each item's
 * team's additions too (a removed status asks nothing).
 */
async function targetState(
  db: Db,
  productId: number,
  input: Input,
  rows: ReadonlyArray<{ title: string; state_id: number; team_id: number | null }>
) {
  const stateId = input.patch.stateId
  if (stateId === undefined) return null
  const state = await db
    .selectFrom('workflow_states')
    .selectAll()
    .where('id', '=', stateId)
    .where('product_id', '=', productId)
    .executeTakeFirst()
  if (!state) {
    throw new ApiError('invalid_input', `Status ${stateId} is not a workflow state of this product.`, [
      { path: 'patch.stateId', message: 'Choose one of the product’s workflow states' }
    ])
  }
  if (isDoneCategory(state.category)) {
    const moving = rows
      .filter((row) => row.state_id !== stateId)
      .map((row) => ({ title: row.title, teamId: input.patch.teamId !== undefined ? input.patch.teamId : row.team_id }))
    await requireDoneConfirmed(
      db,
      productId,
      state.name,
      moving,
      input,
      moving.length === 1 ? 'One item' : formatCount(moving.length, 'item'),
      ''
    )
  }
  return { id: stateId }
}

/** A new type must still fit under each item's parent and over its children. */
async function requireTypeFits(
  db: Db,
  type: NonNullable<Input['patch']['type']>,
  rows: ReadonlyArray<{ id: number; title: string; parent_id: number | null }>
) {
  const parentIds = [...new Set(rows.flatMap((row) => (row.parent_id === null ? [] : [row.parent_id])))]
  const parents =
    parentIds.length === 0
      ? []
      : await db.selectFrom('backlog_items').select(['id', 'type', 'title']).where('id', 'in', parentIds).execute()
  for (const row of rows) {
    const parent = parents.find((p) => p.id === row.parent_id)
    const problem = parent && parentProblem(parent.type, type)
    if (problem)
      throw new ApiError('invalid_input', `“${row.title}” could not stay under “${parent.title}”: ${problem}`, [
        { path: 'patch.type', message: problem }
      ])
    await requireChildrenFit(db, row.id, type, 'patch.type')
  }
}

/** Changes the selected items in one transaction: all of them or none. */
export async function bulkUpdate({ db, now }: ServiceDeps, input: Input): Promise<{ updated: number }> {
  const ids = [...new Set(input.ids)]
  const { rows, productId } = await liveItems(db, ids)
  const { patch } = input
  await requireTeamOfProduct(db, productId, patch.teamId, 'patch.teamId')
  const state = await targetState(db, productId, input, rows)
  await requireOnProductScale(db, productId, patch.estimate, 'patch.estimate')
  if (patch.type !== undefined) await requireTypeFits(db, patch.type, rows)
  const stamp = now().toISOString()
  await inTransaction(db, async (trx) => {
    await trx
      .updateTable('backlog_items')
      .set({
        ...itemColumns.patch({ type: patch.type, estimate: patch.estimate, updatedAt: stamp }),
        ...(patch.teamId !== undefined && { team_id: patch.teamId }),
        ...(state && { state_id: state.id })
      })
      .where('id', 'in', ids)
      .execute()
    const moved = state ? rows.filter((row) => row.state_id !== state.id) : []
    if (state && moved.length > 0) {
      await trx
        .insertInto('status_changes')
        .values(
          moved.map((row) => ({
            item_id: row.id,
            from_state_id: row.state_id,
            to_state_id: state.id,
            ...statusChangeColumns.write({ changedAt: stamp, notDoneReason: null })
          }))
        )
        .execute()
    }
    if (patch.removeLabels?.length) {
      const lower = patch.removeLabels.map((name) => name.toLowerCase())
      await trx
        .deleteFrom('item_labels')
        .where('item_id', 'in', ids)
        .where('label_id', 'in', (eb) =>
          eb
            .selectFrom('labels')
            .select('id')
            .where('product_id', '=', productId)
            .where(sql<string>`lower(name)`, 'in', lower)
        )
        .execute()
    }
    if (patch.addLabels?.length) {
      const labels = await labelIds(trx, productId, patch.addLabels)
      const links = ids.flatMap((item_id) => labels.map((label_id) => ({ item_id, label_id })))
      // SQLite limits the values of one statement; a large selection goes in slices.
      for (let start = 0; start < links.length; start += 5000) {
        await trx
          .insertInto('item_labels')
          .values(links.slice(start, start + 5000))
          .onConflict((c) => c.doNothing())
          .execute()
      }
    }
  })
  return { updated: ids.length }
}
