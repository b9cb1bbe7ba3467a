import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  // One working-day calendar per product; a product without a row uses the default (weekends off).
  await db.schema
    .createTable('flow_calendars')
    .addColumn('product_id', 'integer', (c) => c.primaryKey().references('products.id').onDelete('cascade'))
    .addColumn('weekends_off', 'integer', (c) => c.notNull().check(sql`weekends_off IN (0, 1)`))
    // A JSON array of ISO days, sorted and without duplicates.
    .addColumn('non_working_days', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute()

  await db.schema
    .createTable('saved_forecasts')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('question', 'text', (c) => c.notNull().check(sql`question IN ('when', 'how-many')`))
    .addColumn('question_key', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('inputs', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('saved_forecasts_question')
    .on('saved_forecasts')
    .columns(['product_id', 'question_key', 'created_at'])
    .execute()
}
