import { generateKeyBetween } from 'fractional-indexing'
import {
  ApiError,
  type BacklogItem,
  type BacklogListItem,
  type MethodInput,
  type ParsedInput,
  type StatusChange
} from '@shared/api'
import type { ItemDetail } from '@shared/api/methods/backlog'
import { inTransaction, type ServiceDeps } from '../deps'
import { getProduct, itemPrefixOf, requireProduct } from '../products/service'
import { requireOnProductScale } from '../settings/read'
import { requireTeamOfProduct } from '../teams/service'
import { addLink, listLabels, listLinks, readDetail, removeLink } from './detail'
import { endRank, firstTodoState, getLiveItemRow, readItem, requireStateOfProduct } from './item-rows'
import { itemColumns, statusChangeColumns } from './columns'
import { LISTED_COLUMNS, toBacklogItem, toBacklogListItem, toStatusChange } from './item-shapes'
import { moveItem } from './move'
import { rowSummaries } from './row-summaries'
import { updateItem } from './update'

/** The backlog's items: reading, adding, changing, placing, removing and restoring them. */
export function createBacklogService(deps: ServiceDeps) {
  const { db, now } = deps
  const get = (id: number) => readItem(db, id)

  return {
    get,

    async detail(id: number): Promise<ItemDetail> {
      const row = await getLiveItemRow(db, id)
      const prefix = await itemPrefixOf(db, row.product_id)
      return readDetail(
        db,
        toBacklogItem(row, (await rowSummaries(db, row.product_id, id))(id), prefix),
        row.notes,
        prefix
      )
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
        const rank =
          input.placement === 'top' ? generateKeyBetween(null, neighbour) : generateKeyBetween(neighbour, null)
        const { id } = await trx
          .insertInto('backlog_items')
          .values({
            product_id: input.productId,
            state_id: stateId,
            team_id: input.teamId,
            ...itemColumns.write({
              ...input,
              number: 0,
              rank,
              notes: '',
              externalKey: null,
              createdAt: stamp,
              updatedAt: stamp,
              deletedAt: null
            })
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        // The arrival is the first entry of the item's status history.
        await trx
          .insertInto('status_changes')
          .values({
            item_id: id,
            from_state_id: null,
            to_state_id: stateId,
            ...statusChangeColumns.write({ changedAt: stamp, notDoneReason: null })
          })
          .execute()
        return id
      })
      return get(id)
    },

    update: (input: ParsedInput<'backlog.update'>) => updateItem(deps, input),

    move: (input: MethodInput<'backlog.move'>) => moveItem(deps, input),

    async remove(id: number): Promise<{ deleted: number }> {
      await getLiveItemRow(db, id)
      await db
        .updateTable('backlog_items')
        .set(itemColumns.patch({ deletedAt: now().toISOString() }))
        .where('id', '=', id)
        .execute()
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
        await trx
          .updateTable('backlog_items')
          .set(itemColumns.patch({ deletedAt: null, rank, updatedAt: now().toISOString() }))
          .where('id', '=', id)
          .execute()
      })
      return get(id)
    },

    async history(id: number): Promise<StatusChange[]> {
      await getLiveItemRow(db, id)
      const rows = await db
        .selectFrom('status_changes')
        .selectAll()
        .where('item_id', '=', id)
        .orderBy('changed_at')
        .orderBy('id')
        .execute()
      return rows.map(toStatusChange)
    }
  }
}
