import { sql } from 'kysely'
import { ApiError, type ParsedInput, type WorkflowState } from '@shared/api'
import { isRemovedCategory, STATE_CATEGORY_LABELS, type StateCategory } from '@shared/domain/backlog'
import { noWipLimitReason, takesWipLimit } from '@shared/domain/flow'
import { formatCount } from '@shared/domain/format'
import { inTransaction, type Db } from '../deps'
import { getProduct } from '../products/service'
import { stateColumns } from './columns'
import { toWorkflowState } from './read'

async function stateRow(db: Db, id: number, field = 'id') {
  const row = await db.selectFrom('workflow_states').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row)
    throw new ApiError(
      'not_found',
      `There is no workflow state with id ${id}.`,
      field === 'id' ? undefined : [{ path: field, message: `No state with id ${id}` }]
    )
  return row
}

async function statesOf(db: Db, productId: number) {
  return db
    .selectFrom('workflow_states')
    .selectAll()
    .where('product_id', '=', productId)
    .orderBy('position')
    .orderBy('id')
    .execute()
}

async function requireFreeName(db: Db, productId: number, name: string, exceptId: number | null): Promise<void> {
  const clash = (await statesOf(db, productId)).find(
    (s) => s.id !== exceptId && s.name.toLowerCase() === name.toLowerCase()
  )
  if (clash)
    throw new ApiError('conflict', `The workflow already has a state called “${clash.name}”.`, [
      { path: 'name', message: 'Choose another name' }
    ])
}

/**
 * New items start in to do, flow metrics need in progress and done, so each of those keeps a state.
 * Removed is optional: a workflow where nothing is ever cancelled is complete.
 */
async function requireAnotherInCategory(
  db: Db,
  state: { id: number; product_id: number; name: string; category: StateCategory },
  field: string
) {
  if (isRemovedCategory(state.category)) return
  const others = (await statesOf(db, state.product_id)).filter(
    (s) => s.id !== state.id && s.category === state.category
  )
  if (others.length === 0) {
    const category = STATE_CATEGORY_LABELS[state.category].toLowerCase()
    throw new ApiError(
      'invalid_input',
      `“${state.name}” is the only ${category} state; the workflow needs at least one to do, in progress and done state.`,
      [{ path: field, message: `Add another ${category} state first` }]
    )
  }
}

async function renumber(trx: Db, ids: readonly number[]): Promise<void> {
  for (const [position, id] of ids.entries())
    await trx.updateTable('workflow_states').set(stateColumns.patch({ position })).where('id', '=', id).execute()
}

export function createWorkflowEditor(db: Db) {
  return {
    async add({ productId, name, category }: ParsedInput<'workflow.add'>): Promise<WorkflowState> {
      await getProduct(db, productId)
      await requireFreeName(db, productId, name, null)
      const id = await inTransaction(db, async (trx) => {
        const states = await statesOf(trx, productId)
        const lastOfCategory = states.findLastIndex((s) => s.category === category)
        const { id } = await trx
          .insertInto('workflow_states')
          .values({
            product_id: productId,
            ...stateColumns.write({
              name,
              category,
              position: states.length,
              wipLimit: null,
              entryPolicy: '',
              exitPolicy: ''
            })
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        const order = states.map((s) => s.id)
        order.splice(lastOfCategory === -1 ? order.length : lastOfCategory + 1, 0, id)
        await renumber(trx, order)
        return id
      })
      return toWorkflowState(await stateRow(db, id))
    },

    async update({ id, patch }: ParsedInput<'workflow.update'>): Promise<WorkflowState> {
      const state = await stateRow(db, id)
      if (patch.name !== undefined) await requireFreeName(db, state.product_id, patch.name, id)
      if (patch.category !== undefined && patch.category !== state.category)
        await requireAnotherInCategory(db, state, 'patch.category')
      const category = patch.category ?? state.category
      if (patch.wipLimit != null && !takesWipLimit(category)) {
        throw new ApiError('invalid_input', noWipLimitReason(state.name, category), [
          { path: 'patch.wipLimit', message: 'Leave the WIP limit empty for this state' }
        ])
      }
      // A state that becomes done or removed stops holding work in progress, so its limit goes, the teams' too.
      const dropsLimit = patch.wipLimit === undefined && state.wip_limit !== null && !takesWipLimit(category)
      const changes = stateColumns.patch({ ...patch, ...(dropsLimit && { wipLimit: null }) })
      // An empty patch changes nothing, as everywhere in the API (and SQL has no UPDATE without SET).
      if (Object.keys(changes).length > 0) {
        await inTransaction(db, async (trx) => {
          await trx.updateTable('workflow_states').set(changes).where('id', '=', id).execute()
          if (!takesWipLimit(category)) await trx.deleteFrom('team_wip_limits').where('state_id', '=', id).execute()
        })
      }
      return toWorkflowState(await stateRow(db, id))
    },

    async reorder({ productId, stateIds }: ParsedInput<'workflow.reorder'>): Promise<WorkflowState[]> {
      await getProduct(db, productId)
      const states = await statesOf(db, productId)
      const same =
        stateIds.length === states.length &&
        new Set(stateIds).size === states.length &&
        states.every((s) => stateIds.includes(s.id))
      if (!same) {
        throw new ApiError('invalid_input', 'List every state of this product exactly once.', [
          { path: 'stateIds', message: `Expected the ids ${states.map((s) => s.id).join(', ')} in some order` }
        ])
      }
      await inTransaction(db, (trx) => renumber(trx, stateIds))
      return (await statesOf(db, productId)).map(toWorkflowState)
    },

    /**
     * Merges the state into `moveItemsTo`: its items move there, and so do history entries, so flow
     * metrics stay consistent; steps that became "from X to X" are dropped.
     */
    async remove({
      id,
      moveItemsTo
    }: ParsedInput<'workflow.delete'>): Promise<{ deleted: number; movedItems: number }> {
      const state = await stateRow(db, id)
      await requireAnotherInCategory(db, state, 'id')
      const used = await db
        .selectFrom('backlog_items')
        .select([sql<number>`count(*)`.as('all'), sql<number>`sum(deleted_at IS NULL)`.as('live')])
        .where('state_id', '=', id)
        .executeTakeFirstOrThrow()
      const inHistory = await db
        .selectFrom('status_changes')
        .select('id')
        .where((eb) => eb.or([eb('to_state_id', '=', id), eb('from_state_id', '=', id)]))
        .limit(1)
        .executeTakeFirst()
      const live = Number(used.live ?? 0)
      if ((Number(used.all) > 0 || inHistory) && moveItemsTo === undefined) {
        throw new ApiError(
          'invalid_input',
          `${formatCount(live, 'item')} ${live === 1 ? 'is' : 'are'} (or were) in “${state.name}”: say which state takes them over.`,
          [{ path: 'moveItemsTo', message: 'Choose the state its items move to' }]
        )
      }
      if (moveItemsTo !== undefined) {
        const target = await stateRow(db, moveItemsTo, 'moveItemsTo')
        if (target.id === id || target.product_id !== state.product_id) {
          throw new ApiError('invalid_input', 'Move the items to another state of the same workflow.', [
            { path: 'moveItemsTo', message: 'Choose another state of this product' }
          ])
        }
      }
      await inTransaction(db, async (trx) => {
        if (moveItemsTo !== undefined) {
          await trx.updateTable('backlog_items').set({ state_id: moveItemsTo }).where('state_id', '=', id).execute()
          await trx
            .updateTable('status_changes')
            .set({ to_state_id: moveItemsTo })
            .where('to_state_id', '=', id)
            .execute()
          await trx
            .updateTable('status_changes')
            .set({ from_state_id: moveItemsTo })
            .where('from_state_id', '=', id)
            .execute()
          await trx.deleteFrom('status_changes').whereRef('from_state_id', '=', 'to_state_id').execute()
        }
        await trx.deleteFrom('workflow_states').where('id', '=', id).execute()
        await renumber(
          trx,
          (await statesOf(trx, state.product_id)).map((s) => s.id)
        )
      })
      return { deleted: id, movedItems: live }
    }
  }
}
