import type { Db } from './deps'

/** The position after the last of a product's rows, so a new one lands at the end of its list. */
export async function nextPosition(
  db: Db,
  table:
    'competitors' | 'competitor_criteria' | 'cost_items' | 'influences' | 'story_map_activities' | 'story_map_slices',
  productId: number
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max('position').as('last'))
    .where('product_id', '=', productId)
    .executeTakeFirst()
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1
}
