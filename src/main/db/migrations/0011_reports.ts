import type { Kysely } from 'kysely'

/**
 * Coaches' reviews of exported reports, kept with the product they answer. Comments stay together
 * as one JSON array: they are always read and written with their review.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('report_reviews')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('report_id', 'text', (c) => c.notNull())
    .addColumn('report_checksum', 'text', (c) => c.notNull())
    .addColumn('report_title', 'text', (c) => c.notNull())
    .addColumn('reviewer', 'text', (c) => c.notNull())
    .addColumn('reviewed_at', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('assessment', 'text', (c) => c.notNull())
    .addColumn('comments', 'text', (c) => c.notNull())
    // 0 when the file's checksum did not match its content at import.
    .addColumn('intact', 'integer', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('report_reviews_product')
    .on('report_reviews')
    .columns(['product_id', 'imported_at'])
    .execute()
}
