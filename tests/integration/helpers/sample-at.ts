import { join } from 'node:path'
import Database from 'better-sqlite3'
import { Kysely } from 'kysely'
import { sqliteDialect } from '../../../src/main/db/dialect'
import { migrateToLatest } from '../../../src/main/db/migrate'
import { MIGRATIONS } from '../../../src/main/db/migrations'
import type { Database as Schema } from '../../../src/main/db/schema'
import { ensureFirstRunSample } from '../../../src/main/services/sample'
import { FIXED_NOW, tempDir } from './temp'

/**
 * Puts the sample product, as today's code seeds it, into `sqlite`, a database migrated only to an
 * older version: every table that version has, with the columns both schemas share. The sample's
 * code writes to tables an older schema lacks, so it cannot seed such a database itself. The search
 * index is left to the older schema's own triggers, which fill it as the items arrive.
 */
export async function copySampleInto(sqlite: Database.Database): Promise<void> {
  const file = join(tempDir(), 'sample-latest.sqlite3')
  const latest = new Database(file)
  latest.pragma('foreign_keys = ON')
  const db = new Kysely<Schema>({ dialect: sqliteDialect(latest) })
  await migrateToLatest(db as Kysely<unknown>, MIGRATIONS)
  await ensureFirstRunSample(db, () => FIXED_NOW, true)
  await db.destroy()

  sqlite.pragma('foreign_keys = OFF')
  sqlite.prepare('ATTACH DATABASE ? AS sample').run(file)
  const tables = sqlite
    .prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%' AND name NOT LIKE 'item_search%' ORDER BY rowid")
    .all() as Array<{ name: string }>
  const columns = (schema: string, table: string) => (sqlite.pragma(`${schema}.table_info(${table})`) as Array<{ name: string }>).map((c) => c.name)
  for (const { name } of tables) {
    const theirs = new Set(columns('sample', name))
    const shared = columns('main', name).filter((column) => theirs.has(column))
    if (shared.length === 0) continue
    const list = shared.map((column) => `"${column}"`).join(', ')
    sqlite.exec(`INSERT INTO main."${name}" (${list}) SELECT ${list} FROM sample."${name}"`)
  }
  sqlite.exec('DETACH DATABASE sample')
  sqlite.pragma('foreign_keys = ON')
}
