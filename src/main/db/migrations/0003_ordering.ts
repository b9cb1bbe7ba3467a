import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('releases')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('target_date', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await sql`CREATE UNIQUE INDEX releases_name_unique ON releases (product_id, name COLLATE NOCASE)`.execute(db)

  // One row per scored item; a missing row means nothing is scored yet.
  await db.schema
    .createTable('item_scores')
    .addColumn('item_id', 'integer', (c) => c.primaryKey().references('backlog_items.id').onDelete('cascade'))
    .addColumn('ubv', 'real')
    .addColumn('tc', 'real')
    .addColumn('rr', 'real')
    .addColumn('job_size', 'real')
    .addColumn('value', 'real')
    .addColumn('effort', 'real')
    .addColumn('cod_per_week', 'real')
    .addColumn('duration_weeks', 'real')
    .addColumn('moscow', 'text', (c) => c.check(sql`moscow IN ('must', 'should', 'could', 'wont')`))
    .addColumn('release_id', 'integer', (c) => c.references('releases.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('item_scores_release').on('item_scores').column('release_id').execute()

  // Every score change, so a coach can see how the Product Owner's thinking moved.
  await db.schema
    .createTable('score_changes')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('item_id', 'integer', (c) => c.notNull().references('backlog_items.id').onDelete('cascade'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('old_value', 'text')
    .addColumn('new_value', 'text')
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('score_changes_item').on('score_changes').columns(['item_id', 'changed_at']).execute()

  // The ranks before an "Apply to my order", so it can be undone exactly.
  await db.schema
    .createTable('order_snapshots')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('model', 'text', (c) => c.notNull())
    // JSON array of [itemId, rank] for every item the apply moved.
    .addColumn('previous_ranks', 'text', (c) => c.notNull())
    .addColumn('moved', 'integer', (c) => c.notNull())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .execute()
  await db.schema
    .createIndex('order_snapshots_product')
    .on('order_snapshots')
    .columns(['product_id', 'applied_at'])
    .execute()

  await db.schema
    .createTable('kano_features')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('item_id', 'integer', (c) => c.references('backlog_items.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await sql`CREATE UNIQUE INDEX kano_features_name_unique ON kano_features (product_id, name COLLATE NOCASE)`.execute(
    db
  )

  const answer = sql`IN ('like', 'expect', 'neutral', 'live-with', 'dislike')`
  await db.schema
    .createTable('kano_answers')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('feature_id', 'integer', (c) => c.notNull().references('kano_features.id').onDelete('cascade'))
    .addColumn('respondent', 'text', (c) => c.notNull())
    .addColumn('functional', 'text', (c) => c.notNull().check(sql`functional ${answer}`))
    .addColumn('dysfunctional', 'text', (c) => c.notNull().check(sql`dysfunctional ${answer}`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('kano_answers_feature').on('kano_answers').column('feature_id').execute()
}
