import { z } from 'zod'
import { BacklogFilters } from '@shared/api/methods/backlog'
import { itemColumns } from '../backlog/columns'
import { defineSection } from '../transfer/section'
import { savedFilterColumns } from './columns'

const Id = z.number().int().positive()

const SearchSection = z.object({
  savedFilters: z.array(
    z.object({ name: z.string().min(1), query: z.string(), filters: BacklogFilters, createdAt: z.string() })
  ),
  /** Keys items carry from the tool they were imported from, so a later re-import still updates them. */
  externalKeys: z.array(z.object({ itemId: Id, key: z.string().min(1) }))
})

/** Saved filters (with their states remapped) and the items' import keys. */
export const searchSection = defineSection({
  name: 'search',
  schema: SearchSection,

  async export(db, productId) {
    const filters = await db
      .selectFrom('saved_filters')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('name')
      .execute()
    const keys = await db
      .selectFrom('backlog_items')
      .select(['id', 'external_key'])
      .where('product_id', '=', productId)
      .where('deleted_at', 'is', null)
      .where('external_key', 'is not', null)
      .orderBy('id')
      .execute()
    return {
      savedFilters: filters.map((f) => savedFilterColumns.read(f)),
      externalKeys: keys.map((k) => ({ itemId: k.id, key: k.external_key! }))
    }
  },

  async import(trx, productId, data, ids) {
    for (const [index, saved] of data.savedFilters.entries()) {
      const stateIds = saved.filters.stateIds?.map((id, i) =>
        ids.get('state', id, `search.savedFilters.${index}.filters.stateIds.${i}`)
      )
      const filters = { ...saved.filters, ...(stateIds && { stateIds }) }
      await trx
        .insertInto('saved_filters')
        .values({ product_id: productId, ...savedFilterColumns.write({ ...saved, filters }) })
        .execute()
    }
    for (const [index, { itemId, key }] of data.externalKeys.entries()) {
      await trx
        .updateTable('backlog_items')
        .set(itemColumns.patch({ externalKey: key }))
        .where('id', '=', ids.get('item', itemId, `search.externalKeys.${index}.itemId`))
        .execute()
    }
  }
})
