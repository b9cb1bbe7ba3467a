import { sql } from 'kysely'
import type { Db } from '../deps'

/** Groups rows by their item, keeping their order: the lists an item carries. */
export function groupByItem<R extends { item_id: number }, V>(
  rows: readonly R[],
  value: (row: R) => V
): (id: number) => V[] {
  const map = new Map<number, V[]>()
  for (const row of rows) {
    const list = map.get(row.item_id)
    if (list) list.push(value(row))
    else map.set(row.item_id, [value(row)])
  }
  return (id) => map.get(id) ?? []
}

/** Every item's acceptance criteria (in order) and label names (alphabetical) for a whole product, in two queries. */
export async function criteriaAndLabels(
  db: Db,
  productId: number
): Promise<{ criteriaOf: (id: number) => string[]; labelsOf: (id: number) => string[] }> {
  const criteria = await db
    .selectFrom('acceptance_criteria as c')
    .innerJoin('backlog_items as i', 'i.id', 'c.item_id')
    .select(['c.item_id', 'c.text'])
    .where('i.product_id', '=', productId)
    .orderBy('c.item_id')
    .orderBy('c.position')
    .orderBy('c.id')
    .execute()
  const labels = await db
    .selectFrom('item_labels as il')
    .innerJoin('labels as l', 'l.id', 'il.label_id')
    .select(['il.item_id', 'l.name'])
    .where('l.product_id', '=', productId)
    .orderBy(sql`l.name COLLATE NOCASE`)
    .execute()
  return { criteriaOf: groupByItem(criteria, (c) => c.text), labelsOf: groupByItem(labels, (l) => l.name) }
}
