import { sql } from 'kysely'
import { ApiError, type FieldIssue } from '@shared/api'
import type { Db } from '../deps'

/**
 * Backlog items as other areas refer to them: live (not deleted) items of one product. Links to a
 * deleted item are kept, so restoring the item brings them back, but they are never shown.
 */

/** Fails with one issue per id that is not a live item of the product (`path` is the list's field). */
export async function checkItemsInProduct(
  db: Db,
  productId: number,
  itemIds: readonly number[],
  path: string
): Promise<void> {
  if (itemIds.length === 0) return
  const found = new Set(
    (
      await db
        .selectFrom('backlog_items')
        .select('id')
        .where('id', 'in', [...itemIds])
        .where('product_id', '=', productId)
        .where('deleted_at', 'is', null)
        .execute()
    ).map((row) => row.id)
  )
  const issues: FieldIssue[] = []
  itemIds.forEach((id, i) => {
    if (!found.has(id)) issues.push({ path: `${path}.${i}`, message: `No backlog item ${id} in this product` })
  })
  if (issues.length > 0)
    throw new ApiError('invalid_input', 'Some of the chosen items are not in this product.', issues)
}

const LINK_TABLES = {
  goal: { table: 'item_goal_links', owner: 'goal_id' },
  sprint: { table: 'sprint_items', owner: 'sprint_id' },
  persona: { table: 'item_persona_links', owner: 'persona_id' }
} as const

/** The live items linked to each goal, Sprint or persona of a product, each list in backlog order. */
export async function linkedItemIds(
  db: Db,
  kind: keyof typeof LINK_TABLES,
  productId: number
): Promise<Map<number, number[]>> {
  const { table, owner } = LINK_TABLES[kind]
  const { rows } = await sql<{ owner: number; item_id: number }>`
    SELECT l.${sql.ref(owner)} AS owner, l.item_id
    FROM ${sql.table(table)} AS l JOIN backlog_items AS i ON i.id = l.item_id
    WHERE i.product_id = ${productId} AND i.deleted_at IS NULL
    ORDER BY i.rank, i.id`.execute(db)
  const byOwner = new Map<number, number[]>()
  for (const row of rows) {
    const list = byOwner.get(row.owner)
    if (list) list.push(row.item_id)
    else byOwner.set(row.owner, [row.item_id])
  }
  return byOwner
}
