import { join } from 'node:path'
import Database from 'better-sqlite3'
import { Kysely } from 'kysely'
import { expect } from 'vitest'
import { sqliteDialect } from '../../../src/main/db/dialect'
import { migrateToLatest } from '../../../src/main/db/migrate'
import { MIGRATIONS } from '../../../src/main/db/migrations'
import type { Database as Schema } from '../../../src/main/db/schema'
import { ensureFirstRunSample } from '../../../src/main/services/sample'
import { FIXED_NOW, onCleanup, tempDir } from './temp'

const columnsOf = (sqlite: Database.Database, schema: string, table: string) =>
  (sqlite.pragma(`${schema}.table_info("${table}")`) as Array<{ name: string }>).map((c) => c.name)

/**
 * Puts the sample product into `older`, a database on an older schema, as that schema could hold
 * it: the sample is seeded on the latest schema (the seeding code writes what the app writes
 * today) and every table the older schema has is copied over, column by column where both have
 * the column. Full-text tables fill through their triggers, as in the app.
 */
export async function copySampleInto(older: Database.Database): Promise<void> {
  const file = join(tempDir(), 'sample.sqlite3')
  const latest = new Database(file)
  const db = new Kysely<Schema>({ dialect: sqliteDialect(latest) })
  onCleanup(() => db.destroy())
  await migrateToLatest(db as Kysely<unknown>, MIGRATIONS)
  await ensureFirstRunSample(db, () => FIXED_NOW, true)
  latest.pragma('wal_checkpoint(TRUNCATE)')

  // The migrator's own bookkeeping belongs to the older database.
  const tables = older
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%'")
    .all() as Array<{ name: string; sql: string }>
  const virtual = tables.filter((t) => t.sql.startsWith('CREATE VIRTUAL TABLE')).map((t) => t.name)
  const foreignKeys = older.pragma('foreign_keys', { simple: true })
  older.pragma('foreign_keys = OFF')
  older.prepare('ATTACH ? AS sample').run(file)
  for (const { name } of tables.filter((t) => !virtual.some((v) => t.name === v || t.name.startsWith(`${v}_`)))) {
    const sampleColumns = new Set(columnsOf(older, 'sample', name))
    const shared = columnsOf(older, 'main', name)
      .filter((c) => sampleColumns.has(c))
      .map((c) => `"${c}"`)
      .join(', ')
    if (shared) older.exec(`INSERT INTO main."${name}" (${shared}) SELECT ${shared} FROM sample."${name}"`)
  }
  older.exec('DETACH sample')
  older.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`)
  expect(older.pragma('foreign_key_check')).toEqual([])
}
