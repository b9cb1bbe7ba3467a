import { generateKeyBetween } from 'fractional-indexing'
import { ApiError, type BacklogItem, type BacklogListItem, type MethodInput, type ParsedInput, type StatusChange } from '@shared/api'
import type { ItemDetail } from '@shared/api/methods/backlog'
import { isDoneCategory } from '@shared/domain/backlog'
import {
  addLink,
  listLabels,
  listLinks,
  readDetail,
  removeLink,
  requireChildrenFit,
  requireParent,
  writeCriteria,
  writeLabels,
  writeReadyChecks
} from './detail'
import { rowSummaries } from './row-summaries'
import { inTransaction, type Db, type ServiceDeps } from '../deps'
import { requireDoneConfirmed } from './definition-of-done'
import { getProduct, itemPrefixOf, requireProduct } from '../products/service'
import { LISTED_COLUMNS, toBacklogItem, toBacklogListItem, toStatusChange } from './item-shapes'
import { requireOnProductScale } from '../settings/read'
import { requireTeamOfProduct } from '../teams/service'

async function getLiveItemRow(db: Db, id: number, field = 'id') {
  const row = await db.selectFrom('backlog_items').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row || row.deleted_at !== null) {
    throw new ApiError('not_found', `There is no backlog item with id ${id}.`, field === 'id' ? undefined : [{ path: field, message: `No item with id ${id}` }])
  }
  return row
}

async function requireStateOfProduct(db: Db, productId: number, stateId: number, field: string) {
  const state = await db
    .selectFrom('workflow_states')
    .select(['id', 'name', 'category'])
    .where('id', '=', stateId)
    .where('product_id', '=', productId)
    .executeTakeFirst()
  if (!state) {
    throw new ApiError('invalid_input', `Status ${stateId} is not a workflow state of this product.`, [
      { path: field, message: 'Choose one of the product’s workflow states' }
    ])
  }
  return state
}

/** New items start in the first to-do state, wherever the workflow's states were reordered to. */
export async function firstTodoState(db: Db, productId: number): Promise<number> {
  const state = await db
    .selectFrom('workflow_states')
    .select('id')
    .where('product_id', '=', productId)
    .where('category', '=', 'todo')
    .orderBy('position')
    .executeTakeFirstOrThrow()
  return state.id
}

async function endRank(db: Db, productId: number, end: 'top' | 'bottom'): Promise<string | null> {
  const row = await db
    .selectFrom('backlog_items')
    .select('rank')
    .where('product_id', '=', productId)
    .where('deleted_at', 'is', null)
    .orderBy('rank', end === 'top' ? 'asc' : 'desc')
    .limit(1)
    .executeTakeFirst()
  return row?.rank ?? null
}

export function createBacklogService({ db, now }: ServiceDeps) {
  async function get(id: number): Promise<BacklogItem> {
    const row = await getLiveItemRow(db, id)
    return toBacklogItem(row, (await rowSummaries(db, row.product_id, id))(id), await itemPrefixOf(db, row.product_id))
  }

  return {
    get,

    async detail(id: number): Promise<ItemDetail> {
      const row = await getLiveItemRow(db, id)
      const prefix = await itemPrefixOf(db, row.product_id)
      return readDetail(db, toBacklogItem(row, (await rowSummaries(db, row.product_id, id))(id), prefix), row.notes, prefix)
    },

    link: ({ blockerId, blockedId }: MethodInput<'backlog.link'>) => addLink(db, blockerId, blockedId),
    unlink: ({ blockerId, blockedId }: MethodInput<'backlog.unlink'>) => removeLink(db, blockerId, blockedId),
    async links(productId: number) {
      await getProduct(db, productId)
      return listLinks(db, productId)
    },
    labels: (productId: number) => listLabels(db, productId),

    /** Only the columns a row shows: a backlog of 10,000 items opens without its descriptions. */
    async list(productId: number): Promise<BacklogListItem[]> {
      await requireProduct(db, productId)
      const rows = await db
        .selectFrom('backlog_items')
        .select(LISTED_COLUMNS)
        .where('product_id', '=', productId)
        .where('deleted_at', 'is', null)
        .orderBy('rank')
        .orderBy('id')
        .execute()
      const summary = await rowSummaries(db, productId)
      const prefix = await itemPrefixOf(db, productId)
      return rows.map((row) => toBacklogListItem(row, summary(row.id), prefix))
    },

    async create(input: ParsedInput<'backlog.create'>): Promise<BacklogItem> {
      await getProduct(db, input.productId)
      const stateId = input.stateId ?? (await firstTodoState(db, input.productId))
      if (input.stateId !== undefined) await requireStateOfProduct(db, input.productId, stateId, 'stateId')
      await requireOnProductScale(db, input.productId, input.estimate, 'estimate')
      await requireTeamOfProduct(db, input.productId, input.teamId, 'teamId')
      const stamp = now().toISOString()
      const id = await inTransaction(db, async (trx) => {
        const neighbour = await endRank(trx, input.productId, input.placement)
        const rank = input.placement === 'top' ? generateKeyBetween(null, neighbour) : generateKeyBetween(neighbour, null)
        const { id } = await trx
          .insertInto('backlog_items')
          .values({
            product_id: input.productId,
            type: input.type,
            title: input.title,
            description: input.description,
            estimate: input.estimate,
            state_id: stateId,
            team_id: input.teamId,
            rank,
            created_at: stamp,
            updated_at: stamp,
            deleted_at: null
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        // The arrival is the first entry of the item's status history.
        await trx.insertInto('status_changes').values({ item_id: id, from_state_id: null, to_state_id: stateId, changed_at: stamp }).execute()
        return id
      })
      return get(id)
    },

    async update({ id, patch: input, confirmDone, doneChecks, notDone }: ParsedInput<'backlog.update'>): Promise<BacklogItem> {
      const current = await getLiveItemRow(db, id)
      const product = current.product_id
      if (notDone !== undefined && input.stateId !== undefined) {
        throw new ApiError('invalid_input', 'An item that is not done goes back to the Product Backlog: give notDone without a status.', [
          { path: 'patch.stateId', message: 'Leave the status out; the item goes to the first to-do state' }
        ])
      }
      // Not done returns the item to where new items start, so it is open work again.
      const patch = notDone === undefined ? input : { ...input, stateId: await firstTodoState(db, product) }
      await requireTeamOfProduct(db, product, patch.teamId, 'patch.teamId')
      if (patch.stateId !== undefined && notDone === undefined) {
        const target = await requireStateOfProduct(db, product, patch.stateId, 'patch.stateId')
        // Only done claims the Definition of Done; moving to a removed state needs no confirmation.
        if (isDoneCategory(target.category) && patch.stateId !== current.state_id) {
          const teamId = patch.teamId !== undefined ? patch.teamId : current.team_id
          await requireDoneConfirmed(db, product, target.name, [{ title: current.title, teamId }], { confirmDone, doneChecks }, `“${current.title}”`, ' (notDone, with the reason)')
        }
      }
      await requireOnProductScale(db, product, patch.estimate, 'patch.estimate')
      const type = patch.type ?? current.type
      const parentId = patch.parentId !== undefined ? patch.parentId : current.parent_id
      if (parentId !== null && (patch.parentId !== undefined || patch.type !== undefined)) {
        await requireParent(db, current, type, parentId, patch.parentId !== undefined ? 'patch.parentId' : 'patch.type')
      }
      if (patch.type !== undefined && patch.type !== current.type) await requireChildrenFit(db, id, type, 'patch.type')
      const stamp = now().toISOString()
      await inTransaction(db, async (trx) => {
        await trx
          .updateTable('backlog_items')
          .set({
            ...(patch.type !== undefined && { type: patch.type }),
            ...(patch.title !== undefined && { title: patch.title }),
            ...(patch.description !== undefined && { description: patch.description }),
            ...(patch.estimate !== undefined && { estimate: patch.estimate }),
            ...(patch.stateId !== undefined && { state_id: patch.stateId }),
            ...(patch.parentId !== undefined && { parent_id: patch.parentId }),
            ...(patch.teamId !== undefined && { team_id: patch.teamId }),
            ...(patch.notes !== undefined && { notes: patch.notes }),
            updated_at: stamp
          })
          .where('id', '=', id)
          .execute()
        if (patch.criteria !== undefined) await writeCriteria(trx, id, patch.criteria)
        if (patch.labels !== undefined) await writeLabels(trx, product, id, patch.labels)
        if (patch.readyChecks !== undefined) await writeReadyChecks(trx, product, id, patch.readyChecks)
        // A return for not meeting the Definition of Done is recorded even from the to-do state, for its reason.
        if (patch.stateId !== undefined && (patch.stateId !== current.state_id || notDone !== undefined)) {
          await trx
            .insertInto('status_changes')
            .values({ item_id: id, from_state_id: current.state_id, to_state_id: patch.stateId, changed_at: stamp, not_done_reason: notDone ?? null })
            .execute()
        }
      })
      return get(id)
    },

    async move({ id, afterId, beforeId }: MethodInput<'backlog.move'>): Promise<BacklogItem> {
      if (afterId === id || beforeId === id) {
        throw new ApiError('invalid_input', 'An item cannot be placed next to itself.', [
          { path: afterId === id ? 'afterId' : 'beforeId', message: 'Name a different item' }
        ])
      }
      const item = await getLiveItemRow(db, id)
      const neighbour = async (neighbourId: number, field: string) => {
        const row = await getLiveItemRow(db, neighbourId, field)
        if (row.product_id !== item.product_id) {
          throw new ApiError('invalid_input', `Item ${neighbourId} belongs to another product.`, [{ path: field, message: 'Name an item of the same product' }])
        }
        return row.rank
      }
      // The database, not the caller's possibly stale view, decides the other side of the gap,
      // so two items never share a rank.
      const adjacentRank = async (rank: string, side: 'above' | 'below') => {
        const row = await db
          .selectFrom('backlog_items')
          .select('rank')
          .where('product_id', '=', item.product_id)
          .where('deleted_at', 'is', null)
          .where('id', '!=', id)
          .where('rank', side === 'below' ? '>' : '<', rank)
          .orderBy('rank', side === 'below' ? 'asc' : 'desc')
          .limit(1)
          .executeTakeFirst()
        return row?.rank ?? null
      }
      let after: string | null = null
      let before: string | null = null
      if (afterId !== null) {
        after = await neighbour(afterId, 'afterId')
        before = await adjacentRank(after, 'below')
        // Items hidden by a filter (or added meanwhile) may sit between the two; the item goes right after `afterId`.
        if (beforeId !== null && (await neighbour(beforeId, 'beforeId')) <= after) {
          throw new ApiError('conflict', 'The backlog changed since it was shown: those two items are no longer in that order. Reload and try again.')
        }
      } else if (beforeId !== null) {
        before = await neighbour(beforeId, 'beforeId')
        after = await adjacentRank(before, 'above')
      } else {
        throw new ApiError('invalid_input', 'Say where the item goes: name the item above it, the item below it, or both.', [
          { path: 'afterId', message: 'Give afterId, beforeId or both' }
        ])
      }
      const rank = generateKeyBetween(after, before)
      await db.updateTable('backlog_items').set({ rank, updated_at: now().toISOString() }).where('id', '=', id).execute()
      return get(id)
    },

    async remove(id: number): Promise<{ deleted: number }> {
      await getLiveItemRow(db, id)
      await db.updateTable('backlog_items').set({ deleted_at: now().toISOString() }).where('id', '=', id).execute()
      return { deleted: id }
    },

    async restore(id: number): Promise<BacklogItem> {
      const row = await db.selectFrom('backlog_items').selectAll().where('id', '=', id).executeTakeFirst()
      if (!row) throw new ApiError('not_found', `There is no backlog item with id ${id}.`)
      if (row.deleted_at === null) return get(id)
      await inTransaction(db, async (trx) => {
        // Its old place may have been taken meanwhile; slot it in just after the item holding that rank.
        const taken = await trx
          .selectFrom('backlog_items')
          .select('rank')
          .where('product_id', '=', row.product_id)
          .where('deleted_at', 'is', null)
          .where('rank', '>=', row.rank)
          .orderBy('rank')
          .limit(2)
          .execute()
        const rank = taken[0]?.rank === row.rank ? generateKeyBetween(row.rank, taken[1]?.rank ?? null) : row.rank
        await trx.updateTable('backlog_items').set({ deleted_at: null, rank, updated_at: now().toISOString() }).where('id', '=', id).execute()
      })
      return get(id)
    },

    async history(id: number): Promise<StatusChange[]> {
      await getLiveItemRow(db, id)
      const rows = await db.selectFrom('status_changes').selectAll().where('item_id', '=', id).orderBy('changed_at').orderBy('id').execute()
      return rows.map(toStatusChange)
    }
  }
}
