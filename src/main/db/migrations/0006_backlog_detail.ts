import { sql, type Kysely } from 'kysely'

/** What a refined backlog item carries beyond its title: criteria, hierarchy, links, labels, notes, Ready and Done. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE backlog_items ADD COLUMN parent_id INTEGER REFERENCES backlog_items(id) ON DELETE SET NULL`.execute(
    db
  )
  await sql`ALTER TABLE backlog_items ADD COLUMN notes TEXT NOT NULL DEFAULT ''`.execute(db)
  await db.schema.createIndex('backlog_items_parent').on('backlog_items').column('parent_id').execute()

  await db.schema
    .createTable('acceptance_criteria')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('item_id', 'integer', (c) => c.notNull().references('backlog_items.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('acceptance_criteria_item')
    .on('acceptance_criteria')
    .columns(['item_id', 'position'])
    .execute()

  // "blocker blocks blocked"; read the other way it is "blocked by".
  await db.schema
    .createTable('item_links')
    .addColumn('blocker_id', 'integer', (c) => c.notNull().references('backlog_items.id').onDelete('cascade'))
    .addColumn('blocked_id', 'integer', (c) => c.notNull().references('backlog_items.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('item_links_pk', ['blocker_id', 'blocked_id'])
    .addCheckConstraint('item_links_not_self', sql`blocker_id <> blocked_id`)
    .execute()
  await db.schema.createIndex('item_links_blocked').on('item_links').column('blocked_id').execute()

  await db.schema
    .createTable('labels')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .execute()
  await sql`CREATE UNIQUE INDEX labels_product_name ON labels (product_id, name COLLATE NOCASE)`.execute(db)
  await db.schema
    .createTable('item_labels')
    .addColumn('item_id', 'integer', (c) => c.notNull().references('backlog_items.id').onDelete('cascade'))
    .addColumn('label_id', 'integer', (c) => c.notNull().references('labels.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('item_labels_pk', ['item_id', 'label_id'])
    .execute()

  await db.schema
    .createTable('product_settings')
    .addColumn('product_id', 'integer', (c) => c.primaryKey().references('products.id').onDelete('cascade'))
    .addColumn('estimate_scale', 'text', (c) =>
      c
        .notNull()
        .defaultTo('fibonacci')
        .check(sql`estimate_scale IN ('fibonacci', 'tshirt')`)
    )
    .addColumn('estimate_threshold', 'real', (c) => c.notNull().defaultTo(8))
    .execute()

  // The product's Definition of Ready and Definition of Done, one checklist line per row.
  await db.schema
    .createTable('definition_criteria')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('ready', 'done')`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('definition_criteria_product')
    .on('definition_criteria')
    .columns(['product_id', 'kind', 'position'])
    .execute()
  await db.schema
    .createTable('item_ready_checks')
    .addColumn('item_id', 'integer', (c) => c.notNull().references('backlog_items.id').onDelete('cascade'))
    .addColumn('criterion_id', 'integer', (c) => c.notNull().references('definition_criteria.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('item_ready_checks_pk', ['item_id', 'criterion_id'])
    .execute()

  // Moving an item to a done state confirms the Definition of Done; an override keeps its reason here.
  await sql`ALTER TABLE status_changes ADD COLUMN dod_override TEXT`.execute(db)
}
