import { join } from 'node:path'
import Database from 'better-sqlite3'
import { Kysely } from 'kysely'
import { sqliteDialect } from '../../../src/main/db/dialect'
import { migrateToLatest } from '../../../src/main/db/migrate'
import { MIGRATIONS } from '../../../src/main/db/migrations'
import { onCleanup, tempDir } from './temp'

export interface StoredColumn {
  name: string
  type: string
  notnull: number
  dflt_value: string | null
  pk: number
}

/**
 * The ordinary tables the migrations create: not SQLite's own, not kysely's migration bookkeeping,
 * not the search index's virtual and shadow tables (read with raw SQL).
 */
export async function migratedTables(): Promise<Map<string, StoredColumn[]>> {
  const sqlite = new Database(join(tempDir(), 'schema.sqlite3'))
  const db = new Kysely<unknown>({ dialect: sqliteDialect(sqlite) })
  onCleanup(() => db.destroy())
  await migrateToLatest(db, MIGRATIONS)
  const tables = sqlite
    .prepare(
      "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_migration%'"
    )
    .all() as Array<{ name: string }>
  return new Map(
    tables.map(({ name }) => [name, sqlite.prepare('SELECT * FROM pragma_table_info(?)').all(name) as StoredColumn[]])
  )
}
