import type { Selectable } from 'kysely'
import { ApiError } from '@shared/api'
import type { ApplyPreview, OrderingComparison, OrderSnapshot } from '@shared/api/methods/ordering'
import { compareOrders, modelOrder, type OrderingModel, type RankedEntry } from '@shared/domain/ordering'
import type { Database } from '../../db/schema'
import type { Db, ServiceDeps } from '../deps'
import { getProduct } from '../products/service'
import { boardItems, toOrderInput } from './board'
import { itemColumns } from '../backlog/columns'
import { orderSnapshotColumns } from './columns'

const toRanked = ({ id, title, score, modelPosition, manualPosition }: RankedEntry<number>) => ({
  id,
  title,
  score,
  modelPosition,
  manualPosition
})

/**
 * The model's order laid onto the waiting items' own ranks: the k-th item of the model order takes
 * the k-th smallest rank those items hold now. Items in progress or done keep their ranks, so they
 * stay where they are, and only existing ranks are permuted, so no two items can end up sharing one.
 */
async function plan(db: Db, productId: number, model: OrderingModel) {
  const items = await boardItems(db, productId)
  const ranked = modelOrder(items.map(toOrderInput), model)
  const slots = items.map((item) => item.rank)
  const oldRank = new Map(items.map((item) => [item.id, item.rank]))
  const moves = ranked
    .map((entry, i) => ({ id: entry.id, from: oldRank.get(entry.id)!, to: slots[i]! }))
    .filter((move) => move.from !== move.to)
  return { ranked, moves }
}

const toSnapshot = (row: Selectable<Database['order_snapshots']>): OrderSnapshot => {
  const { previousRanks: _previousRanks, ...snapshot } = orderSnapshotColumns.read(row)
  return { id: row.id, productId: row.product_id, ...snapshot }
}

export function createApplyService({ db, now }: ServiceDeps) {
  return {
    async compare(productId: number, model: OrderingModel): Promise<OrderingComparison> {
      const items = await boardItems(db, productId)
      const comparison = compareOrders(items.map(toOrderInput), model)
      return {
        ...comparison,
        items: comparison.items.map(toRanked),
        movers: comparison.movers.map((mover) => ({ ...toRanked(mover), shift: mover.shift, reason: mover.reason }))
      }
    },

    async preview(productId: number, model: OrderingModel): Promise<ApplyPreview> {
      const { ranked, moves } = await plan(db, productId, model)
      return { model, items: ranked.map(toRanked), moved: moves.length }
    },

    async apply(productId: number, model: OrderingModel): Promise<{ snapshotId: number; moved: number }> {
      const stamp = now().toISOString()
      return db.transaction().execute(async (trx) => {
        const { moves } = await plan(trx, productId, model)
        const { id } = await trx
          .insertInto('order_snapshots')
          .values({
            product_id: productId,
            ...orderSnapshotColumns.write({
              model,
              previousRanks: moves.map((move) => [move.id, move.from]),
              moved: moves.length,
              appliedAt: stamp,
              undoneAt: null
            })
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        for (const move of moves) {
          await trx
            .updateTable('backlog_items')
            .set(itemColumns.patch({ rank: move.to, updatedAt: stamp }))
            .where('id', '=', move.id)
            .execute()
        }
        return { snapshotId: id, moved: moves.length }
      })
    },

    async undo(snapshotId: number): Promise<{ restored: number }> {
      const stamp = now().toISOString()
      return db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom('order_snapshots').selectAll().where('id', '=', snapshotId).executeTakeFirst()
        if (!row) throw new ApiError('not_found', `There is no applied order with id ${snapshotId}.`)
        const snapshot = orderSnapshotColumns.read(row)
        if (snapshot.undoneAt !== null)
          throw new ApiError('conflict', `That order was already undone (${snapshot.undoneAt}).`)
        const later = await trx
          .selectFrom('order_snapshots')
          .select('id')
          .where('product_id', '=', row.product_id)
          .where('id', '>', snapshotId)
          .where('undone_at', 'is', null)
          .executeTakeFirst()
        if (later) throw new ApiError('conflict', 'A model order was applied after this one; undo that one first.')
        for (const [id, rank] of snapshot.previousRanks) {
          await trx
            .updateTable('backlog_items')
            .set(itemColumns.patch({ rank, updatedAt: stamp }))
            .where('id', '=', id)
            .execute()
        }
        await trx
          .updateTable('order_snapshots')
          .set(orderSnapshotColumns.patch({ undoneAt: stamp }))
          .where('id', '=', snapshotId)
          .execute()
        return { restored: snapshot.previousRanks.length }
      })
    },

    async snapshots(productId: number): Promise<OrderSnapshot[]> {
      await getProduct(db, productId)
      const rows = await db
        .selectFrom('order_snapshots')
        .selectAll()
        .where('product_id', '=', productId)
        .orderBy('id', 'desc')
        .execute()
      return rows.map(toSnapshot)
    }
  }
}
