import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('app_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('products')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_sample', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  // Product names are unique regardless of case, so the switcher and the CLI can name them unambiguously.
  await sql`CREATE UNIQUE INDEX products_name_unique ON products (name COLLATE NOCASE)`.execute(db)

  await db.schema
    .createTable('workflow_states')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull().check(sql`category IN ('todo', 'in_progress', 'done')`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('workflow_states_product')
    .on('workflow_states')
    .columns(['product_id', 'position'])
    .execute()

  await db.schema
    .createTable('backlog_items')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) =>
      c.notNull().check(sql`type IN ('epic', 'feature', 'story', 'bug', 'technical', 'spike')`)
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('estimate', 'real')
    .addColumn('state_id', 'integer', (c) => c.notNull().references('workflow_states.id'))
    // Fractional rank: moving an item rewrites only its own rank.
    .addColumn('rank', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute()
  await db.schema.createIndex('backlog_items_order').on('backlog_items').columns(['product_id', 'rank']).execute()

  await db.schema
    .createTable('status_changes')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('item_id', 'integer', (c) => c.notNull().references('backlog_items.id').onDelete('cascade'))
    .addColumn('from_state_id', 'integer', (c) => c.references('workflow_states.id'))
    .addColumn('to_state_id', 'integer', (c) => c.notNull().references('workflow_states.id'))
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('status_changes_item').on('status_changes').columns(['item_id', 'changed_at']).execute()
}
