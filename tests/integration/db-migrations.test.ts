import { join } from 'node:path'
import Database from 'better-sqlite3'
import { Kysely, SqliteDialect, sql } from 'kysely'
import type { Migration } from 'kysely/migration'
import { describe, expect, it } from 'vitest'
import { sqliteDialect } from '../../src/main/db/dialect'
import { migrateToLatest } from '../../src/main/db/migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/db/migrations'
import type { Database as Schema } from '../../src/main/db/schema'
import { onCleanup, snapshotTables, tempDir } from './helpers/temp'

/** A connection set up as openDatabase sets it up, migrated through the first `version` migrations only. */
async function databaseAt(version: number) {
  const sqlite = new Database(join(tempDir(), 'po-studio.sqlite3'))
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  const db = new Kysely<Schema>({ dialect: sqliteDialect(sqlite) })
  onCleanup(() => db.destroy())
  await migrateToLatest(db as Kysely<unknown>, MIGRATIONS.slice(0, version))
  return { sqlite, db }
}

describe('migrateToLatest', () => {
  // The app's migrations and one more after them.
  const plusOne = (name: string, up: Migration['up']) => [...MIGRATIONS, [name, { up }] as const]

  it('rolls back a migration that leaves a broken reference, and turns foreign keys back on', async () => {
    const { sqlite, db } = await databaseAt(LATEST_SCHEMA_VERSION)
    const before = snapshotTables(sqlite)
    const orphan = plusOne('9999_orphan', async (trx) => {
      await sql`INSERT INTO products (name, created_at, updated_at) VALUES ('Kept out', 'x', 'x')`.execute(trx)
      await sql`INSERT INTO workflow_states (product_id, name, category, position) VALUES (12345, 'Nowhere', 'todo', 0)`.execute(trx)
    })
    await expect(migrateToLatest(db as Kysely<unknown>, orphan)).rejects.toThrow(
      /Migration 9999_orphan failed and was rolled back: it would leave 1 broken reference \(workflow_states row \d+ points at a missing products row\)/
    )
    expect(snapshotTables(sqlite)).toEqual(before)
    expect(sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
  })

  it('turns foreign keys back on after a migration that throws', async () => {
    const { sqlite, db } = await databaseAt(LATEST_SCHEMA_VERSION)
    const broken = plusOne('9999_broken', async () => {
      throw new Error('boom')
    })
    await expect(migrateToLatest(db as Kysely<unknown>, broken)).rejects.toThrow('Migration 9999_broken failed and was rolled back: boom')
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
  })

  it('runs each migration with foreign keys off', async () => {
    const { sqlite, db } = await databaseAt(LATEST_SCHEMA_VERSION)
    let inside: unknown
    const probe = plusOne('9999_probe', async (trx) => {
      inside = (await sql<{ foreign_keys: number }>`PRAGMA foreign_keys`.execute(trx)).rows[0]?.foreign_keys
    })
    await migrateToLatest(db as Kysely<unknown>, probe)
    expect(inside).toBe(0)
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
  })

  it('refuses a Kysely instance whose migrator would run migrations outside transactions', async () => {
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Database(':memory:') }) })
    onCleanup(() => db.destroy())
    await expect(migrateToLatest(db)).rejects.toThrow(/sqliteDialect\(\)/)
  })
})
