import { sql, type Kysely } from 'kysely'

/**
 * The backlog's undo history: each edit keeps the rows of the items it touched as they were before
 * and after, so undo and redo work across reloads and for every client of the API.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('edit_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('before', 'text', (c) => c.notNull())
    .addColumn('after', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('undone', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`undone IN (0, 1)`)
    )
    .execute()
  await db.schema.createIndex('edit_log_product').on('edit_log').columns(['product_id', 'id']).execute()

  // A split remembers its pattern, so backlog health can count splits and the parent can say how it was cut.
  await db.schema
    .createTable('item_splits')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('item_id', 'integer', (c) => c.notNull().references('backlog_items.id').onDelete('cascade'))
    .addColumn('pattern', 'text', (c) => c.notNull())
    .addColumn('split_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('item_splits_item').on('item_splits').column('item_id').execute()
}
