import { join } from 'node:path'
import Database from 'better-sqlite3'
import { Kysely } from 'kysely'
import { sqliteDialect } from '../../../src/main/db/dialect'
import { migrateToLatest } from '../../../src/main/db/migrate'
import { MIGRATIONS } from '../../../src/main/db/migrations'
import { ensureFirstRunSample } from '../../../src/main/services/sample'
import { FIXED_NOW, tempDir } from './temp'

/**
 * The sample product in a database migrated only part of the way. Today's sample code writes
 * today's schema (tables and columns later migrations added), so the sample is seeded into a
 * fresh database at the latest version and every column the older tables also have is copied
 * over. Full-text indexes are not copied: the older schema's own triggers fill them as rows arrive.
 * Rows the older schema refuses (a kind its CHECK does not list yet) are left out, and so are the
 * rows that point at them.
 */
export async function addSampleAtOlderVersion(sqlite: Database.Database): Promise<void> {
  const file = join(tempDir(), 'latest-with-sample.sqlite3')
  const latest = new Database(file)
  const db = new Kysely<unknown>({ dialect: sqliteDialect(latest) })
  await migrateToLatest(db, MIGRATIONS)
  await ensureFirstRunSample(db, () => FIXED_NOW, true)
  await db.destroy()

  const tables = sqlite
    .prepare(
      "SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%'"
    )
    .all() as Array<{
    name: string
    sql: string
  }>
  const fullText = tables.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name)
  const copied = tables
    .filter((t) => !fullText.some((index) => t.name === index || t.name.startsWith(`${index}_`)))
    .map((t) => t.name)
  const foreignKeys = sqlite.pragma('foreign_keys', { simple: true })
  // Rows arrive table by table, so a reference may come before what it points at.
  sqlite.pragma('foreign_keys = OFF')
  sqlite.prepare('ATTACH DATABASE ? AS latest').run(file)
  try {
    sqlite.transaction(() => {
      for (const table of copied) {
        // A table its migration filled already (a one-row setting such as search_index_state) keeps its rows.
        if (sqlite.prepare(`SELECT 1 FROM main."${table}" LIMIT 1`).get()) continue
        const newer = new Set(
          (sqlite.pragma(`latest.table_info("${table}")`) as Array<{ name: string }>).map((c) => c.name)
        )
        const columns = (sqlite.pragma(`main.table_info("${table}")`) as Array<{ name: string }>)
          .map((c) => c.name)
          .filter((c) => newer.has(c))
        const list = columns.map((c) => `"${c}"`).join(', ')
        sqlite.exec(`INSERT OR IGNORE INTO main."${table}" (${list}) SELECT ${list} FROM latest."${table}"`)
      }
      for (let broken = danglingRows(sqlite); broken.length > 0; broken = danglingRows(sqlite)) {
        for (const row of broken) sqlite.prepare(`DELETE FROM main."${row.table}" WHERE rowid = ?`).run(row.rowid)
      }
    })()
  } finally {
    sqlite.exec('DETACH DATABASE latest')
    sqlite.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`)
  }
}

/** Rows whose reference points at a row that was left out. */
const danglingRows = (sqlite: Database.Database) =>
  sqlite.pragma('main.foreign_key_check') as Array<{ table: string; rowid: number }>
