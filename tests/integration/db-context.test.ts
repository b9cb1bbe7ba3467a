import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import { backupsDir } from '../../src/main/db/files'
import { sqliteDialect } from '../../src/main/db/dialect'
import { APPLICATION_ID } from '../../src/main/db/identity'
import { migrateToLatest } from '../../src/main/db/migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/db/migrations'
import { call, fail, FIXED_NOW, openTestContext, readConnection, sha256, snapshotTables, tempDir } from './helpers/temp'

const FIXED = FIXED_NOW.toISOString()

async function products(ctx: Awaited<ReturnType<typeof openTestContext>>['ctx'], includeArchived = true) {
  return call(ctx, 'products.list', { includeArchived })
}

function listDir(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : []
}

describe('app context', () => {
  it('creates the sample product on the first open of a data folder only', async () => {
    const dataDir = tempDir()
    const first = await openTestContext({ dataDir, sample: true })
    const seeded = await products(first.ctx)
    expect(seeded).toHaveLength(1)
    expect(seeded[0]).toMatchObject({ isSample: true })
    expect(seeded[0]!.itemCount).toBeGreaterThan(150)
    await first.ctx.close()

    const second = await openTestContext({ dataDir, sample: true })
    expect(await products(second.ctx)).toEqual(seeded)

    // Removing the sample is respected on later opens too.
    await call(second.ctx, 'sample.remove')
    await second.ctx.close()
    const third = await openTestContext({ dataDir, sample: true })
    expect(await products(third.ctx)).toEqual([])
  })

  it('creates nothing when the sample is turned off', async () => {
    const { ctx } = await openTestContext({ sample: false })
    expect(await products(ctx)).toEqual([])
    const info = await call(ctx, 'app.info')
    expect(info).toMatchObject({ schemaVersion: LATEST_SCHEMA_VERSION, recovery: null, version: '0.0.0-test' })
  })
})

describe('backups', () => {
  it('restores a backup taken earlier and keeps the state it replaced as a before-restore backup', async () => {
    const { ctx, dataDir } = await openTestContext()
    const product = await call(ctx, 'products.create', { name: 'Harbour ferry app' })
    await call(ctx, 'backlog.create', {
      productId: product.id,
      title: 'As a commuter, I want a season ticket, so that I save money'
    })
    const saved = join(tempDir(), 'saved.sqlite3')
    const entry = await ctx.backupTo(saved)
    expect(entry.sizeBytes).toBeGreaterThan(0)
    const savedState = snapshotTables(readConnection(saved))

    // Change things after the backup.
    await call(ctx, 'products.rename', { id: product.id, name: 'Harbour ferries' })
    await call(ctx, 'products.create', { name: 'Second product' })
    expect((await products(ctx)).map((p) => p.name)).toEqual(['Harbour ferries', 'Second product'])

    const result = await ctx.restoreFrom(saved)
    expect(result.restored).toBe('saved.sqlite3')
    expect(result.safetyBackup).toMatch(/_before-restore\.sqlite3$/)
    expect(listDir(backupsDir(dataDir))).toContain(result.safetyBackup)

    // The old state is back, through the same dispatch.
    const restored = await products(ctx)
    expect(restored.map((p) => p.name)).toEqual(['Harbour ferry app'])
    expect(restored[0]!.itemCount).toBe(1)
    expect(snapshotTables(readConnection(ctx.databaseFile))).toEqual(savedState)

    // The safety backup holds the state that was replaced.
    const safety = new Database(join(backupsDir(dataDir), result.safetyBackup!), { readonly: true })
    const names = safety.prepare('SELECT name FROM products ORDER BY name').all()
    safety.close()
    expect(names).toEqual([{ name: 'Harbour ferries' }, { name: 'Second product' }])

    // And the restored database is writable as usual.
    await call(ctx, 'products.create', { name: 'After restore' })
    expect((await products(ctx)).map((p) => p.name)).toEqual(['After restore', 'Harbour ferry app'])
  })

  /** An SQLite file with one table, as another program (or a test) leaves it. */
  const sqliteFile =
    ({ version = 0, applicationId = 0, wal = false }) =>
    (file: string) => {
      const conn = new Database(file)
      if (wal) conn.pragma('journal_mode = WAL')
      conn.exec('CREATE TABLE recipes (id INTEGER PRIMARY KEY)')
      conn.pragma(`user_version = ${version}`)
      conn.pragma(`application_id = ${applicationId}`)
      conn.close()
    }

  it.each([
    [
      'a file that is not a database',
      (file: string) => writeFileSync(file, 'definitely not sqlite '.repeat(300)),
      /not a usable PO Studio database/
    ],
    [
      'a database from a newer version',
      sqliteFile({ version: 999, applicationId: APPLICATION_ID }),
      /newer version of PO Studio/
    ],
    ['an SQLite file that is not a PO Studio database', sqliteFile({}), /not a PO Studio database/],
    // The file from the review: one table and a version PO Studio knows, which replaced the user's data.
    [
      'a one-table SQLite file whose version is in range',
      sqliteFile({ version: 5, wal: true }),
      /not a PO Studio database/
    ],
    ['a file of another application', sqliteFile({ version: 5, applicationId: 42 }), /application id is 42/],
    [
      'a database with a negative schema version',
      sqliteFile({ version: -1, applicationId: APPLICATION_ID }),
      /schema version is -1/
    ],
    [
      'a database whose latest changes are still in its -wal',
      (file: string) => {
        const writer = new Database(file)
        writer.pragma('journal_mode = WAL')
        writer.exec('CREATE TABLE recipes (id INTEGER PRIMARY KEY); INSERT INTO recipes DEFAULT VALUES')
        // Copy the pair as a program that still has the file open would leave it: changes not yet in the main file.
        copyFileSync(file, `${file}.main`)
        copyFileSync(`${file}-wal`, `${file}.wal`)
        writer.close()
        renameSync(`${file}.main`, file)
        renameSync(`${file}.wal`, `${file}-wal`)
      },
      /still in candidate\.sqlite3-wal/
    ]
  ])('refuses to restore %s and changes nothing', async (_label, make, message) => {
    const { ctx, dataDir } = await openTestContext({ sample: true })
    const candidate = join(tempDir(), 'candidate.sqlite3')
    make(candidate)
    const candidateHash = sha256(candidate)
    const besideCandidate = listDir(dirname(candidate))
    const before = snapshotTables(readConnection(ctx.databaseFile))
    const backupsBefore = listDir(backupsDir(dataDir))

    const error = await ctx.restoreFrom(candidate).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'invalid_input' })
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).toContain('candidate.sqlite3')

    expect(snapshotTables(readConnection(ctx.databaseFile))).toEqual(before)
    expect(listDir(backupsDir(dataDir))).toEqual(backupsBefore)
    expect(sha256(candidate)).toBe(candidateHash)
    expect(listDir(dirname(candidate))).toEqual(besideCandidate)
    // The app still answers.
    expect((await products(ctx)).length).toBe(1)
  })

  it('restores a WAL-mode backup without leaving -wal or -shm beside it, and the database stays in WAL mode', async () => {
    const { ctx } = await openTestContext()
    await call(ctx, 'products.create', { name: 'In the backup' })
    const folder = tempDir()
    const saved = join(folder, 'saved.sqlite3')
    await ctx.backupTo(saved)
    expect(readFileSync(saved)[18]).toBe(2)
    await call(ctx, 'products.create', { name: 'After the backup' })

    await ctx.restoreFrom(saved)
    expect(listDir(folder)).toEqual(['saved.sqlite3'])
    expect((await products(ctx)).map((p) => p.name)).toEqual(['In the backup'])
    expect(readConnection(ctx.databaseFile).pragma('journal_mode', { simple: true })).toBe('wal')
  })

  it('restores a backup made before PO Studio marked its files, and marks it', async () => {
    const { ctx } = await openTestContext()
    // What a backup from the version before looks like: our tables and migrations but the last, id 0.
    const saved = join(tempDir(), 'old.sqlite3')
    const old = new Database(saved)
    const db = new Kysely<unknown>({ dialect: sqliteDialect(old) })
    await migrateToLatest(db, MIGRATIONS.slice(0, -1))
    old
      .prepare(
        "INSERT INTO products (name, description, is_sample, archived_at, created_at, updated_at) VALUES ('Old backup', '', 0, NULL, ?, ?)"
      )
      .run(FIXED, FIXED)
    old.pragma('application_id = 0')
    await db.destroy()

    await ctx.restoreFrom(saved)
    expect((await products(ctx)).map((p) => p.name)).toEqual(['Old backup'])
    const live = readConnection(ctx.databaseFile)
    expect(live.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    expect(live.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
  })

  // Another connection (a CLI process, a reader) must not keep the old data alive through its WAL.
  it('restores even while another connection has the database open', async () => {
    const { ctx } = await openTestContext()
    await call(ctx, 'products.create', { name: 'Saved state' })
    const saved = join(tempDir(), 'saved.sqlite3')
    await ctx.backupTo(saved)
    const other = readConnection(ctx.databaseFile)
    other.prepare('SELECT count(*) FROM products').get()
    for (let i = 0; i < 20; i++) await call(ctx, 'products.create', { name: `Later ${i}` })

    await ctx.restoreFrom(saved)
    expect((await products(ctx)).map((p) => p.name)).toEqual(['Saved state'])
  })

  it('creates, lists and restores backups through the API', async () => {
    const { ctx, dataDir } = await openTestContext()
    expect(await call(ctx, 'backups.list')).toEqual([])

    await call(ctx, 'products.create', { name: 'Before the backup' })
    const created = await call(ctx, 'backups.create')
    expect(created.name).toMatch(/^po-studio_.+_manual\.sqlite3$/)
    expect(created.sizeBytes).toBeGreaterThan(0)
    expect(existsSync(join(backupsDir(dataDir), created.name))).toBe(true)
    expect(await call(ctx, 'backups.list')).toEqual([created])

    await call(ctx, 'products.create', { name: 'After the backup' })
    const result = await call(ctx, 'backups.restore', { name: created.name })
    expect(result.restored).toBe(created.name)
    expect((await products(ctx)).map((p) => p.name)).toEqual(['Before the backup'])

    const listed = await call(ctx, 'backups.list')
    expect(listed.map((b) => b.name).sort()).toEqual([created.name, result.safetyBackup].sort())

    const missing = await fail(ctx, 'backups.restore', { name: 'no-such-backup.sqlite3' })
    expect(missing.code).toBe('not_found')
    expect(missing.message).toContain('no-such-backup.sqlite3')
  })
})
