import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { expect, test } from '@playwright/test'

/**
 * "What you saw saved survives a crash": the built CLI imports a few thousand rows and is killed
 * with SIGKILL (no handler runs, as in a power cut or `kill -9`) at a random moment. The database
 * must then open with integrity_check ok and hold the whole import or none of it: items, their
 * search index and the undo entry together.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const CLI = join(root, 'out/main/cli.js')
const ROWS = 2500
const PRODUCT = 'Crash test'

let work: string
let template: string
let csv: string
let fullImportMs: number

function cli(dataDir: string, args: string[]) {
  return spawnSync(process.execPath, [CLI, '--data-dir', dataDir, '--no-sample', ...args], {
    encoding: 'utf8',
    timeout: 60_000
  })
}

/** A copy of the data folder with the empty product, as it was before any import. */
function freshDataDir(): string {
  const dir = mkdtempSync(join(work, 'data-'))
  cpSync(template, dir, { recursive: true })
  return dir
}

function importArgs(): string[] {
  return ['import', 'csv', csv, '--product', PRODUCT]
}

interface Killed {
  /** True when the import had finished before the kill arrived. */
  finished: boolean
}

/** Starts the import and kills it with SIGKILL once `when` says so (given the elapsed time and the -wal size). */
function importKilled(dataDir: string, when: (elapsedMs: number, walBytes: number) => boolean): Promise<Killed> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI, '--data-dir', dataDir, '--no-sample', ...importArgs()], {
      stdio: 'ignore'
    })
    const started = Date.now()
    const wal = join(dataDir, 'po-studio.sqlite3-wal')
    const poll = setInterval(() => {
      const walBytes = existsSync(wal) ? statSync(wal).size : 0
      if (when(Date.now() - started, walBytes)) child.kill('SIGKILL')
    }, 2)
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      clearInterval(poll)
      if (signal === null && code !== 0) reject(new Error(`the import failed on its own with exit code ${code}`))
      else resolvePromise({ finished: signal === null })
    })
  })
}

/** Opens the database as the next start would (recovering the WAL) and checks it holds all of the import or none. */
function expectAllOrNothing(dataDir: string): 'all' | 'nothing' {
  const db = new Database(join(dataDir, 'po-studio.sqlite3'))
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.pragma('foreign_key_check')).toEqual([])
    db.exec("INSERT INTO item_search (item_search) VALUES ('integrity-check')")
    // The import pauses the search triggers inside its transaction: whatever the moment of the kill, they are on again.
    expect(db.prepare('SELECT paused FROM search_index_state').get()).toEqual({ paused: 0 })
    const product = db.prepare('SELECT id FROM products WHERE name = ?').get(PRODUCT) as { id: number }
    const count = (sql: string) => (db.prepare(sql).get(product.id) as { n: number }).n
    const items = count('SELECT count(*) AS n FROM backlog_items WHERE product_id = ?')
    const criteria = count(
      'SELECT count(*) AS n FROM acceptance_criteria c JOIN backlog_items i ON i.id = c.item_id WHERE i.product_id = ?'
    )
    const undo = count('SELECT count(*) AS n FROM edit_log WHERE product_id = ?')
    const indexed = count(
      'SELECT count(*) AS n FROM item_search s JOIN backlog_items i ON i.id = s.rowid WHERE i.product_id = ?'
    )
    expect([0, ROWS]).toContain(items)
    expect({ criteria, undo, indexed }).toEqual(
      items === 0 ? { criteria: 0, undo: 0, indexed: 0 } : { criteria: ROWS * 3, undo: 1, indexed: ROWS }
    )
    return items === 0 ? 'nothing' : 'all'
  } finally {
    db.close()
  }
}

test.describe.configure({ mode: 'serial' })

test.beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before the end-to-end tests.`)
  work = mkdtempSync(join(tmpdir(), 'po-studio-crash-'))
  csv = join(work, 'backlog.csv')
  // Descriptions long enough that the items outgrow SQLite's page cache while they are inserted, so
  // pages reach the -wal before the commit (the test below kills the import then).
  const lines = ['Title,Description,Acceptance criteria,Labels,Status']
  for (let i = 1; i <= ROWS; i++)
    lines.push(
      `"As swimmer ${i}, I want lane ${i % 8}, so that I train","${'Long description. '.repeat(60)}${i}","Given a lane\nWhen I swim\nThen I arrive",pool; lane-${i % 8},New`
    )
  writeFileSync(csv, lines.join('\n'))
  template = join(work, 'template')
  expect(cli(template, ['products', 'create', PRODUCT]).status).toBe(0)

  // How long a whole import takes here, so the kills land across all of it.
  const baseline = freshDataDir()
  const started = Date.now()
  const full = cli(baseline, importArgs())
  fullImportMs = Date.now() - started
  expect(full.stderr).not.toMatch(/Error/)
  expect(full.status).toBe(0)
  expect(expectAllOrNothing(baseline)).toBe('all')
})

test.afterAll(() => rmSync(work, { recursive: true, force: true }))

for (const round of [1, 2, 3]) {
  test(`an import killed at a random moment leaves all of it or none (round ${round})`, async () => {
    const dataDir = freshDataDir()
    const killAt = Math.round(Math.random() * fullImportMs)
    test.info().annotations.push({ type: 'SIGKILL after', description: `${killAt} ms of ${fullImportMs} ms` })
    const { finished } = await importKilled(dataDir, (elapsed) => elapsed >= killAt)
    const outcome = expectAllOrNothing(dataDir)
    if (finished) expect(outcome).toBe('all')
    // The next start opens the same file: nothing is taken for damaged or moved aside.
    expect(cli(dataDir, ['products', 'list', '--json']).status).toBe(0)
    expect(readdirSync(dataDir).filter((name) => name.includes('.damaged-'))).toEqual([])
  })
}

test('an import killed while it writes its pages to the WAL leaves none of it', async () => {
  const dataDir = freshDataDir()
  // The transaction spills pages to the -wal before it commits: kill once it has written some.
  const { finished } = await importKilled(dataDir, (_elapsed, walBytes) => walBytes > 256 * 1024)
  expect(finished).toBe(false)
  expect(expectAllOrNothing(dataDir)).toBe('nothing')
  expect(cli(dataDir, ['products', 'list', '--json']).status).toBe(0)
})
