import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import { basename, join } from 'node:path'
import Database from 'better-sqlite3'
import { Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import { backupsDir, databaseFile, fileStamp } from '../../src/main/db/files'
import { inspectDatabaseFile } from '../../src/main/db/inspect'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/db/migrations'
import { DatabaseInUseError, DatabaseUnavailableError, NotPoStudioDatabaseError } from '../../src/main/db/errors'
import { APPLICATION_ID } from '../../src/main/db/identity'
import { migrateToLatest } from '../../src/main/db/migrate'
import { DatabaseTooNewError, openDatabase, type OpenedDatabase } from '../../src/main/db/open'
import { sqliteDialect } from '../../src/main/db/dialect'
import { holdExclusiveLock } from './helpers/lock-holder'
import { FIXED_NOW, call, onCleanup, openTestContext, sha256, tempDir } from './helpers/temp'

const APP_TABLES = ['app_meta', 'backlog_items', 'products', 'status_changes', 'workflow_states']

function paths() {
  const dir = tempDir()
  return { dir, file: databaseFile(dir), backups: backupsDir(dir) }
}

async function open(file: string, backups: string, now = FIXED_NOW): Promise<OpenedDatabase> {
  const opened = await openDatabase(file, backups, { now: () => now })
  let closed = false
  onCleanup(async () => {
    if (!closed) await opened.db.destroy()
  })
  const destroy = opened.db.destroy.bind(opened.db)
  opened.db.destroy = async () => {
    closed = true
    await destroy()
  }
  return opened
}

function tableNames(conn: Database.Database): string[] {
  return (
    conn
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as Array<{ name: string }>
  ).map((r) => r.name)
}

/** A plain SQLite file (rollback journal unless `wal`) with one table, a chosen user_version and application id. */
function plainDatabase(file: string, userVersion: number, { wal = false, applicationId = 0 } = {}): void {
  const conn = new Database(file)
  if (wal) conn.pragma('journal_mode = WAL')
  conn.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('kept')")
  conn.pragma(`user_version = ${userVersion}`)
  conn.pragma(`application_id = ${applicationId}`)
  conn.close()
}

/** A PO Studio database as version `version` left it, before the application id existed, closed cleanly. */
async function legacyDatabase(file: string, version: number): Promise<void> {
  const sqlite = new Database(file)
  sqlite.pragma('journal_mode = WAL')
  const db = new Kysely<unknown>({ dialect: sqliteDialect(sqlite) })
  await migrateToLatest(db, MIGRATIONS.slice(0, version))
  sqlite.exec("INSERT INTO app_meta (key, value) VALUES ('probe', 'kept')")
  sqlite.pragma('application_id = 0')
  await db.destroy()
}

/** The folder's entries, for "nothing appeared, nothing moved" checks. */
function listing(dir: string): string[] {
  return readdirSync(dir).sort()
}

/** A real PO Studio database with enough rows to span many pages, closed cleanly (WAL checkpointed). */
async function filledDatabase(file: string, backups: string): Promise<void> {
  const opened = await openDatabase(file, backups, { now: () => FIXED_NOW })
  const insert = opened.sqlite.prepare('INSERT INTO app_meta (key, value) VALUES (?, ?)')
  opened.sqlite.transaction(() => {
    for (let i = 0; i < 400; i++) insert.run(`key-${i}`, 'x'.repeat(200))
  })()
  await opened.db.destroy()
}

describe('openDatabase', () => {
  it('migrates an empty database to the latest schema with WAL, foreign keys and synchronous FULL', async () => {
    const { file, backups } = paths()
    const opened = await open(file, backups)
    expect(opened.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(tableNames(opened.sqlite)).toEqual(expect.arrayContaining(APP_TABLES))
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(opened.sqlite.pragma('synchronous', { simple: true })).toBe(2)
    // A new, empty file has nothing worth backing up.
    expect(opened.preMigrationBackup).toBeNull()
    expect(opened.recovery).toBeNull()
    expect(existsSync(backups) ? readdirSync(backups) : []).toEqual([])
  })

  it('enforces foreign keys on the connection it returns', async () => {
    const { file, backups } = paths()
    const opened = await open(file, backups)
    expect(() =>
      opened.sqlite
        .prepare("INSERT INTO workflow_states (product_id, name, category, position) VALUES (12345, 'x', 'todo', 0)")
        .run()
    ).toThrow(/FOREIGN KEY/)
  })

  it('reopens an up-to-date database without migrating or backing up again', async () => {
    const { file, backups } = paths()
    const first = await open(file, backups)
    first.sqlite.prepare("INSERT INTO app_meta (key, value) VALUES ('probe', 'still here')").run()
    await first.db.destroy()

    const second = await open(file, backups, new Date(FIXED_NOW.getTime() + 60_000))
    expect(second.preMigrationBackup).toBeNull()
    expect(second.recovery).toBeNull()
    expect(existsSync(backups) ? readdirSync(backups) : []).toEqual([])
    expect(second.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(second.sqlite.prepare("SELECT value FROM app_meta WHERE key = 'probe'").get()).toEqual({
      value: 'still here'
    })
    // Kysely recorded each migration once.
    const applied = second.sqlite.prepare('SELECT count(*) AS n FROM kysely_migration').get() as { n: number }
    expect(applied.n).toBe(LATEST_SCHEMA_VERSION)
  })

  it('backs up a database with data at an older schema version before migrating it, and marks it as ours', async () => {
    const { file, backups } = paths()
    await legacyDatabase(file, 11)

    const opened = await open(file, backups)
    const expectedName = `po-studio_${fileStamp(FIXED_NOW)}_schema-v11-to-v${LATEST_SCHEMA_VERSION}.sqlite3`
    expect(opened.preMigrationBackup).toBe(join(backups, expectedName))
    expect(readdirSync(backups)).toEqual([expectedName])

    // The backup is the database as it was: same version, same data, and it opens cleanly.
    expect(inspectDatabaseFile(opened.preMigrationBackup!, 0)).toEqual({
      ok: true,
      identity: { kind: 'po-studio', version: 11 }
    })
    const backup = new Database(opened.preMigrationBackup!, { readonly: true })
    onCleanup(() => {
      backup.close()
    })
    expect(backup.pragma('application_id', { simple: true })).toBe(0)
    expect(backup.prepare("SELECT value FROM app_meta WHERE key = 'probe'").all()).toEqual([{ value: 'kept' }])

    // The live database was migrated, kept its data and now carries PO Studio's application id.
    expect(opened.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(opened.sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    expect(tableNames(opened.sqlite)).toEqual(expect.arrayContaining(APP_TABLES))
    expect(opened.sqlite.prepare("SELECT value FROM app_meta WHERE key = 'probe'").all()).toEqual([{ value: 'kept' }])
  })

  it("marks a new database as ours with PO Studio's application id", async () => {
    const { file, backups } = paths()
    const opened = await open(file, backups)
    expect(opened.sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
  })

  it.each([
    [
      'an SQLite file of another program',
      (file: string) => plainDatabase(file, 3),
      /not a PO Studio database \(it has neither/
    ],
    [
      'an SQLite file with another application id',
      (file: string) => plainDatabase(file, 3, { applicationId: 7 }),
      /application id is 7/
    ],
    [
      'our file with a negative schema version',
      (file: string) => plainDatabase(file, -2, { applicationId: APPLICATION_ID }),
      /schema version is -2/
    ],
    [
      'a table-less file with a schema version',
      (file: string) => plainDatabase(file, 5, { wal: true }),
      /not a PO Studio database/
    ]
  ])('refuses %s and leaves it as it is', async (_label, make, message) => {
    const { dir, file, backups } = paths()
    make(file)
    const before = sha256(file)
    const entries = listing(dir)

    const error = await openDatabase(file, backups, { now: () => FIXED_NOW }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NotPoStudioDatabaseError)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).toContain('--data-dir')
    expect(sha256(file)).toBe(before)
    expect(listing(dir)).toEqual(entries)
  })

  it('refuses a database from a newer version and leaves the file untouched', async () => {
    const { dir, file, backups } = paths()
    plainDatabase(file, 999, { applicationId: APPLICATION_ID })
    const before = sha256(file)
    const listing = readdirSync(dir).sort()

    const error = await openDatabase(file, backups, { now: () => FIXED_NOW }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatabaseTooNewError)
    expect((error as Error).message).toMatch(/newer version of PO Studio/)
    expect((error as Error).message).toContain('999')
    expect(sha256(file)).toBe(before)
    expect(readdirSync(dir).sort()).toEqual(listing)
    expect(existsSync(backups)).toBe(false)
  })

  it('refuses a WAL-mode database from a newer version without changing its contents', async () => {
    const { dir, file, backups } = paths()
    plainDatabase(file, 999, { wal: true, applicationId: APPLICATION_ID })
    const before = sha256(file)
    expect(readdirSync(dir)).toEqual([basename(file)])

    await expect(openDatabase(file, backups, { now: () => FIXED_NOW })).rejects.toBeInstanceOf(DatabaseTooNewError)
    expect(sha256(file)).toBe(before)
    expect(existsSync(backups)).toBe(false)
    // Known: SQLite's read-only open of a WAL file creates an empty -wal and a -shm index and leaves them
    // (reported to the data layer). They hold no data: the -wal must be empty, so the database is unchanged.
    const walFile = `${file}-wal`
    if (existsSync(walFile)) expect(statSync(walFile).size).toBe(0)
    expect(readdirSync(dir).filter((name) => !name.startsWith(basename(file)))).toEqual([])
  })

  it('moves a file that is not a database aside and starts a new one, naming the newest backup', async () => {
    const { file, backups } = paths()
    mkdirSync(backups, { recursive: true })
    // An older and a newer backup; the newer one must be named.
    await filledDatabase(join(backups, 'src.sqlite3'), join(backups, 'unused'))
    copyFileSync(join(backups, 'src.sqlite3'), join(backups, 'po-studio_2025-01-01T00-00-00-000Z_manual.sqlite3'))
    copyFileSync(join(backups, 'src.sqlite3'), join(backups, 'po-studio_2025-02-01T00-00-00-000Z_manual.sqlite3'))
    rmSync(join(backups, 'src.sqlite3'))
    utimesSync(
      join(backups, 'po-studio_2025-01-01T00-00-00-000Z_manual.sqlite3'),
      new Date('2025-01-01'),
      new Date('2025-01-01')
    )
    utimesSync(
      join(backups, 'po-studio_2025-02-01T00-00-00-000Z_manual.sqlite3'),
      new Date('2025-02-01'),
      new Date('2025-02-01')
    )

    writeFileSync(
      file,
      Buffer.from('this is not a database, just some text that happens to sit where one should be\n'.repeat(100))
    )
    const before = sha256(file)

    const opened = await open(file, backups)
    expect(opened.recovery).not.toBeNull()
    const recovery = opened.recovery!
    expect(recovery.quarantinedFile).toBe(`${file}.damaged-${fileStamp(FIXED_NOW)}`)
    expect(sha256(recovery.quarantinedFile)).toBe(before)
    expect(recovery.newestBackup).toBe('po-studio_2025-02-01T00-00-00-000Z_manual.sqlite3')
    expect(recovery.reason.length).toBeGreaterThan(0)
    // A new, empty database took its place.
    expect(opened.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(opened.sqlite.prepare('SELECT count(*) AS n FROM app_meta').get()).toEqual({ n: 0 })
  })

  it('moves a database that fails its integrity check aside, keeping its bytes', async () => {
    const { file, backups } = paths()
    await filledDatabase(file, backups)
    const pageSize = 4096
    expect(statSync(file).size).toBeGreaterThan(pageSize * 5)
    // Keep page 1 (the header and schema) intact; scribble over the pages after it.
    const fd = openSync(file, 'r+')
    const junk = Buffer.alloc(pageSize * 3, 0xa5)
    writeSync(fd, junk, 0, junk.length, pageSize)
    closeSync(fd)
    const damaged = readFileSync(file)
    expect(inspectDatabaseFile(file, 0)).toMatchObject({ ok: false, problem: 'damaged' })

    const opened = await open(file, backups)
    expect(opened.recovery).not.toBeNull()
    expect(readFileSync(opened.recovery!.quarantinedFile).equals(damaged)).toBe(true)
    expect(opened.recovery!.newestBackup).toBeNull()
    expect(opened.sqlite.prepare('SELECT count(*) AS n FROM app_meta').get()).toEqual({ n: 0 })
    expect(inspectDatabaseFile(file, 0)).toEqual({
      ok: true,
      identity: { kind: 'po-studio', version: LATEST_SCHEMA_VERSION }
    })
  })

  it('reports the recovery through the app context and app.info', async () => {
    const dataDir = tempDir()
    mkdirSync(backupsDir(dataDir), { recursive: true })
    await filledDatabase(
      join(backupsDir(dataDir), 'po-studio_2025-02-01T00-00-00-000Z_manual.sqlite3'),
      join(dataDir, 'unused')
    )
    writeFileSync(databaseFile(dataDir), 'garbage '.repeat(1000))

    const { ctx, logs } = await openTestContext({ dataDir, now: () => FIXED_NOW })
    expect(ctx.recovery?.quarantinedFile).toMatch(/\.damaged-/)
    expect(logs.join('\n')).toMatch(/integrity check/)
    const info = await call(ctx, 'app.info')
    expect(info.recovery).toEqual({
      quarantinedFile: ctx.recovery!.quarantinedFile,
      newestBackup: 'po-studio_2025-02-01T00-00-00-000Z_manual.sqlite3'
    })
    expect(existsSync(info.recovery!.quarantinedFile)).toBe(true)
  })
})

describe('a database PO Studio cannot use now', () => {
  it('waits for a lock another process holds, then refuses as in use, moving and creating nothing', async () => {
    const { dir, file, backups } = paths()
    await filledDatabase(file, backups)
    const holder = await holdExclusiveLock(file)
    let held = true
    onCleanup(async () => {
      if (held) await holder.release()
    })
    const before = sha256(file)
    const entries = listing(dir)

    const started = Date.now()
    const error = await openDatabase(file, backups, { now: () => FIXED_NOW, busyTimeoutMs: 300 }).catch(
      (e: unknown) => e
    )
    expect(Date.now() - started).toBeGreaterThanOrEqual(250)
    expect(error).toBeInstanceOf(DatabaseInUseError)
    expect((error as Error).message).toMatch(/the database is in use by another program/)
    expect((error as Error).message).toContain('Nothing was changed')
    // Nothing moved aside, no new database, no backup, and the file is as the holder left it.
    expect(listing(dir)).toEqual(entries)
    expect(sha256(file)).toBe(before)

    // Once the other program lets go, the same database opens with everything in it.
    await holder.release()
    held = false
    const opened = await open(file, backups)
    expect(opened.recovery).toBeNull()
    expect((opened.sqlite.prepare('SELECT count(*) AS n FROM app_meta').get() as { n: number }).n).toBe(400)
  })

  it('refuses a database path that is a folder, saying what to do', async () => {
    const { dir, file, backups } = paths()
    mkdirSync(file)
    const error = await openDatabase(file, backups, { now: () => FIXED_NOW }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatabaseUnavailableError)
    expect((error as Error).message).toMatch(/it is a folder, not a file.*--data-dir/)
    expect(listing(dir)).toEqual([basename(file)])
  })

  it('refuses a data folder that is a file, saying what to do', async () => {
    const { dir } = paths()
    const notAFolder = join(dir, 'data')
    writeFileSync(notAFolder, 'a file where the data folder should be')
    const error = await openDatabase(databaseFile(notAFolder), backupsDir(notAFolder), { now: () => FIXED_NOW }).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(DatabaseUnavailableError)
    expect((error as Error).message).toMatch(/EEXIST.*Check that the path is right/)
    expect(readFileSync(notAFolder, 'utf8')).toBe('a file where the data folder should be')
  })
})
