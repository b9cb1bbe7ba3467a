import { sql, type Selectable } from 'kysely'
import { ApiError, type Product } from '@shared/api'
import { DEFAULT_WORKFLOW, type StateCategory } from '@shared/domain/backlog'
import { derivePrefix } from '@shared/domain/items/key'
import type { Database } from '../../db/schema'
import { inTransaction, type Db, type ServiceDeps } from '../deps'
import { stateColumns } from '../workflow/columns'
import { productColumns } from './columns'

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error as { code: string }).code === 'SQLITE_CONSTRAINT_UNIQUE'
}

function nameTaken(name: string): ApiError {
  return new ApiError('conflict', `A product called "${name}" already exists; choose another name.`, [
    { path: 'name', message: 'This name is already used by another product' }
  ])
}

/** A stored product row in the API's shape: archived is whether it has an archive time. */
export function toProduct(row: Selectable<Database['products']> & { item_count: number }): Product {
  const { archivedAt, nextItemNumber: _next, ...own } = productColumns.read(row)
  return { id: row.id, ...own, archived: archivedAt !== null, itemCount: row.item_count }
}

function selectProducts(db: Db) {
  return db
    .selectFrom('products as p')
    .selectAll('p')
    .select((eb) =>
      eb
        .selectFrom('backlog_items as i')
        .select(sql<number>`count(*)`.as('n'))
        .whereRef('i.product_id', '=', 'p.id')
        .where('i.deleted_at', 'is', null)
        .as('item_count')
    )
}

export async function getProduct(db: Db, id: number): Promise<Product> {
  const row = await selectProducts(db).where('p.id', '=', id).executeTakeFirst()
  if (!row) throw new ApiError('not_found', `There is no product with id ${id}.`)
  return toProduct({ ...row, item_count: Number(row.item_count ?? 0) })
}

/** What starts the product's item keys; pass it with each item's number to itemKey. */
export async function itemPrefixOf(db: Db, productId: number): Promise<string> {
  const row = await db
    .selectFrom('products')
    .select('item_prefix')
    .where('id', '=', productId)
    .executeTakeFirstOrThrow()
  return row.item_prefix
}

/** Refuses an unknown product without counting its items, as getProduct does. */
export async function requireProduct(db: Db, id: number): Promise<void> {
  const row = await db.selectFrom('products').select('id').where('id', '=', id).executeTakeFirst()
  if (!row) throw new ApiError('not_found', `There is no product with id ${id}.`)
}

/** Inserts a product with the default workflow; used by the API and by the sample generator. */
export async function insertProduct(
  db: Db,
  fields: {
    name: string
    description: string
    isSample?: boolean
    workflow?: ReadonlyArray<{ name: string; category: StateCategory }>
  },
  at: Date
): Promise<number> {
  const stamp = at.toISOString()
  try {
    return await inTransaction(db, async (trx) => {
      const { id } = await trx
        .insertInto('products')
        .values(
          productColumns.write({
            ...fields,
            isSample: fields.isSample ?? false,
            itemPrefix: derivePrefix(fields.name),
            nextItemNumber: 1,
            archivedAt: null,
            createdAt: stamp,
            updatedAt: stamp
          })
        )
        .returning('id')
        .executeTakeFirstOrThrow()
      await trx
        .insertInto('workflow_states')
        .values(
          (fields.workflow ?? DEFAULT_WORKFLOW).map((state, position) => ({
            product_id: id,
            ...stateColumns.write({ ...state, position, wipLimit: null, entryPolicy: '', exitPolicy: '' })
          }))
        )
        .execute()
      return id
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(fields.name)
    throw error
  }
}

export function createProductService({ db, now }: ServiceDeps) {
  return {
    async list(includeArchived: boolean): Promise<Product[]> {
      let query = selectProducts(db)
      if (!includeArchived) query = query.where('p.archived_at', 'is', null)
      const rows = await query
        .orderBy(sql`p.archived_at IS NOT NULL`)
        .orderBy(sql`p.name COLLATE NOCASE`)
        .execute()
      return rows.map((row) => toProduct({ ...row, item_count: Number(row.item_count ?? 0) }))
    },

    async create(name: string, description: string): Promise<Product> {
      return getProduct(db, await insertProduct(db, { name, description }, now()))
    },

    async rename(id: number, name: string): Promise<Product> {
      await getProduct(db, id)
      try {
        await db
          .updateTable('products')
          .set(productColumns.patch({ name, updatedAt: now().toISOString() }))
          .where('id', '=', id)
          .execute()
      } catch (error) {
        if (isUniqueViolation(error)) throw nameTaken(name)
        throw error
      }
      return getProduct(db, id)
    },

    async setItemPrefix(id: number, itemPrefix: string): Promise<Product> {
      await getProduct(db, id)
      await db
        .updateTable('products')
        .set(productColumns.patch({ itemPrefix, updatedAt: now().toISOString() }))
        .where('id', '=', id)
        .execute()
      return getProduct(db, id)
    },

    async setArchived(id: number, archived: boolean): Promise<Product> {
      await getProduct(db, id)
      const stamp = now().toISOString()
      await db
        .updateTable('products')
        .set(productColumns.patch({ archivedAt: archived ? stamp : null, updatedAt: stamp }))
        .where('id', '=', id)
        .execute()
      return getProduct(db, id)
    },

    async remove(id: number, confirmName: string): Promise<{ deleted: number }> {
      const product = await getProduct(db, id)
      if (confirmName.trim() !== product.name) {
        throw new ApiError('invalid_input', `To delete "${product.name}", type its name exactly.`, [
          { path: 'confirmName', message: `Type "${product.name}" to confirm` }
        ])
      }
      await deleteProduct(db, id)
      return { deleted: id }
    }
  }
}

/** Deletes a product and everything in it in one transaction (history first: it references states). */
export async function deleteProduct(db: Db, id: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx
      .deleteFrom('status_changes')
      .where('item_id', 'in', trx.selectFrom('backlog_items').select('id').where('product_id', '=', id))
      .execute()
    await trx.deleteFrom('backlog_items').where('product_id', '=', id).execute()
    await trx.deleteFrom('workflow_states').where('product_id', '=', id).execute()
    await trx.deleteFrom('products').where('id', '=', id).execute()
  })
}
