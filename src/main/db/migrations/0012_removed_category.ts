import { sql, type Kysely } from 'kysely'

/**
 * Lets a workflow state have the category 'removed' (cancelled, won't do, duplicate: neither done
 * nor open). SQLite cannot alter a CHECK constraint, so the table is rebuilt the documented way
 * (https://www.sqlite.org/lang_altertable.html#otheralter): new table, copy, drop, rename, indexes.
 * It relies on the migrator running with foreign keys off and checking them before commit; with
 * them on, dropping the old table would delete or refuse the items and history that reference it.
 *
 * Nothing else needs recreating: no trigger or view names workflow_states, and the references to
 * it from backlog_items and status_changes are by name, so they point at the new table once it is
 * renamed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The columns and constraints of 0001_initial, with the wider CHECK.
  await db.schema
    .createTable('workflow_states_new')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) =>
      c.notNull().check(sql`category IN ('todo', 'in_progress', 'done', 'removed')`)
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute()
  await sql`INSERT INTO workflow_states_new (id, product_id, name, category, position)
    SELECT id, product_id, name, category, position FROM workflow_states`.execute(db)
  // AUTOINCREMENT never reuses an id, even of a deleted state: the new table carries on from the old one's counter.
  await sql`DELETE FROM sqlite_sequence WHERE name = 'workflow_states_new'`.execute(db)
  await sql`INSERT INTO sqlite_sequence (name, seq) SELECT 'workflow_states_new', seq FROM sqlite_sequence WHERE name = 'workflow_states'`.execute(
    db
  )
  await sql`DROP TABLE workflow_states`.execute(db)
  await sql`ALTER TABLE workflow_states_new RENAME TO workflow_states`.execute(db)
  await db.schema
    .createIndex('workflow_states_product')
    .on('workflow_states')
    .columns(['product_id', 'position'])
    .execute()
}
