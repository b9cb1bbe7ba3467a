import { ApiError } from '@shared/api'
import type { Db, ServiceDeps } from '../deps'
import { restoreItems, type ItemSnapshot } from './snapshot'

/** Edits kept per product (the issue asks for at least 50); older ones can no longer be undone. */
export const UNDO_DEPTH = 100

/** What one side of a log entry stores: the items in the edit's scope and their rows. */
interface Picture {
  itemIds: number[]
  snapshot: ItemSnapshot
}

export interface UndoState {
  canUndo: boolean
  canRedo: boolean
  undoLabel: string | null
  redoLabel: string | null
}

export function createUndoLog({ db, now }: ServiceDeps) {
  const lastDone = (productId: number) =>
    db
      .selectFrom('edit_log')
      .selectAll()
      .where('product_id', '=', productId)
      .where('undone', '=', 0)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst()
  const firstUndone = (productId: number) =>
    db
      .selectFrom('edit_log')
      .selectAll()
      .where('product_id', '=', productId)
      .where('undone', '=', 1)
      .orderBy('id')
      .limit(1)
      .executeTakeFirst()

  async function reapply(id: number, side: string, undone: 0 | 1): Promise<void> {
    const picture = JSON.parse(side) as Picture
    await db.transaction().execute(async (trx) => {
      await restoreItems(trx, picture.itemIds, picture.snapshot)
      await trx.updateTable('edit_log').set({ undone }).where('id', '=', id).execute()
    })
  }

  return {
    /** Adds an edit inside the edit's own transaction, `trx`; a new edit ends the redo branch. */
    async record(
      trx: Db,
      productId: number,
      label: string,
      itemIds: number[],
      before: ItemSnapshot,
      after: ItemSnapshot
    ): Promise<void> {
      await trx.deleteFrom('edit_log').where('product_id', '=', productId).where('undone', '=', 1).execute()
      await trx
        .insertInto('edit_log')
        .values({
          product_id: productId,
          label,
          before: JSON.stringify({ itemIds, snapshot: before } satisfies Picture),
          after: JSON.stringify({ itemIds, snapshot: after } satisfies Picture),
          created_at: now().toISOString()
        })
        .execute()
      const oldestKept = await trx
        .selectFrom('edit_log')
        .select('id')
        .where('product_id', '=', productId)
        .orderBy('id', 'desc')
        .offset(UNDO_DEPTH - 1)
        .limit(1)
        .executeTakeFirst()
      if (oldestKept)
        await trx.deleteFrom('edit_log').where('product_id', '=', productId).where('id', '<', oldestKept.id).execute()
    },

    async undo(productId: number): Promise<{ label: string }> {
      const entry = await lastDone(productId)
      if (!entry) throw new ApiError('conflict', 'There is nothing to undo in this backlog.')
      await reapply(entry.id, entry.before, 1)
      return { label: entry.label }
    },

    async redo(productId: number): Promise<{ label: string }> {
      const entry = await firstUndone(productId)
      if (!entry)
        throw new ApiError('conflict', 'There is nothing to redo: no edit has been undone since the last change.')
      await reapply(entry.id, entry.after, 0)
      return { label: entry.label }
    },

    async state(productId: number): Promise<UndoState> {
      const [done, undone] = await Promise.all([lastDone(productId), firstUndone(productId)])
      return { canUndo: !!done, canRedo: !!undone, undoLabel: done?.label ?? null, redoLabel: undone?.label ?? null }
    }
  }
}
