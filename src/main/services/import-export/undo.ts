import { formatCount } from '@shared/domain/format'
import type { ServiceDeps } from '../deps'
import { createUndoLog } from '../undo/log'
import { serialized } from '../undo/serialize'
import { captureItems } from '../undo/snapshot'

/**
 * Runs an import as one undoable backlog edit. The items it updates are only known from the file,
 * so this records the edit itself rather than through withUndo (which takes them from the input):
 * the updated items before and after, plus every item the import created. Reading the file's
 * matches, writing and recording happen in one transaction, with deps made for it: an import is
 * never saved without its undo.
 */
export function recordImport<T extends { productId: number; added: number; updated: number }>(
  deps: ServiceDeps,
  prepare: (inImport: ServiceDeps) => Promise<{ updatedIds: readonly number[]; run: () => Promise<T> }>
): Promise<T> {
  return serialized(deps.db, () =>
    deps.db.transaction().execute(async (trx) => {
      const inImport = { ...deps, db: trx }
      const { updatedIds, run } = await prepare(inImport)
      const highest =
        (
          await trx
            .selectFrom('backlog_items')
            .select((eb) => eb.fn.max('id').as('id'))
            .executeTakeFirst()
        )?.id ?? 0
      const before = await captureItems(trx, updatedIds)
      const result = await run()
      const created = await trx
        .selectFrom('backlog_items')
        .select('id')
        .where('id', '>', highest)
        .where('product_id', '=', result.productId)
        .orderBy('id')
        .execute()
      const scope = [...updatedIds, ...created.map((c) => c.id)]
      const after = await captureItems(trx, scope)
      const changed = result.added + result.updated
      const label = `import of ${formatCount(changed, 'item')}`
      await createUndoLog(inImport).record(trx, result.productId, label, scope, before, after)
      return result
    })
  )
}
