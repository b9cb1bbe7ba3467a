import { sql, type Kysely } from 'kysely'

/**
 * Sprint Reviews with their attendees and the feedback each stakeholder gave (and the backlog item it
 * became or changed), a contact log that keeps what was discussed, and the Product Owner's own
 * Retrospective note per Sprint with improvement actions.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One review per Sprint; `agenda` is the JSON snapshot taken when it was prepared.
  await db.schema
    .createTable('sprint_reviews')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('sprint_id', 'integer', (c) => c.notNull().unique().references('sprints.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('prepared', 'held')`))
    .addColumn('agenda', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('prepared_at', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('sprint_review_attendees')
    .addColumn('review_id', 'integer', (c) => c.notNull().references('sprint_reviews.id').onDelete('cascade'))
    .addColumn('stakeholder_id', 'integer', (c) => c.notNull().references('stakeholders.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('sprint_review_attendees_pk', ['review_id', 'stakeholder_id'])
    .execute()
  await db.schema
    .createIndex('sprint_review_attendees_stakeholder')
    .on('sprint_review_attendees')
    .column('stakeholder_id')
    .execute()

  // Feedback outlives its stakeholder and its item: who asked for what stays readable when one is removed.
  await db.schema
    .createTable('sprint_review_feedback')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('review_id', 'integer', (c) => c.notNull().references('sprint_reviews.id').onDelete('cascade'))
    .addColumn('stakeholder_id', 'integer', (c) => c.references('stakeholders.id').onDelete('set null'))
    // The name when the feedback was given, shown once the stakeholder is gone from the map.
    .addColumn('stakeholder_name', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_item_id', 'integer', (c) => c.references('backlog_items.id').onDelete('set null'))
    .addColumn('changed_item_id', 'integer', (c) => c.references('backlog_items.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('sprint_review_feedback_one_item', sql`created_item_id IS NULL OR changed_item_id IS NULL`)
    .execute()
  await db.schema
    .createIndex('sprint_review_feedback_review')
    .on('sprint_review_feedback')
    .columns(['review_id', 'id'])
    .execute()
  await db.schema
    .createIndex('sprint_review_feedback_stakeholder')
    .on('sprint_review_feedback')
    .column('stakeholder_id')
    .execute()
  await db.schema
    .createIndex('sprint_review_feedback_created_item')
    .on('sprint_review_feedback')
    .column('created_item_id')
    .execute()
  await db.schema
    .createIndex('sprint_review_feedback_changed_item')
    .on('sprint_review_feedback')
    .column('changed_item_id')
    .execute()

  // Until now a stakeholder kept only the day of the last contact; that day becomes the log's first entry.
  await db.schema
    .createTable('stakeholder_contacts')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('stakeholder_id', 'integer', (c) => c.notNull().references('stakeholders.id').onDelete('cascade'))
    .addColumn('on_day', 'text', (c) => c.notNull())
    .addColumn('discussed', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('stakeholder_contacts_stakeholder')
    .on('stakeholder_contacts')
    .columns(['stakeholder_id', 'on_day'])
    .execute()
  await sql`
    INSERT INTO stakeholder_contacts (stakeholder_id, on_day, discussed, created_at)
    SELECT id, last_contact_on, '', updated_at FROM stakeholders WHERE last_contact_on IS NOT NULL ORDER BY id`.execute(
    db
  )

  await db.schema
    .createTable('sprint_retrospectives')
    .addColumn('sprint_id', 'integer', (c) => c.primaryKey().references('sprints.id').onDelete('cascade'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('retrospective_actions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('sprint_id', 'integer', (c) =>
      c.notNull().references('sprint_retrospectives.sprint_id').onDelete('cascade')
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('done', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`done IN (0, 1)`)
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('retrospective_actions_sprint')
    .on('retrospective_actions')
    .columns(['sprint_id', 'position'])
    .execute()
}
