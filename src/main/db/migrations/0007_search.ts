import { sql, type Kysely } from 'kysely'

/**
 * Full-text search over items, saved filters, and the keys items carry from the tool they were
 * imported from (a Jira issue key, an Azure DevOps ID), so importing the same file again updates them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE backlog_items ADD COLUMN external_key TEXT`.execute(db)
  await sql`CREATE UNIQUE INDEX backlog_items_external_key ON backlog_items (product_id, external_key) WHERE external_key IS NOT NULL`.execute(db)

  await db.schema
    .createTable('saved_filters')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('filters', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await sql`CREATE UNIQUE INDEX saved_filters_product_name ON saved_filters (product_id, name COLLATE NOCASE)`.execute(db)

  // The index keeps its own copy of the text (rowid = item id); triggers keep it in step with the
  // items and their criteria, whoever writes them (services, undo, imports), so it never drifts.
  await sql`CREATE VIRTUAL TABLE item_search USING fts5(title, description, criteria, tokenize = 'unicode61 remove_diacritics 2')`.execute(db)
  const criteriaOf = (itemId: string) => sql.raw(
    `(SELECT coalesce(group_concat(text, char(10) ORDER BY position, id), '') FROM acceptance_criteria WHERE item_id = ${itemId})`
  )
  await sql`CREATE TRIGGER item_search_insert AFTER INSERT ON backlog_items BEGIN
    INSERT INTO item_search (rowid, title, description, criteria) VALUES (new.id, new.title, new.description, ${criteriaOf('new.id')});
  END`.execute(db)
  await sql`CREATE TRIGGER item_search_update AFTER UPDATE OF title, description ON backlog_items BEGIN
    UPDATE item_search SET title = new.title, description = new.description WHERE rowid = new.id;
  END`.execute(db)
  await sql`CREATE TRIGGER item_search_delete AFTER DELETE ON backlog_items BEGIN
    DELETE FROM item_search WHERE rowid = old.id;
  END`.execute(db)
  for (const [event, row] of [['INSERT', 'new'], ['UPDATE', 'new'], ['DELETE', 'old']] as const) {
    await sql`CREATE TRIGGER ${sql.raw(`item_search_criteria_${event.toLowerCase()}`)} AFTER ${sql.raw(event)} ON acceptance_criteria BEGIN
      UPDATE item_search SET criteria = ${criteriaOf(`${row}.item_id`)} WHERE rowid = ${sql.raw(`${row}.item_id`)};
    END`.execute(db)
  }
  // An item that moves to another criterion list (update of item_id) refreshes its old list too.
  await sql`CREATE TRIGGER item_search_criteria_move AFTER UPDATE OF item_id ON acceptance_criteria BEGIN
    UPDATE item_search SET criteria = ${criteriaOf('old.item_id')} WHERE rowid = old.item_id;
  END`.execute(db)

  await sql`INSERT INTO item_search (rowid, title, description, criteria)
    SELECT i.id, i.title, i.description, ${criteriaOf('i.id')} FROM backlog_items i`.execute(db)
}
