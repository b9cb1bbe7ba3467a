import { sql, type Kysely } from 'kysely'
import { Migrator, type Migration } from 'kysely/migration'
import { formatCount } from '@shared/domain/format'
import { APPLICATION_ID } from './identity'
import { MIGRATIONS } from './migrations'

interface ForeignKeyViolation {
  table: string
  rowid: number | null
  parent: string
  fkid: number
}

/**
 * Foreign keys are off while migrating (see migrateToLatest), so each migration proves it left none
 * broken before it commits, as step 10 of SQLite's table rebuild asks; throwing rolls it back.
 */
async function requireIntactForeignKeys(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<ForeignKeyViolation>`PRAGMA foreign_key_check`.execute(db)
  if (rows.length === 0) return
  const shown = rows.slice(0, 3).map((r) => `${r.table} row ${r.rowid ?? '?'} points at a missing ${r.parent} row`)
  throw new Error(
    `it would leave ${formatCount(rows.length, 'broken reference')} (${shown.join('; ')}${rows.length > 3 ? '; …' : ''})`
  )
}

/**
 * Checks foreign keys and records the schema version and PO Studio's application id in SQLite's
 * header inside the migration's own transaction: a new database is marked as ours by its first
 * migration, and one from before the id existed by the next migration it receives.
 */
function checkedAndVersioned(migration: Migration, version: number): Migration {
  return {
    async up(db) {
      await migration.up(db)
      await requireIntactForeignKeys(db)
      await sql.raw(`PRAGMA user_version = ${version}`).execute(db)
      await sql.raw(`PRAGMA application_id = ${APPLICATION_ID}`).execute(db)
    }
  }
}

/**
 * Applies pending migrations (all of `migrations`, every one by default) one at a time, each in its
 * own transaction.
 *
 * Foreign keys are off meanwhile: rebuilding a table the SQLite way drops the old one, and with
 * foreign keys on that DROP deletes the rows that cascade from it (or fails on the others). The
 * pragma is a no-op inside a transaction, so it is set here, around the migrator, and turned back
 * on however the migrations end: the app always writes with foreign keys on.
 */
export async function migrateToLatest(
  db: Kysely<unknown>,
  migrations: ReadonlyArray<readonly [name: string, migration: Migration]> = MIGRATIONS
): Promise<void> {
  if (!db.getExecutor().adapter.supportsTransactionalDdl)
    throw new Error(
      'Migrations need a Kysely instance made with sqliteDialect(), which runs each one in a transaction.'
    )
  const provided = Object.fromEntries(migrations.map(([name, m], index) => [name, checkedAndVersioned(m, index + 1)]))
  const migrator = new Migrator({ db, provider: { getMigrations: async () => provided } })
  await sql`PRAGMA foreign_keys = OFF`.execute(db)
  try {
    for (;;) {
      const { error, results } = await migrator.migrateUp()
      if (error) {
        const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'a migration'
        throw new Error(
          `Migration ${failed} failed and was rolled back: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error }
        )
      }
      if (!results || results.length === 0) return
    }
  } finally {
    await sql`PRAGMA foreign_keys = ON`.execute(db)
  }
}
