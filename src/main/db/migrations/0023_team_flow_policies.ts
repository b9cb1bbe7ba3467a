import { sql, type Kysely } from 'kysely'

/**
 * WIP limits per team as well as per workflow state (Kanban Guide 2020, "Defining and Visualizing
 * the Workflow"): each team on the product may cap what it holds in a to-do or in-progress state.
 * A team's limit goes with its team or its state. The team SLE needs no new table: the
 * `service_level_expectations` rows with a team were kept room for since 0017.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('team_wip_limits')
    .addColumn('team_id', 'integer', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('state_id', 'integer', (c) => c.notNull().references('workflow_states.id').onDelete('cascade'))
    .addColumn('wip_limit', 'integer', (c) => c.notNull().check(sql`wip_limit >= 1`))
    .addPrimaryKeyConstraint('team_wip_limits_pk', ['team_id', 'state_id'])
    .execute()
  // Removing a state deletes by state; the primary key serves lookups by team.
  await db.schema.createIndex('team_wip_limits_state').on('team_wip_limits').column('state_id').execute()
  // SLEs of teams removed before this version had nothing to clean them up.
  await sql`DELETE FROM service_level_expectations WHERE team_id IS NOT NULL AND team_id NOT IN (SELECT id FROM teams)`.execute(
    db
  )
}
