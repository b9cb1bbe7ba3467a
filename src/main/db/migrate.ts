import { sql, type Kysely } from 'kysely'
import { Migrator, type Migration } from 'kysely/migration'
import { MIGRATIONS } from './migrations'

/** Records the schema version in SQLite's header inside the migration's own transaction. */
function withUserVersion(migration: Migration, version: number): Migration {
  return {
    async up(db) {
      await migration.up(db)
      await sql.raw(`PRAGMA user_version = ${version}`).execute(db)
    }
  }
}

/** Applies pending migrations one at a time, each in its own transaction. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const migrations = Object.fromEntries(MIGRATIONS.map(([name, m], index) => [name, withUserVersion(m, index + 1)]))
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
  for (;;) {
    const { error, results } = await migrator.migrateUp()
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'a migration'
      throw new Error(`Migration ${failed} failed and was rolled back: ${error instanceof Error ? error.message : String(error)}`)
    }
    if (!results || results.length === 0) return
  }
}
