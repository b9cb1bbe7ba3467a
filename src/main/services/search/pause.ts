import { sql } from 'kysely'
import { criteriaTextOf } from '../../db/migrations/search-triggers'
import type { Db } from '../deps'

const setPaused = (trx: Db, paused: 0 | 1) =>
  trx.updateTable('search_index_state').set({ paused }).where('id', '=', 1).execute()

/** Indexes these items afresh, whatever the index held for them, in two statements. */
async function reindexItems(trx: Db, itemIds: readonly number[]): Promise<void> {
  if (itemIds.length === 0) return
  const ids = JSON.stringify(itemIds)
  await sql`DELETE FROM item_search WHERE rowid IN (SELECT value FROM json_each(${ids}))`.execute(trx)
  await sql`INSERT INTO item_search (rowid, title, description, criteria)
    SELECT i.id, i.title, i.description, ${criteriaTextOf('i.id')} FROM backlog_items i WHERE i.id IN (SELECT value FROM json_each(${ids}))`.execute(
    trx
  )
}

/**
 * Runs a large write with the search index triggers paused (migration 0016), then indexes the items
 * it says it touched once: row by row, the full-text index is most of an import's time. Only inside
 * the caller's transaction, so that a crash rolls the pause back with the write; a write that fails
 * turns the triggers back on before its error goes up, should the caller go on with the transaction.
 */
export async function withSearchIndexPaused<T>(
  trx: Db,
  write: () => Promise<{ result: T; itemIds: readonly number[] }>
): Promise<T> {
  if (!trx.isTransaction) throw new Error('The search index is only paused inside the transaction that writes.')
  await setPaused(trx, 1)
  try {
    const { result, itemIds } = await write()
    await reindexItems(trx, itemIds)
    await setPaused(trx, 0)
    return result
  } catch (error) {
    // A transaction that SQLite has already rolled back refuses this too; the write's error is the one to tell.
    await setPaused(trx, 0).catch(() => {})
    throw error
  }
}
