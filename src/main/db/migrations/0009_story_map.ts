import type { Kysely } from 'kysely'

/**
 * The story map's backbone (activities, each with its steps) and release slices. Stories are the
 * backlog's own items: a placement only says under which step and in which slice one sits.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('story_map_activities')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('story_map_steps')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('story_map_activities.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('story_map_slices')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('story_map_placements')
    .addColumn('item_id', 'integer', (c) => c.primaryKey().references('backlog_items.id').onDelete('cascade'))
    .addColumn('step_id', 'integer', (c) => c.notNull().references('story_map_steps.id').onDelete('cascade'))
    // No slice: the story sits on the map but in no release yet.
    .addColumn('slice_id', 'integer', (c) => c.references('story_map_slices.id').onDelete('set null'))
    .execute()
  await db.schema
    .createIndex('story_map_activities_product')
    .on('story_map_activities')
    .columns(['product_id', 'position'])
    .execute()
  await db.schema
    .createIndex('story_map_steps_activity')
    .on('story_map_steps')
    .columns(['activity_id', 'position'])
    .execute()
  await db.schema
    .createIndex('story_map_slices_product')
    .on('story_map_slices')
    .columns(['product_id', 'position'])
    .execute()
  await db.schema.createIndex('story_map_placements_step').on('story_map_placements').column('step_id').execute()
}
