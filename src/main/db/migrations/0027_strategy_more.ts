import { sql, type Kysely } from 'kysely'

/**
 * More strategy: the technical strategy as a fourth canvas kind, and the influences on the ability
 * to deliver value, each rated for predictability and control.
 *
 * SQLite cannot alter a CHECK constraint, so strategy_canvases is rebuilt the documented way
 * (https://www.sqlite.org/lang_altertable.html#otheralter), as 0012 rebuilt workflow_states: new
 * table, copy, drop, rename, indexes. The migrator runs with foreign keys off and checks them before
 * commit; canvas_versions names strategy_canvases, so it points at the new table once renamed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The columns and constraints of 0026_strategy, with the wider CHECK.
  await db.schema
    .createTable('strategy_canvases_new')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('bmc', 'vpc', 'swot', 'tech')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('persona_id', 'integer', (c) => c.references('personas.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('strategy_canvases_persona_vpc', sql`persona_id IS NULL OR kind = 'vpc'`)
    .execute()
  await sql`INSERT INTO strategy_canvases_new (id, product_id, kind, title, persona_id, created_at, updated_at)
    SELECT id, product_id, kind, title, persona_id, created_at, updated_at FROM strategy_canvases`.execute(db)
  // AUTOINCREMENT never reuses an id: the new table carries on from the old one's counter.
  await sql`DELETE FROM sqlite_sequence WHERE name = 'strategy_canvases_new'`.execute(db)
  await sql`INSERT INTO sqlite_sequence (name, seq) SELECT 'strategy_canvases_new', seq FROM sqlite_sequence WHERE name = 'strategy_canvases'`.execute(
    db
  )
  await sql`DROP TABLE strategy_canvases`.execute(db)
  await sql`ALTER TABLE strategy_canvases_new RENAME TO strategy_canvases`.execute(db)
  await db.schema
    .createIndex('strategy_canvases_product')
    .on('strategy_canvases')
    .columns(['product_id', 'kind'])
    .execute()
  await db.schema.createIndex('strategy_canvases_persona').on('strategy_canvases').column('persona_id').execute()

  await db.schema
    .createTable('influences')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('predictability', 'integer', (c) => c.notNull().check(sql`predictability BETWEEN 1 AND 5`))
    .addColumn('control', 'integer', (c) => c.notNull().check(sql`control BETWEEN 1 AND 5`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  // One factor, one line: the same name twice would split its ratings.
  await sql`CREATE UNIQUE INDEX influences_product_name ON influences (product_id, name COLLATE NOCASE)`.execute(db)
}
