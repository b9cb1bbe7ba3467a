import { sql, type Kysely } from 'kysely'

/**
 * Several Scrum Teams on one product: teams per product, and items and Sprints that belong to one.
 * They share the product's Product Backlog, Product Goal and Definition of Done; a team may add
 * lines of its own to the Definition of Done (`definition_criteria.team_id`), never take any away.
 *
 * Every new reference is nullable and starts empty: null means "no team yet", and a product without
 * teams works exactly as before. Items and Sprints refer to their team without a delete action, so
 * the database refuses to drop a team that still has work; the service says so first.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('teams')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  // A team is picked by name in lists and filters, so names are unique per product regardless of case.
  await sql`CREATE UNIQUE INDEX teams_product_name ON teams (product_id, name COLLATE NOCASE)`.execute(db)

  await sql`ALTER TABLE backlog_items ADD COLUMN team_id INTEGER REFERENCES teams (id)`.execute(db)
  await db.schema.createIndex('backlog_items_team').on('backlog_items').column('team_id').execute()
  await sql`ALTER TABLE sprints ADD COLUMN team_id INTEGER REFERENCES teams (id)`.execute(db)
  // Only the Definition of Done takes a team's additions; the Definition of Ready stays the product's.
  await sql`ALTER TABLE definition_criteria ADD COLUMN team_id INTEGER REFERENCES teams (id) ON DELETE CASCADE
    CHECK (team_id IS NULL OR kind = 'done')`.execute(db)
}
