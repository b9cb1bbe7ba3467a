import { sql, type Kysely } from 'kysely'

/**
 * Flow policies (Kanban Guide 2020, "Defining and Visualizing the Workflow"): a WIP limit and
 * explicit entry and exit policies per workflow state, and the Service Level Expectation the team
 * chose. Existing states get no limit and empty policies, so nothing changes until a team sets them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('workflow_states')
    .addColumn('wip_limit', 'integer', (c) => c.check(sql`wip_limit IS NULL OR wip_limit >= 1`))
    .execute()
  await db.schema
    .alterTable('workflow_states')
    .addColumn('entry_policy', 'text', (c) => c.notNull().defaultTo(''))
    .execute()
  await db.schema
    .alterTable('workflow_states')
    .addColumn('exit_policy', 'text', (c) => c.notNull().defaultTo(''))
    .execute()

  await db.schema
    .createTable('service_level_expectations')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    // Room for an SLE per team later; null is the product's own, the only kind for now.
    .addColumn('team_id', 'integer')
    .addColumn('percentile', 'integer', (c) => c.notNull().check(sql`percentile BETWEEN 50 AND 99`))
    .addColumn('days', 'integer', (c) => c.notNull().check(sql`days >= 1`))
    .execute()
  // One SLE per product and team; NULLs never clash in a plain unique index, so the product's own counts as team 0.
  await sql`CREATE UNIQUE INDEX service_level_expectations_scope ON service_level_expectations (product_id, coalesce(team_id, 0))`.execute(
    db
  )
}
