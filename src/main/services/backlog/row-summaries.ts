import { sql } from 'kysely'
import type { Db } from '../deps'

/** What a backlog row shows beyond the item's own columns. */
export interface RowSummary {
  labels: string[]
  criteriaCount: number
  blockedByCount: number
  ready: boolean
}

const EMPTY: RowSummary = { labels: [], criteriaCount: 0, blockedByCount: 0, ready: false }

/**
 * Row summaries for a product's items (or just `itemId`), with one set-based query per kind of
 * fact rather than one per item: the backlog list must stay fast for 10,000 items.
 */
export async function rowSummaries(db: Db, productId: number, itemId?: number): Promise<(id: number) => RowSummary> {
  const one = itemId !== undefined
  const criteria = await db
    .selectFrom('acceptance_criteria as c')
    .innerJoin('backlog_items as i', 'i.id', 'c.item_id')
    .select(['c.item_id as id', sql<number>`count(*)`.as('n')])
    .where('i.product_id', '=', productId)
    .groupBy('c.item_id')
    .$if(one, (q) => q.where('c.item_id', '=', itemId!))
    .execute()

  // A blocker that is done or deleted no longer holds the item up. A removed one still does: what the
  // item waits for will not come, so the Product Owner unlinks it or plans the work again.
  const blockers = await db
    .selectFrom('item_links as l')
    .innerJoin('backlog_items as b', 'b.id', 'l.blocker_id')
    .innerJoin('workflow_states as s', 's.id', 'b.state_id')
    .select(['l.blocked_id as id', sql<number>`count(*)`.as('n')])
    .where('b.product_id', '=', productId)
    .where('b.deleted_at', 'is', null)
    .where('s.category', '!=', 'done')
    .groupBy('l.blocked_id')
    .$if(one, (q) => q.where('l.blocked_id', '=', itemId!))
    .execute()

  // The product's few labels in order, then which items carry each (read by label, no sort): each
  // item's labels come out in the labels' order without sorting thousands of rows.
  const labelNames = await db
    .selectFrom('labels')
    .select(['id', 'name'])
    .where('product_id', '=', productId)
    .orderBy(sql`name COLLATE NOCASE`)
    .execute()
  const labelled = await db
    .selectFrom('item_labels as il')
    .innerJoin('labels as l', 'l.id', 'il.label_id')
    .select(['il.item_id as id', 'il.label_id as labelId'])
    .where('l.product_id', '=', productId)
    .$if(one, (q) => q.where('il.item_id', '=', itemId!))
    .execute()

  const readyLines = await db
    .selectFrom('definition_criteria')
    .select(sql<number>`count(*)`.as('n'))
    .where('product_id', '=', productId)
    .where('kind', '=', 'ready')
    .executeTakeFirstOrThrow()
  const checks = await db
    .selectFrom('item_ready_checks as r')
    .innerJoin('definition_criteria as d', 'd.id', 'r.criterion_id')
    .select(['r.item_id as id', sql<number>`count(*)`.as('n')])
    .where('d.product_id', '=', productId)
    .where('d.kind', '=', 'ready')
    .groupBy('r.item_id')
    .$if(one, (q) => q.where('r.item_id', '=', itemId!))
    .execute()

  const summaries = new Map<number, RowSummary>()
  const of = (id: number) => {
    let summary = summaries.get(id)
    if (!summary) summaries.set(id, (summary = { labels: [], criteriaCount: 0, blockedByCount: 0, ready: false }))
    return summary
  }
  for (const row of criteria) of(row.id).criteriaCount = Number(row.n)
  for (const row of blockers) of(row.id).blockedByCount = Number(row.n)
  const itemsOfLabel = new Map<number, number[]>()
  for (const row of labelled) {
    const items = itemsOfLabel.get(row.labelId)
    if (items) items.push(row.id)
    else itemsOfLabel.set(row.labelId, [row.id])
  }
  for (const label of labelNames) for (const id of itemsOfLabel.get(label.id) ?? []) of(id).labels.push(label.name)
  const required = Number(readyLines.n)
  if (required > 0) for (const row of checks) of(row.id).ready = Number(row.n) === required
  return (id) => summaries.get(id) ?? EMPTY
}
