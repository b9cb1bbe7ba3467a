import type { ServiceDeps } from '../deps'
import { createUndoLog } from '../undo/log'
import { serialized } from '../undo/serialize'
import { captureItems } from '../undo/snapshot'

/**
 * Runs an import as one undoable backlog edit. The items it updates are only known from the file,
 * so this records the edit itself rather than through withUndo (which takes them from the input):
 * the updated items before and after, plus every item the import created.
 */
export function recordImport<T extends { productId: number; added: number; updated: number }>(
  deps: ServiceDeps,
  prepare: () => Promise<{ updatedIds: readonly number[]; run: () => Promise<T> }>
): Promise<T> {
  const { db } = deps
  return serialized(db, async () => {
    const { updatedIds, run } = await prepare()
    const highest = (await db.selectFrom('backlog_items').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst())?.id ?? 0
    const before = await captureItems(db, updatedIds)
    const result = await run()
    const created = await db.selectFrom('backlog_items').select('id').where('id', '>', highest).where('product_id', '=', result.productId).orderBy('id').execute()
    const scope = [...updatedIds, ...created.map((c) => c.id)]
    const after = await captureItems(db, scope)
    const changed = result.added + result.updated
    const label = `import of ${changed} ${changed === 1 ? 'item' : 'items'}`
    await db.transaction().execute((trx) => createUndoLog(deps).record(trx, result.productId, label, scope, before, after))
    return result
  })
}
