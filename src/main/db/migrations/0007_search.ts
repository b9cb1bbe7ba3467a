import { sql, type Kysely } from 'kysely'
import { createCriteriaTriggers, createItemTriggers, indexExistingItems } from './search-triggers'

/**
 * Full-text search over items, saved filters, and the keys items carry from the tool they were
 * imported from (a Jira issue key, an Azure DevOps ID), so importing the same file again updates them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE backlog_items ADD COLUMN external_key TEXT`.execute(db)
  await sql`CREATE UNIQUE INDEX backlog_items_external_key ON backlog_items (product_id, external_key) WHERE external_key IS NOT NULL`.execute(
    db
  )

  await db.schema
    .createTable('saved_filters')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('filters', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await sql`CREATE UNIQUE INDEX saved_filters_product_name ON saved_filters (product_id, name COLLATE NOCASE)`.execute(
    db
  )

  // The index keeps its own copy of the text (rowid = item id); triggers keep it in step with the
  // items and their criteria, whoever writes them (services, undo, imports), so it never drifts.
  await sql`CREATE VIRTUAL TABLE item_search USING fts5(title, description, criteria, tokenize = 'unicode61 remove_diacritics 2')`.execute(
    db
  )
  await createCriteriaTriggers(db)
  await createItemTriggers(db)
  await indexExistingItems(db)
}
