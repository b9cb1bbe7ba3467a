import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { CLI, ensureFreshBuild } from '../built-cli'
import { backlogCsv, kanoCsv, LARGE_PRODUCT, scoreRows } from './content'

const ENV_KEY = 'PO_STUDIO_E2E_LARGE_DATA_DIR'

/** The data folder holding the large product; each test that needs it serves a copy. */
export function largeProductDataDir(): string {
  const dir = process.env[ENV_KEY]
  if (!dir)
    throw new Error(`${ENV_KEY} is not set: the large product is built by the global setup in playwright.config.ts.`)
  return dir
}

const cli = (args: readonly string[], input?: string) =>
  execFileSync(process.execPath, [CLI, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, PO_STUDIO_DATA_DIR: '' }
  })

/**
 * Scores go straight into the file: the API sets one item's scores per call, and 9,000 calls would
 * take about a minute. This writes the rows `ordering.setScores` would, with one change each, and
 * returns the product's id.
 */
function writeScores(dataDir: string, today: Date): number {
  const db = new Database(join(dataDir, 'po-studio.sqlite3'))
  const { id: productId } = db.prepare('SELECT id FROM products WHERE name = ?').get(LARGE_PRODUCT.name) as {
    id: number
  }
  const ids = (
    db.prepare('SELECT id FROM backlog_items WHERE product_id = ? ORDER BY rank, id').all(productId) as Array<{
      id: number
    }>
  ).map((r) => r.id)
  const score = db.prepare(
    'INSERT INTO item_scores (item_id, ubv, tc, rr, job_size, value, effort, moscow, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'
  )
  const change = db.prepare(
    "INSERT INTO score_changes (item_id, field, old_value, new_value, changed_at) VALUES (?, 'value', NULL, ?, ?)"
  )
  db.transaction(() => {
    for (const row of scoreRows()) {
      const id = ids[row.n - 1]!
      const at = new Date(today.getTime() - (row.n % 28) * 86_400_000).toISOString()
      score.run(id, row.ubv, row.tc, row.rr, row.jobSize, row.value, row.effort, row.moscow, at)
      change.run(id, String(row.value), at)
    }
  })()
  db.close()
  return productId
}

/**
 * Builds the 10,000-item product once per run, the way a user would bring one in: the backlog with
 * its history through `po-studio import csv`, then the scores, then Kano answers through `kano.import`.
 */
export default function globalSetup(): () => void {
  ensureFreshBuild()
  const started = performance.now()
  const root = mkdtempSync(join(tmpdir(), 'po-studio-e2e-large-'))
  const dataDir = join(root, 'data')
  const today = new Date()
  const csvFile = join(root, 'backlog.csv')
  writeFileSync(csvFile, backlogCsv(today))
  cli(['--data-dir', dataDir, '--no-sample', '--json', 'import', 'csv', csvFile, '--product', LARGE_PRODUCT.name])
  const productId = writeScores(dataDir, today)
  cli(['--data-dir', dataDir, 'call', 'kano.import', '-'], JSON.stringify({ productId, csv: kanoCsv() }))
  process.env[ENV_KEY] = dataDir
  console.log(
    `Built the ${LARGE_PRODUCT.items.toLocaleString('en')}-item product in ${Math.round(performance.now() - started)} ms.`
  )
  return () => rmSync(root, { recursive: true, force: true })
}
