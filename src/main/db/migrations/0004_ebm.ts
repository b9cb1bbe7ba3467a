import { sql, type Kysely } from 'kysely'

const inList = (column: string, values: readonly string[]) =>
  sql.raw(`${column} IN (${values.map((v) => `'${v}'`).join(', ')})`)

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ebm_measures')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('area', 'text', (c) =>
      c.notNull().check(inList('area', ['current-value', 'unrealized-value', 'time-to-market', 'ability-to-innovate']))
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('direction', 'text', (c) => c.notNull().check(inList('direction', ['higher', 'lower'])))
    .addColumn('indicator', 'text', (c) => c.notNull().check(inList('indicator', ['leading', 'lagging'])))
    .addColumn('category', 'text', (c) =>
      c.notNull().check(inList('category', ['resources', 'activities', 'output', 'outcome', 'impact']))
    )
    .addColumn('how_measured', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('catalogue_key', 'text')
    // Non-null: the values are computed from the backlog's status history on every read.
    .addColumn('automatic_source', 'text')
    .addColumn('target_value', 'real')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('ebm_measures_product').on('ebm_measures').columns(['product_id', 'area']).execute()
  // CSV imports name measures, so a name means one measure per product, regardless of case.
  await sql`CREATE UNIQUE INDEX ebm_measures_name ON ebm_measures (product_id, name COLLATE NOCASE)`.execute(db)

  await db.schema
    .createTable('ebm_measure_values')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('measure_id', 'integer', (c) => c.notNull().references('ebm_measures.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('value', 'real', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .execute()
  // One value per measure and day: recording a day again replaces its value.
  await db.schema
    .createIndex('ebm_measure_values_day')
    .unique()
    .on('ebm_measure_values')
    .columns(['measure_id', 'date'])
    .execute()

  await db.schema
    .createTable('ebm_goals')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('level', 'text', (c) => c.notNull().check(inList('level', ['strategic', 'intermediate', 'tactical'])))
    // Deleting a goal keeps its sub-goals, without a parent.
    .addColumn('parent_id', 'integer', (c) => c.references('ebm_goals.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('target_date', 'text')
    .addColumn('current_state', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('current_state_date', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('ebm_goals_product').on('ebm_goals').columns(['product_id', 'parent_id']).execute()

  await db.schema
    .createTable('ebm_goal_targets')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('goal_id', 'integer', (c) => c.notNull().references('ebm_goals.id').onDelete('cascade'))
    .addColumn('measure_id', 'integer', (c) => c.notNull().references('ebm_measures.id').onDelete('cascade'))
    .addColumn('baseline', 'real', (c) => c.notNull())
    .addColumn('target', 'real', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('ebm_goal_targets_goal').on('ebm_goal_targets').columns(['goal_id', 'position']).execute()
  await db.schema.createIndex('ebm_goal_targets_measure').on('ebm_goal_targets').column('measure_id').execute()

  await db.schema
    .createTable('ebm_experiments')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('goal_id', 'integer', (c) => c.references('ebm_goals.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    // No cascade: the service refuses to delete a measure an experiment is judged by.
    .addColumn('measure_id', 'integer', (c) => c.notNull().references('ebm_measures.id'))
    .addColumn('expected_value', 'real', (c) => c.notNull())
    .addColumn('by_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(inList('status', ['planned', 'running', 'concluded'])))
    .addColumn('decision', 'text', (c) => c.check(inList('decision', ['persevere', 'pivot', 'stop'])))
    .addColumn('decision_notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('ebm_experiments_product')
    .on('ebm_experiments')
    .columns(['product_id', 'created_at'])
    .execute()
  await db.schema.createIndex('ebm_experiments_measure').on('ebm_experiments').column('measure_id').execute()

  await db.schema
    .createTable('ebm_experiment_items')
    .addColumn('experiment_id', 'integer', (c) => c.notNull().references('ebm_experiments.id').onDelete('cascade'))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('backlog_items.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('ebm_experiment_items_pk', ['experiment_id', 'item_id'])
    .execute()
  await db.schema.createIndex('ebm_experiment_items_item').on('ebm_experiment_items').column('item_id').execute()
}
