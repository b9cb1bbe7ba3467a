import type Database from 'better-sqlite3'

/** Tables whose rows belong to backlog items (what an undoable edit may change), with the item column. */
const ITEM_TABLES: ReadonlyArray<readonly [table: string, where: string]> = [
  ['status_changes', 'item_id IN (SELECT id FROM backlog_items WHERE product_id = ?)'],
  ['acceptance_criteria', 'item_id IN (SELECT id FROM backlog_items WHERE product_id = ?)'],
  ['item_links', 'blocker_id IN (SELECT id FROM backlog_items WHERE product_id = ?)'],
  ['item_labels', 'item_id IN (SELECT id FROM backlog_items WHERE product_id = ?)'],
  ['item_ready_checks', 'item_id IN (SELECT id FROM backlog_items WHERE product_id = ?)'],
  ['item_splits', 'item_id IN (SELECT id FROM backlog_items WHERE product_id = ?)'],
  ['story_map_placements', 'item_id IN (SELECT id FROM backlog_items WHERE product_id = ?)']
]

/** Every stored row of a product's backlog items and their related rows, exactly as stored. */
export function backlogRows(conn: Database.Database, productId: number): Record<string, unknown[]> {
  const rows: Record<string, unknown[]> = {
    backlog_items: conn.prepare('SELECT * FROM backlog_items WHERE product_id = ? ORDER BY id').all(productId)
  }
  for (const [table, where] of ITEM_TABLES)
    rows[table] = conn.prepare(`SELECT * FROM ${table} WHERE ${where} ORDER BY rowid`).all(productId)
  return rows
}
