import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, afterEach, expect } from 'vitest'
import type { ApiResult, MethodInput, MethodName, MethodOutput } from '@shared/api'
import { createDispatcher, type Dispatch } from '../../../src/main/api/dispatcher'
import { openAppContext, type AppContext, type AppContextOptions } from '../../../src/main/app/context'
import { openDatabase } from '../../../src/main/db/open'
import { createHandlers, type HandlerDeps } from '../../../src/main/services'

/** A fixed "now" for tests: a Wednesday, mid-morning UTC. */
export const FIXED_NOW = new Date('2025-03-12T10:30:00.000Z')

type Cleanup = () => void | Promise<void>
const testCleanups: Cleanup[] = []
const suiteCleanups: Cleanup[] = []

async function runAll(list: Cleanup[]): Promise<void> {
  while (list.length > 0) await list.pop()!()
}

/** Cleanups registered inside a test run after it; those registered in `beforeAll` run after the file. */
afterEach(() => runAll(testCleanups))
afterAll(() => runAll(suiteCleanups))

export function onCleanup(cleanup: Cleanup): void {
  const inTest = expect.getState().currentTestName !== undefined
  ;(inTest ? testCleanups : suiteCleanups).push(cleanup)
}

/** A fresh temporary folder, removed after the test. */
export function tempDir(prefix = 'po-studio-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  onCleanup(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** A clock that starts at FIXED_NOW and moves one second each time it is read, so stamps are distinct and ordered. */
export function tickingClock(start = FIXED_NOW): () => Date {
  let t = start.getTime()
  return () => new Date((t += 1000))
}

export interface TestContext {
  ctx: AppContext
  dataDir: string
  logs: string[]
}

/** Opens the app on a data folder (a fresh one by default), closed after the test. */
export async function openTestContext(options: Partial<AppContextOptions> = {}): Promise<TestContext> {
  const dataDir = options.dataDir ?? tempDir()
  const logs: string[] = []
  const ctx = await openAppContext({
    dataDir,
    sample: false,
    version: '0.0.0-test',
    now: tickingClock(),
    log: (message) => logs.push(message),
    ...options
  })
  let closed = false
  const close = ctx.close
  ctx.close = async () => {
    if (closed) return
    closed = true
    await close()
  }
  onCleanup(() => ctx.close())
  return { ctx, dataDir, logs }
}

/** Unwraps a successful API result, failing the test with the error otherwise. */
export function ok<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`Expected success, got ${result.error.code}: ${result.error.message}`)
  return result.value
}

/**
 * Calls a method and unwraps the result. Given a method name and an input the contract accepts,
 * the result's type comes from the contract; the form with an explicit result type and any input
 * (for inputs a test builds loosely) goes as the older tests are moved over.
 */
export async function call<M extends MethodName>(
  ctx: Pick<AppContext, 'dispatch'>,
  method: M,
  ...input: Record<never, never> extends MethodInput<M> ? [MethodInput<M>?] : [MethodInput<M>]
): Promise<MethodOutput<M>>
export async function call<T = unknown>(ctx: Pick<AppContext, 'dispatch'>, method: string, input?: unknown): Promise<T>
export async function call(ctx: Pick<AppContext, 'dispatch'>, method: string, input: unknown = {}): Promise<unknown> {
  return ok(await ctx.dispatch(method, input))
}

/** Calls a method expecting a failure and returns the error. */
export async function fail(ctx: Pick<AppContext, 'dispatch'>, method: string, input: unknown = {}) {
  const result = await ctx.dispatch(method, input)
  if (result.ok) throw new Error(`Expected ${method} to fail, but it returned ${JSON.stringify(result.value)}`)
  return result.error
}

/** A second, read-only connection to a database file (WAL lets it read beside the app's writer). */
export function readConnection(file: string): Database.Database {
  const conn = new Database(file, { readonly: true, fileMustExist: true })
  onCleanup(() => {
    conn.close()
  })
  return conn
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

/** Every user table with its row count and a hash of its full contents, for "nothing changed" checks. */
export function snapshotTables(conn: Database.Database): Record<string, { count: number; hash: string }> {
  const tables = conn
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as Array<{ name: string }>
  const snapshot: Record<string, { count: number; hash: string }> = {}
  for (const { name } of tables) {
    // Sorted as text rather than by rowid: full-text index tables have no rowid.
    const rows = conn
      .prepare(`SELECT * FROM "${name}"`)
      .all()
      .map((row) => JSON.stringify(row))
      .sort()
    snapshot[name] = { count: rows.length, hash: createHash('sha256').update(rows.join('\n')).digest('hex') }
  }
  return snapshot
}

export interface Harness {
  dispatch: Dispatch
  /** The very connection the services write through, for counting changes honestly. */
  sqlite: Database.Database
  /** Rows inserted, updated or deleted through this connection so far (SQLite's total_changes()). */
  totalChanges(): number
}

/** The services on a database file without the app context, so a test can watch the writing connection. */
export async function openHarness(
  file = join(tempDir(), 'harness.sqlite3'),
  now: () => Date = tickingClock(),
  extra: Partial<HandlerDeps> = {}
): Promise<Harness> {
  const opened = await openDatabase(file, join(file, '..', 'backups'), { now })
  onCleanup(() => opened.db.destroy())
  const handlers = createHandlers({
    ...extra,
    db: opened.db,
    now,
    info: () => ({ version: '0.0.0-test', dataDir: join(file, '..'), databaseFile: file, recovery: null }),
    backups: {
      list: () => [],
      create: () => Promise.reject(new Error('not in the harness')),
      restore: () => Promise.reject(new Error('not in the harness'))
    }
  })
  const dispatch = createDispatcher(handlers, (method, error) => {
    throw new Error(`Internal error in ${method}: ${String(error)}`)
  })
  const totalChanges = () => (opened.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n
  return { dispatch, sqlite: opened.sqlite, totalChanges }
}
