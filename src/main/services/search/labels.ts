import { sql } from 'kysely'
import { labelColumns } from '../backlog/columns'
import type { Db } from '../deps'

/**
 * The ids of the product's labels with these names (any case), creating the ones it lacks; `cache`
 * (lower-case name → id) saves lookups across many items in one import.
 */
export async function labelIds(
  trx: Db,
  productId: number,
  names: readonly string[],
  cache = new Map<string, number>()
): Promise<number[]> {
  const ids: number[] = []
  for (const name of names) {
    const lower = name.toLowerCase()
    let id = cache.get(lower)
    if (id === undefined) {
      const existing = await trx
        .selectFrom('labels')
        .select('id')
        .where('product_id', '=', productId)
        .where(sql<boolean>`name = ${name} COLLATE NOCASE`)
        .executeTakeFirst()
      id =
        existing?.id ??
        (
          await trx
            .insertInto('labels')
            .values({ product_id: productId, ...labelColumns.write({ name }) })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id
      cache.set(lower, id)
    }
    if (!ids.includes(id)) ids.push(id)
  }
  return ids
}
