import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely'

const cascadeToProduct = (c: ColumnDefinitionBuilder) => c.notNull().references('products.id').onDelete('cascade')
const oneToFive = (column: string) => sql.raw(`${column} BETWEEN 1 AND 5`)

/**
 * Customer discovery: customer segments, personas marked as buyer, user or both and placed in a
 * segment, an interview and feedback log, an assumption map whose assumptions can become EBM
 * experiments, and the product's definition, versioned as the vision is.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('customer_segments')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', cascadeToProduct)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    // The needs and jobs the segment has in common.
    .addColumn('needs', 'text', (c) => c.notNull().defaultTo(''))
    // How many they are, or notes on size ("about 4,000 members").
    .addColumn('size', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  // Segments are chosen by name on persona forms, so names are unique per product regardless of case.
  await sql`CREATE UNIQUE INDEX customer_segments_product_name ON customer_segments (product_id, name COLLATE NOCASE)`.execute(
    db
  )

  // Until now every persona described a user; only a story role that says "buyer" is sure to be one.
  await sql`ALTER TABLE personas ADD COLUMN buyer_or_user TEXT NOT NULL DEFAULT 'user' CHECK (buyer_or_user IN ('buyer', 'user', 'both'))`.execute(
    db
  )
  await sql`UPDATE personas SET buyer_or_user = 'buyer' WHERE lower(trim(role)) IN ('buyer', 'purchaser')`.execute(db)
  await sql`ALTER TABLE personas ADD COLUMN segment_id INTEGER REFERENCES customer_segments (id) ON DELETE SET NULL`.execute(
    db
  )
  await db.schema.createIndex('personas_segment').on('personas').column('segment_id').execute()

  await db.schema
    .createTable('assumptions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', cascadeToProduct)
    .addColumn('statement', 'text', (c) => c.notNull())
    .addColumn('risk', 'text', (c) =>
      c.notNull().check(sql`risk IN ('value', 'usability', 'feasibility', 'viability')`)
    )
    .addColumn('importance', 'integer', (c) => c.notNull().check(oneToFive('importance')))
    .addColumn('evidence', 'integer', (c) => c.notNull().check(oneToFive('evidence')))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    // The experiment that tests it; an experiment deleted in EBM leaves the assumption untested again.
    .addColumn('experiment_id', 'integer', (c) => c.references('ebm_experiments.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('assumptions_product').on('assumptions').columns(['product_id', 'created_at']).execute()
  // One experiment tests one assumption, so each side can show the other.
  await sql`CREATE UNIQUE INDEX assumptions_experiment ON assumptions (experiment_id) WHERE experiment_id IS NOT NULL`.execute(
    db
  )

  await db.schema
    .createTable('interviews')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', cascadeToProduct)
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) =>
      c.notNull().check(sql`method IN ('interview', 'survey', 'usability', 'analytics', 'support', 'other')`)
    )
    // Who: a persona, a stakeholder, a name, or any of them together; the service asks for one at least.
    .addColumn('persona_id', 'integer', (c) => c.references('personas.id').onDelete('set null'))
    .addColumn('stakeholder_id', 'integer', (c) => c.references('stakeholders.id').onDelete('set null'))
    .addColumn('person', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('learned', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('evidence_link', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('interviews_product').on('interviews').columns(['product_id', 'held_on']).execute()
  await db.schema.createIndex('interviews_persona').on('interviews').column('persona_id').execute()
  await db.schema.createIndex('interviews_stakeholder').on('interviews').column('stakeholder_id').execute()

  await db.schema
    .createTable('interview_items')
    .addColumn('interview_id', 'integer', (c) => c.notNull().references('interviews.id').onDelete('cascade'))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('backlog_items.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('interview_items_pk', ['interview_id', 'item_id'])
    .execute()
  await db.schema.createIndex('interview_items_item').on('interview_items').column('item_id').execute()

  await db.schema
    .createTable('interview_assumptions')
    .addColumn('interview_id', 'integer', (c) => c.notNull().references('interviews.id').onDelete('cascade'))
    .addColumn('assumption_id', 'integer', (c) => c.notNull().references('assumptions.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('interview_assumptions_pk', ['interview_id', 'assumption_id'])
    .execute()
  await db.schema
    .createIndex('interview_assumptions_assumption')
    .on('interview_assumptions')
    .column('assumption_id')
    .execute()

  // Shaped as vision_versions, so both go through one versioning service: each save is a new row.
  await db.schema
    .createTable('product_definition_versions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', cascadeToProduct)
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('product_definition_versions_number', ['product_id', 'number'])
    .execute()
}
