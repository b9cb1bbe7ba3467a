import { sql, type Kysely } from 'kysely'
import { CRITERIA_TRIGGERS, createCriteriaTriggers } from './search-triggers'

/**
 * Databases migrated by 0007 before it was made portable hold triggers with
 * `group_concat(... ORDER BY ...)`, SQL from SQLite 3.44 that older SQLite tools reject, calling the
 * whole file malformed. They are recreated with the same effect in SQL that SQLite 3.37 reads; the
 * index's content does not change, so it is not rebuilt.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const name of CRITERIA_TRIGGERS) await sql`DROP TRIGGER IF EXISTS ${sql.id(name)}`.execute(db)
  await createCriteriaTriggers(db)
}
