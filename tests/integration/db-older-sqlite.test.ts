import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import { sqliteDialect } from '../../src/main/db/dialect'
import { migrateToLatest } from '../../src/main/db/migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/db/migrations'
import { openDatabase } from '../../src/main/db/open'
import type { Database as Schema } from '../../src/main/db/schema'
import { ensureFirstRunSample } from '../../src/main/services/sample'
import { addSampleAtOlderVersion } from './helpers/older-sample'
import { FIXED_NOW, onCleanup, tempDir } from './helpers/temp'

/**
 * "Your data in one SQLite file" means any SQLite tool from 3.37 on can open it. The app runs the
 * SQLite bundled with better-sqlite3, which is newer than most: SQL it accepts can make an older
 * tool call the whole file malformed. Debian 12's sqlite3 command-line tool (3.40) is the older
 * SQLite here; .ci/run installs it, so CI never skips these tests.
 */
function sqliteToolVersion(): string | null {
  const run = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' })
  return run.status === 0 ? (run.stdout.split(' ')[0] ?? null) : null
}

const TOOL_VERSION = sqliteToolVersion()
const SKIPPED = 'skipped: no sqlite3 command-line tool on PATH (apt-get install -y sqlite3, as .ci/run does)'
if (!TOOL_VERSION) console.warn(`Older-SQLite tests ${SKIPPED}.`)

const atLeast = (version: string, wanted: number[]) => {
  const parts = version.split('.').map(Number)
  for (let i = 0; i < wanted.length; i++) if ((parts[i] ?? 0) !== wanted[i]) return (parts[i] ?? 0) > wanted[i]!
  return true
}

/** Runs SQL in the older tool; stops at the first error, as a user's script would. */
function inOlderTool(file: string, script: string): { ok: boolean; out: string; err: string } {
  const run = spawnSync('sqlite3', ['-batch', '-bail', file], { input: script, encoding: 'utf8' })
  return { ok: run.status === 0 && run.stderr === '', out: run.stdout.trim(), err: run.stderr.trim() }
}

/** Reads every table, so a schema the tool cannot parse, or a table it cannot open (fts5), shows. */
function touchEveryTable(file: string): string {
  const conn = new Database(file, { readonly: true })
  const tables = (
    conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>
  ).map((r) => r.name)
  conn.close()
  expect(tables.length).toBeGreaterThan(0)
  return ['PRAGMA integrity_check;', ...tables.map((name) => `SELECT '${name}', count(*) FROM "${name}";`)].join('\n')
}

function expectReadableByOlderTool(file: string): void {
  const result = inOlderTool(file, touchEveryTable(file))
  expect(result.err).toBe('')
  expect(result.ok).toBe(true)
  expect(result.out.split('\n')[0]).toBe('ok')
}

async function databaseAt(version: number): Promise<{ file: string; sqlite: Database.Database; db: Kysely<Schema> }> {
  const file = join(tempDir(), 'po-studio.sqlite3')
  const sqlite = new Database(file)
  sqlite.pragma('journal_mode = WAL')
  const db = new Kysely<Schema>({ dialect: sqliteDialect(sqlite) })
  onCleanup(() => db.destroy())
  await migrateToLatest(db as Kysely<unknown>, MIGRATIONS.slice(0, version))
  return { file, sqlite, db }
}

/** Gives an item three criteria, written out of order. */
const shuffledCriteria = (itemId: number) => `
  DELETE FROM acceptance_criteria WHERE item_id = ${itemId};
  INSERT INTO acceptance_criteria (item_id, position, text) VALUES (${itemId}, 2, 'third'), (${itemId}, 0, 'first'), (${itemId}, 1, 'second');`
const indexedCriteria = (itemId: number) =>
  `SELECT replace(criteria, char(10), ' / ') AS text FROM item_search WHERE rowid = ${itemId}`

/** The triggers as 0007 first wrote them, with SQL from SQLite 3.44: what existing users' files hold. */
function installOriginalTriggers(sqlite: Database.Database): void {
  const criteriaOf = (itemId: string) =>
    `(SELECT coalesce(group_concat(text, char(10) ORDER BY position, id), '') FROM acceptance_criteria WHERE item_id = ${itemId})`
  for (const name of [
    'item_search_insert',
    'item_search_criteria_insert',
    'item_search_criteria_update',
    'item_search_criteria_delete',
    'item_search_criteria_move'
  ])
    sqlite.exec(`DROP TRIGGER ${name}`)
  sqlite.exec(`CREATE TRIGGER item_search_insert AFTER INSERT ON backlog_items BEGIN
    INSERT INTO item_search (rowid, title, description, criteria) VALUES (new.id, new.title, new.description, ${criteriaOf('new.id')}); END`)
  for (const [event, row] of [
    ['INSERT', 'new'],
    ['UPDATE', 'new'],
    ['DELETE', 'old']
  ])
    sqlite.exec(`CREATE TRIGGER item_search_criteria_${event!.toLowerCase()} AFTER ${event} ON acceptance_criteria BEGIN
      UPDATE item_search SET criteria = ${criteriaOf(`${row}.item_id`)} WHERE rowid = ${row}.item_id; END`)
  sqlite.exec(`CREATE TRIGGER item_search_criteria_move AFTER UPDATE OF item_id ON acceptance_criteria BEGIN
    UPDATE item_search SET criteria = ${criteriaOf('old.item_id')} WHERE rowid = old.item_id; END`)
}

const olderThan344 = TOOL_VERSION !== null && !atLeast(TOOL_VERSION, [3, 44])

describe.skipIf(!TOOL_VERSION)(
  `the data file in an older SQLite's own tool (sqlite3 ${TOOL_VERSION ?? SKIPPED})`,
  () => {
    it.skipIf(!olderThan344)(
      `notices SQL newer than itself (${olderThan344 ? 'it is older than 3.44' : 'skipped: the tool is 3.44 or newer, so it cannot'})`,
      async () => {
        const { file, sqlite } = await databaseAt(7)
        installOriginalTriggers(sqlite)
        const result = inOlderTool(file, 'PRAGMA integrity_check;')
        expect(result.ok).toBe(false)
        expect(result.err).toMatch(/malformed database schema/)
      }
    )

    it.each(MIGRATIONS.map(([name], index) => [index + 1, name] as const))(
      'reads the schema after migration %i (%s)',
      async (version) => {
        const { file, sqlite } = await databaseAt(version)
        sqlite.pragma('wal_checkpoint(TRUNCATE)')
        expectReadableByOlderTool(file)
      }
    )

    it('reads a database with the sample product and keeps the search index of criteria in order when it writes', async () => {
      const { file, sqlite, db } = await databaseAt(LATEST_SCHEMA_VERSION)
      await ensureFirstRunSample(db, () => FIXED_NOW, true)
      sqlite.pragma('wal_checkpoint(TRUNCATE)')
      expectReadableByOlderTool(file)
      const item = sqlite.prepare('SELECT id FROM backlog_items ORDER BY id LIMIT 1').get() as { id: number }

      const older = inOlderTool(file, `BEGIN; ${shuffledCriteria(item.id)} ${indexedCriteria(item.id)}; ROLLBACK;`)
      expect(older.err).toBe('')
      expect(older.out).toBe('first / second / third')
      // The bundled SQLite concatenates in the same order.
      sqlite.exec(`BEGIN; ${shuffledCriteria(item.id)}`)
      expect(sqlite.prepare(indexedCriteria(item.id)).get()).toEqual({ text: 'first / second / third' })
      sqlite.exec('ROLLBACK')
    })

    it('makes a database that holds the original 0007 triggers readable again by migrating it', async () => {
      const { file, sqlite, db } = await databaseAt(12)
      await addSampleAtOlderVersion(sqlite)
      installOriginalTriggers(sqlite)
      const searchBefore = sqlite.prepare('SELECT rowid, * FROM item_search ORDER BY rowid').all()
      await db.destroy()
      if (olderThan344) expect(inOlderTool(file, 'PRAGMA integrity_check;').err).toMatch(/malformed database schema/)

      const opened = await openDatabase(file, join(file, '..', 'backups'), { now: () => FIXED_NOW })
      onCleanup(() => opened.db.destroy())
      expect(opened.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
      expect(opened.sqlite.prepare('SELECT rowid, * FROM item_search ORDER BY rowid').all()).toEqual(searchBefore)
      const triggers = opened.sqlite.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger'").all() as Array<{
        sql: string
      }>
      expect(triggers.filter((t) => /group_concat\((?:[^()]|\([^()]*\))*ORDER BY/i.test(t.sql))).toEqual([])
      opened.sqlite.pragma('wal_checkpoint(TRUNCATE)')
      expectReadableByOlderTool(file)
    })
  }
)
