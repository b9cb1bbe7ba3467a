import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { generateNKeysBetween } from 'fractional-indexing'
import { writeCsv } from '@shared/domain/csv'
import { openAppContext, type AppContext } from '../../app/context'
import { databaseFile } from '../../db/files'
import { report, timeIt } from '../report'

const ITEMS = 10_000
const RUNS = 15
const WORDS = ['payment', 'refund', 'invoice', 'search', 'profile', 'report', 'export', 'login', 'coupon', 'basket']

async function call<T>(ctx: AppContext, method: string, input: unknown): Promise<T> {
  const result = await ctx.dispatch(method, input)
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  return result.value as T
}

/** 10,000 Jira rows with repeated Labels and Sprint columns, multi-line descriptions and Jira dates. */
function jiraExport(): string {
  const header = ['Summary', 'Issue key', 'Issue id', 'Issue Type', 'Status', 'Custom field (Story Points)', 'Labels', 'Labels', 'Sprint', 'Sprint', 'Description', 'Created', 'Resolved']
  const rows = Array.from({ length: ITEMS }, (_, i) => {
    const word = WORDS[i % WORDS.length]!
    const done = i % 4 === 0
    return [
      `As a shopper, I want ${word} number ${i + 1}, so that the list is realistic`,
      `BENCH-${i + 1}`,
      String(100_000 + i),
      i % 7 === 0 ? 'Bug' : 'Story',
      done ? 'Done' : i % 4 === 1 ? 'In Progress' : 'To Do',
      String([1, 2, 3, 5, 8][i % 5]),
      word,
      i % 3 === 0 ? 'web' : '',
      `Sprint ${1 + (i % 20)}`,
      '',
      `First line about ${word}.\nSecond line with detail ${i}.`,
      `${1 + (i % 28)}/Feb/25 10:30 AM`,
      done ? `${1 + (i % 28)}/Mar/25 4:15 PM` : ''
    ]
  })
  return writeCsv([header, ...rows])
}

/** The same rows inserted the plainest way: better-sqlite3, one transaction, prepared statements. */
function plainInsert(file: string, productId: number): number {
  const conn = new Database(file)
  conn.pragma('journal_mode = WAL')
  conn.pragma('synchronous = FULL')
  const state = conn.prepare('SELECT id FROM workflow_states WHERE product_id = ? ORDER BY position LIMIT 1').get(productId) as { id: number }
  const ranks = generateNKeysBetween(null, null, ITEMS)
  const item = conn.prepare(
    "INSERT INTO backlog_items (product_id, type, title, description, estimate, state_id, rank, created_at, updated_at) VALUES (?, 'story', ?, ?, ?, ?, ?, ?, ?)"
  )
  const history = conn.prepare('INSERT INTO status_changes (item_id, from_state_id, to_state_id, changed_at) VALUES (?, NULL, ?, ?)')
  const stamp = new Date().toISOString()
  const start = performance.now()
  conn.transaction(() => {
    ranks.forEach((rank, i) => {
      const { lastInsertRowid } = item.run(productId, `As a shopper, I want item ${i + 1}`, `First line.\nSecond line ${i}.`, [1, 2, 3, 5, 8][i % 5], state.id, rank, stamp, stamp)
      history.run(lastInsertRowid, state.id, stamp)
    })
  })()
  const ms = performance.now() - start
  conn.close()
  return ms
}

/** Opening a 10,000-item backlog, a full-text search over it, and importing 10,000 Jira rows. */
export default async function backlogSearchSuite(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'po-studio-bench-'))
  try {
    const ctx = await openAppContext({ dataDir, sample: false, version: 'bench', log: () => {} })
    const csv = jiraExport()
    let imported = { productId: 0, created: 0 }
    const importMs = await timeIt(1, async () => {
      imported = await call<{ productId: number; created: number }>(ctx, 'import.commit', { newProductName: 'Imported', format: 'jira', csv })
    })
    if (imported.created !== ITEMS) throw new Error(`import.commit created ${imported} items, expected ${ITEMS}`)
    const { productId } = imported
    const baseline = await call<{ id: number }>(ctx, 'products.create', { name: 'Plain insert' })
    const plainMs = plainInsert(databaseFile(dataDir), baseline.id)
    report({ name: `import.commit ${ITEMS} Jira rows (parse, map, one transaction, undo record) vs plain better-sqlite3 inserts`, value: importMs, unit: 'ms', baseline: plainMs })

    const rawConn = new Database(databaseFile(dataDir), { readonly: true })
    const rawList = rawConn.prepare('SELECT * FROM backlog_items WHERE product_id = ? AND deleted_at IS NULL ORDER BY rank, id')
    const rawWorkflow = rawConn.prepare('SELECT * FROM workflow_states WHERE product_id = ? ORDER BY position')
    const rawOpenMs = await timeIt(RUNS, () => {
      rawList.all(productId)
      rawWorkflow.all(productId)
    })
    const openMs = await timeIt(RUNS, async () => {
      await Promise.all([call(ctx, 'backlog.list', { productId }), call(ctx, 'workflow.list', { productId })])
    })
    report({ name: `open the backlog: backlog.list + workflow.list, ${ITEMS} items (API) vs raw SQL`, value: openMs, unit: 'ms', baseline: rawOpenMs })

    // A word in a tenth of the items, as a prefix, with snippets; the baseline scans with LIKE.
    const rawLike = rawConn.prepare("SELECT id FROM backlog_items WHERE product_id = ? AND deleted_at IS NULL AND (title LIKE ? OR description LIKE ?) ORDER BY rank, id")
    const likeMs = await timeIt(RUNS, () => rawLike.all(productId, '%coupo%', '%coupo%'))
    let hits = 0
    const searchMs = await timeIt(RUNS, async () => {
      hits = (await call<unknown[]>(ctx, 'backlog.search', { productId, query: 'coupo' })).length
    })
    if (hits !== ITEMS / WORDS.length) throw new Error(`backlog.search found ${hits} items, expected ${ITEMS / WORDS.length}`)
    report({ name: `backlog.search one word prefix over ${ITEMS} items (FTS5, with snippets) vs LIKE scan`, value: searchMs, unit: 'ms', baseline: likeMs })
    rawConn.close()
    await ctx.close()
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}
