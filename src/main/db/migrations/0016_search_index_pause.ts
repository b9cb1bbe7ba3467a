import { sql, type Kysely } from 'kysely'
import { CRITERIA_TRIGGERS, createCriteriaTriggers, createItemTriggers, ITEM_TRIGGERS } from './search-triggers'

/**
 * Lets a large write pause the search index triggers and index its items once at the end: an
 * import of 10,000 rows otherwise updates the full-text index row by row. The switch is a one-row
 * table that every trigger reads in its WHEN clause. It is only ever set inside the transaction that
 * writes and reindexes (services/search/pause.ts), so a crash rolls the pause back with the write.
 * Also an index on the labels' side of item_labels: listing and filtering by label, and removing a
 * label, read it by label.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE search_index_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1))
  )`.execute(db)
  await sql`INSERT INTO search_index_state (id, paused) VALUES (1, 0)`.execute(db)

  const live = sql`WHEN (SELECT paused FROM search_index_state WHERE id = 1) = 0`
  for (const name of [...CRITERIA_TRIGGERS, ...ITEM_TRIGGERS]) await sql`DROP TRIGGER ${sql.id(name)}`.execute(db)
  await createCriteriaTriggers(db, live)
  await createItemTriggers(db, live)

  await db.schema.createIndex('item_labels_label').on('item_labels').columns(['label_id', 'item_id']).execute()
}
