import { sql, type Kysely } from 'kysely'
import { rewriteOverrides } from '@shared/domain/items/not-done'
import type { StateCategory } from '@shared/domain/backlog'

/**
 * Done means done. Earlier versions let an item be moved to done without meeting the Definition of
 * Done, with a reason in `status_changes.dod_override`. Such an item is not part of the Increment and
 * returns to the Product Backlog (Scrum Guide 2020), so each override becomes a return to the
 * product's first to-do state with its reason kept, and the column is renamed to say what it now
 * records. The rewrite is the same pure rule the import of older product files applies.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE status_changes RENAME COLUMN dod_override TO not_done_reason`.execute(db)
  const products = await sql<{ product_id: number }>`
    SELECT DISTINCT i.product_id FROM status_changes c JOIN backlog_items i ON i.id = c.item_id WHERE c.not_done_reason IS NOT NULL`.execute(
    db
  )
  for (const { product_id: productId } of products.rows) {
    const states = await sql<{ id: number; category: StateCategory; position: number }>`
      SELECT id, category, position FROM workflow_states WHERE product_id = ${productId}`.execute(db)
    const items = await sql<{
      id: number
      state_id: number
    }>`SELECT id, state_id FROM backlog_items WHERE product_id = ${productId}`.execute(db)
    const changes = await sql<{
      id: number
      item_id: number
      from_state_id: number | null
      to_state_id: number
      not_done_reason: string | null
    }>`
      SELECT c.id, c.item_id, c.from_state_id, c.to_state_id, c.not_done_reason FROM status_changes c
      JOIN backlog_items i ON i.id = c.item_id WHERE i.product_id = ${productId} ORDER BY c.changed_at, c.id`.execute(
      db
    )
    const rewrite = rewriteOverrides(
      states.rows,
      new Map(items.rows.map((row) => [row.id, row.state_id])),
      changes.rows.map((row) => ({
        itemId: row.item_id,
        fromStateId: row.from_state_id,
        toStateId: row.to_state_id,
        override: row.not_done_reason
      }))
    )
    for (const [index, row] of changes.rows.entries()) {
      const next = rewrite.history[index]!
      if (next.fromStateId === row.from_state_id && next.toStateId === row.to_state_id) continue
      await sql`UPDATE status_changes SET from_state_id = ${next.fromStateId}, to_state_id = ${next.toStateId} WHERE id = ${row.id}`.execute(
        db
      )
    }
    for (const [itemId, stateId] of rewrite.itemStates) {
      await sql`UPDATE backlog_items SET state_id = ${stateId} WHERE id = ${itemId}`.execute(db)
    }
  }
}
