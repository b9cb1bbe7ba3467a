import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely'

const cascadeToProduct = (c: ColumnDefinitionBuilder) => c.notNull().references('products.id').onDelete('cascade')

/** Vision versions, Product Goals, Sprints, OKRs, roadmaps, personas and stakeholders. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Every save of the vision is a new row; the newest one is the current vision.
  await db.schema
    .createTable('vision_versions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', cascadeToProduct)
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    // JSON of the whole vision (pitch, board, box, canvas).
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('vision_versions_number', ['product_id', 'number'])
    .execute()

  await db.schema
    .createTable('product_goals')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', cascadeToProduct)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('measure', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('baseline', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('target', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('target_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('draft', 'active', 'achieved', 'abandoned')`))
    .addColumn('end_reason', 'text')
    .addColumn('activated_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  // The database itself holds the one-active-goal rule, whatever the code above it does.
  await sql`CREATE UNIQUE INDEX product_goals_one_active ON product_goals (product_id) WHERE status = 'active'`.execute(
    db
  )

  // An item serves at most one Product Goal.
  await db.schema
    .createTable('item_goal_links')
    .addColumn('item_id', 'integer', (c) => c.primaryKey().references('backlog_items.id').onDelete('cascade'))
    .addColumn('goal_id', 'integer', (c) => c.notNull().references('product_goals.id').onDelete('cascade'))
    .execute()
  await db.schema.createIndex('item_goal_links_goal').on('item_goal_links').column('goal_id').execute()

  await db.schema
    .createTable('sprints')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', cascadeToProduct)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('goal', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('product_goal_id', 'integer', (c) => c.references('product_goals.id').onDelete('set null'))
    .addColumn('outcome', 'text', (c) => c.check(sql`outcome IN ('met', 'partly', 'not')`))
    .addColumn('review_notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('sprints_product').on('sprints').columns(['product_id', 'start_date']).execute()

  await db.schema
    .createTable('sprint_items')
    .addColumn('sprint_id', 'integer', (c) => c.notNull().references('sprints.id').onDelete('cascade'))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('backlog_items.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('sprint_items_pk', ['sprint_id', 'item_id'])
    .execute()
  await db.schema.createIndex('sprint_items_item').on('sprint_items').column('item_id').execute()

  await db.schema
    .createTable('okr_objectives')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', cascadeToProduct)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('goal_id', 'integer', (c) => c.references('product_goals.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('okr_key_results')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('objective_id', 'integer', (c) => c.notNull().references('okr_objectives.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('baseline', 'real', (c) => c.notNull())
    .addColumn('target', 'real', (c) => c.notNull())
    .addColumn('current', 'real', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull().defaultTo(''))
    .execute()
  await db.schema
    .createIndex('okr_key_results_objective')
    .on('okr_key_results')
    .columns(['objective_id', 'position'])
    .execute()

  // A goal's place on the Now / Next / Later board; goals not on the board have no row.
  await db.schema
    .createTable('roadmap_placements')
    .addColumn('goal_id', 'integer', (c) => c.primaryKey().references('product_goals.id').onDelete('cascade'))
    .addColumn('product_id', 'integer', cascadeToProduct)
    .addColumn('horizon', 'text', (c) => c.notNull().check(sql`horizon IN ('now', 'next', 'later')`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('roadmap_rows')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', cascadeToProduct)
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('timeframe', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('goal', 'text', (c) => c.notNull().defaultTo(''))
    // JSON array of feature names.
    .addColumn('features', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('metrics', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('product_goal_id', 'integer', (c) => c.references('product_goals.id').onDelete('set null'))
    .execute()

  await db.schema
    .createTable('personas')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', cascadeToProduct)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('picture', 'text')
    .addColumn('context', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('goals', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('pains', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('quote', 'text', (c) => c.notNull().defaultTo(''))
    // JSON: the empathy map (says, thinks, does, feels, pains, gains) and the job stories.
    .addColumn('empathy', 'text', (c) => c.notNull())
    .addColumn('job_stories', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  // An item may serve several personas.
  await db.schema
    .createTable('item_persona_links')
    .addColumn('item_id', 'integer', (c) => c.notNull().references('backlog_items.id').onDelete('cascade'))
    .addColumn('persona_id', 'integer', (c) => c.notNull().references('personas.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('item_persona_links_pk', ['item_id', 'persona_id'])
    .execute()
  await db.schema.createIndex('item_persona_links_persona').on('item_persona_links').column('persona_id').execute()

  await db.schema
    .createTable('stakeholders')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', cascadeToProduct)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('power', 'integer', (c) => c.notNull().check(sql`power BETWEEN 0 AND 100`))
    .addColumn('interest', 'integer', (c) => c.notNull().check(sql`interest BETWEEN 0 AND 100`))
    .addColumn('interests', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('cadence_days', 'integer')
    .addColumn('last_contact_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
}
