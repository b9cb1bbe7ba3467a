import { sql, type Kysely } from 'kysely'

/** The practice journal: entries per course assignment or outcome, their dated actions and evidence. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('practice_entries')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('track_id', 'text', (c) => c.notNull())
    // `track/slug` in the catalogue (src/shared/domain/practice).
    .addColumn('target_key', 'text', (c) => c.notNull())
    // JSON array of experiment keys.
    .addColumn('experiments', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('plan', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('outcome', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reflection', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('planned', 'in_progress', 'done')`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('practice_entries_product')
    .on('practice_entries')
    .columns(['product_id', 'target_key'])
    .execute()

  await db.schema
    .createTable('practice_actions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('entry_id', 'integer', (c) => c.notNull().references('practice_entries.id').onDelete('cascade'))
    .addColumn('on_day', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('practice_actions_entry').on('practice_actions').columns(['entry_id', 'on_day']).execute()

  // A link keeps `ref`/`ref_key` for the live thing and a JSON snapshot of it; the snapshot never changes.
  await db.schema
    .createTable('practice_evidence')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('entry_id', 'integer', (c) => c.notNull().references('practice_entries.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('ref', 'integer')
    .addColumn('ref_key', 'text')
    .addColumn('snapshot', 'text')
    .addColumn('file_name', 'text')
    .addColumn('file_type', 'text')
    .addColumn('file_size', 'integer')
    .addColumn('file_data', 'blob')
    .addColumn('added_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('practice_evidence_entry').on('practice_evidence').column('entry_id').execute()
}
