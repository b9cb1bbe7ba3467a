import type { Selectable } from 'kysely'
import { ApiError } from '@shared/api'
import type { BacklogFilters } from '@shared/api/methods/backlog'
import { type SavedFilter } from '@shared/api/methods/filters'
import type { Database } from '../../db/schema'
import type { Db } from '../deps'
import { getProduct } from '../products/service'
import { savedFilterColumns } from './columns'

function toSavedFilter(row: Selectable<Database['saved_filters']>): SavedFilter {
  return { id: row.id, productId: row.product_id, ...savedFilterColumns.read(row) }
}

export async function listFilters(db: Db, productId: number): Promise<SavedFilter[]> {
  await getProduct(db, productId)
  const rows = await db
    .selectFrom('saved_filters')
    .selectAll()
    .where('product_id', '=', productId)
    .orderBy('name')
    .execute()
  return rows.map(toSavedFilter)
}

/** Saving under a name the product already has (any case) replaces that filter, keeping its id. */
export async function saveFilter(
  db: Db,
  input: { productId: number; name: string; query: string; filters: BacklogFilters },
  at: Date
): Promise<SavedFilter> {
  await getProduct(db, input.productId)
  const stateIds = input.filters.stateIds ?? []
  if (stateIds.length > 0) {
    const known = await db
      .selectFrom('workflow_states')
      .select('id')
      .where('product_id', '=', input.productId)
      .where('id', 'in', stateIds)
      .execute()
    const index = stateIds.findIndex((id) => !known.some((k) => k.id === id))
    if (index >= 0) {
      throw new ApiError('invalid_input', `Status ${stateIds[index]} is not a workflow state of this product.`, [
        { path: `filters.stateIds.${index}`, message: 'Choose one of the product’s workflow states' }
      ])
    }
  }
  const existing = await db
    .selectFrom('saved_filters')
    .select('id')
    .where('product_id', '=', input.productId)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', input.name.toLowerCase()))
    .executeTakeFirst()
  const id = existing
    ? (
        await db
          .updateTable('saved_filters')
          .set(savedFilterColumns.patch({ name: input.name, query: input.query, filters: input.filters }))
          .where('id', '=', existing.id)
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
    : (
        await db
          .insertInto('saved_filters')
          .values({
            product_id: input.productId,
            ...savedFilterColumns.write({ ...input, createdAt: at.toISOString() })
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
  return toSavedFilter(await db.selectFrom('saved_filters').selectAll().where('id', '=', id).executeTakeFirstOrThrow())
}

export async function deleteFilter(db: Db, id: number): Promise<{ deleted: number }> {
  const result = await db.deleteFrom('saved_filters').where('id', '=', id).executeTakeFirst()
  if (Number(result.numDeletedRows) === 0) throw new ApiError('not_found', `There is no saved filter with id ${id}.`)
  return { deleted: id }
}
