import { sql, type Kysely } from 'kysely'

/**
 * Strategy: canvases kept as numbered versions (Business Model Canvas, Value Proposition Canvas,
 * SWOT), competitors with criteria the Product Owner scores them on, and the cost items of the
 * product's total cost of ownership.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // A Value Proposition Canvas may be written for a persona; removing the persona keeps the canvas.
  await db.schema
    .createTable('strategy_canvases')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('bmc', 'vpc', 'swot')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('persona_id', 'integer', (c) => c.references('personas.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('strategy_canvases_persona_vpc', sql`persona_id IS NULL OR kind = 'vpc'`)
    .execute()
  await db.schema
    .createIndex('strategy_canvases_product')
    .on('strategy_canvases')
    .columns(['product_id', 'kind'])
    .execute()
  await db.schema.createIndex('strategy_canvases_persona').on('strategy_canvases').column('persona_id').execute()

  // As vision_versions: `content` is the whole canvas as JSON, never changed once saved.
  await db.schema
    .createTable('canvas_versions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('canvas_id', 'integer', (c) => c.notNull().references('strategy_canvases.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('canvas_versions_number', ['canvas_id', 'number'])
    .execute()

  await db.schema
    .createTable('competitors')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('offer', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('strengths', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('weaknesses', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('positioning', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  // Competitors and criteria are columns and rows of one table, told apart by name.
  await sql`CREATE UNIQUE INDEX competitors_product_name ON competitors (product_id, name COLLATE NOCASE)`.execute(db)

  // `own_score` is the product's own score on the criterion, beside the competitors'.
  await db.schema
    .createTable('competitor_criteria')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('weight', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`weight BETWEEN 1 AND 5`)
    )
    .addColumn('own_score', 'integer', (c) => c.check(sql`own_score BETWEEN 1 AND 5`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await sql`CREATE UNIQUE INDEX competitor_criteria_product_name ON competitor_criteria (product_id, name COLLATE NOCASE)`.execute(
    db
  )

  await db.schema
    .createTable('competitor_scores')
    .addColumn('competitor_id', 'integer', (c) => c.notNull().references('competitors.id').onDelete('cascade'))
    .addColumn('criterion_id', 'integer', (c) => c.notNull().references('competitor_criteria.id').onDelete('cascade'))
    .addColumn('score', 'integer', (c) => c.notNull().check(sql`score BETWEEN 1 AND 5`))
    .addPrimaryKeyConstraint('competitor_scores_pk', ['competitor_id', 'criterion_id'])
    .execute()
  await db.schema.createIndex('competitor_scores_criterion').on('competitor_scores').column('criterion_id').execute()

  await db.schema
    .createTable('cost_items')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('category', 'text', (c) =>
      c.notNull().check(sql`category IN ('build', 'run', 'support', 'licence', 'other')`)
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('amount', 'real', (c) => c.notNull().check(sql`amount >= 0`))
    .addColumn('period', 'text', (c) => c.notNull().check(sql`period IN ('one-off', 'monthly', 'quarterly', 'yearly')`))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('cost_items_product').on('cost_items').columns(['product_id', 'position']).execute()
}
