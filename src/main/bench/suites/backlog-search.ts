import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import Database from 'better-sqlite3'
import { writeCsv } from '@shared/domain/csv'
import { openAppContext, type AppContext } from '../../app/context'
import { databaseFile } from '../../db/files'
import { median, report, timeIt, type BenchContext } from '../report'

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
  const header = [
    'Summary',
    'Issue key',
    'Issue id',
    'Issue Type',
    'Status',
    'Custom field (Story Points)',
    'Labels',
    'Labels',
    'Sprint',
    'Sprint',
    'Description',
    'Created',
    'Resolved'
  ]
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

interface ItemRow {
  id: number
  type: string
  title: string
  description: string
  estimate: number | null
  state: string
  rank: string
  created_at: string
  updated_at: string
  notes: string
  external_key: string | null
}

/** What an import wrote for a product: its items, their status history and labels, with states and labels by name. */
interface WrittenRows {
  items: ItemRow[]
  history: Array<{ item_id: number; from_state: string | null; to_state: string; changed_at: string }>
  labels: Array<{ item_id: number; name: string }>
}

function readWritten(file: string, productId: number): WrittenRows {
  const conn = new Database(file, { readonly: true })
  const items = conn
    .prepare(
      `SELECT i.id, i.type, i.title, i.description, i.estimate, s.name AS state, i.rank, i.created_at, i.updated_at, i.notes, i.external_key
       FROM backlog_items i JOIN workflow_states s ON s.id = i.state_id WHERE i.product_id = ? ORDER BY i.id`
    )
    .all(productId) as ItemRow[]
  const history = conn
    .prepare(
      `SELECT c.item_id, f.name AS from_state, t.name AS to_state, c.changed_at FROM status_changes c
       JOIN backlog_items i ON i.id = c.item_id LEFT JOIN workflow_states f ON f.id = c.from_state_id JOIN workflow_states t ON t.id = c.to_state_id
       WHERE i.product_id = ? ORDER BY c.id`
    )
    .all(productId) as WrittenRows['history']
  const labels = conn
    .prepare(
      'SELECT il.item_id, l.name FROM item_labels il JOIN labels l ON l.id = il.label_id WHERE l.product_id = ? ORDER BY il.item_id, l.name'
    )
    .all(productId) as WrittenRows['labels']
  conn.close()
  return { items, history, labels }
}

/**
 * The same rows an import writes (same columns, same values), inserted the plainest way:
 * better-sqlite3, one transaction, one prepared insert per table. The search triggers fire as they
 * would for any insert into the items table.
 */
function plainInsert(file: string, productId: number, rows: WrittenRows): number {
  const conn = new Database(file)
  conn.pragma('journal_mode = WAL')
  conn.pragma('synchronous = FULL')
  const states = new Map(
    (
      conn.prepare('SELECT name, id FROM workflow_states WHERE product_id = ?').all(productId) as Array<{
        name: string
        id: number
      }>
    ).map((s) => [s.name, s.id])
  )
  const stateId = (name: string) => {
    const id = states.get(name)
    if (id === undefined) throw new Error(`The baseline product has no state "${name}"`)
    return id
  }
  const item = conn.prepare(
    'INSERT INTO backlog_items (product_id, type, title, description, estimate, state_id, rank, created_at, updated_at, notes, external_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
  )
  const history = conn.prepare(
    'INSERT INTO status_changes (item_id, from_state_id, to_state_id, changed_at) VALUES (?, ?, ?, ?)'
  )
  const label = conn.prepare('INSERT INTO labels (product_id, name) VALUES (?, ?)')
  const itemLabel = conn.prepare('INSERT INTO item_labels (item_id, label_id) VALUES (?, ?)')
  const start = performance.now()
  conn.transaction(() => {
    const ids = new Map<number, number>()
    for (const row of rows.items) {
      const inserted = item.run(
        productId,
        row.type,
        row.title,
        row.description,
        row.estimate,
        stateId(row.state),
        row.rank,
        row.created_at,
        row.updated_at,
        row.notes,
        row.external_key
      )
      ids.set(row.id, Number(inserted.lastInsertRowid))
    }
    for (const h of rows.history)
      history.run(
        ids.get(h.item_id),
        h.from_state === null ? null : stateId(h.from_state),
        stateId(h.to_state),
        h.changed_at
      )
    const labelIds = new Map<string, number>()
    for (const l of rows.labels) {
      let id = labelIds.get(l.name)
      if (id === undefined) labelIds.set(l.name, (id = Number(label.run(productId, l.name).lastInsertRowid)))
      itemLabel.run(ids.get(l.item_id), id)
    }
  })()
  const ms = performance.now() - start
  conn.close()
  return ms
}

const ROUNDS = 3

/**
 * Import and baseline in alternating rounds, each into a product of its own, after one import that
 * warms up and tells the baseline what to write; the ratio is the median of the rounds' ratios.
 */
async function importRounds(ctx: AppContext, file: string, csv: string): Promise<number> {
  const importOnce = async (name: string) => {
    const result = await call<{ productId: number; added: number }>(ctx, 'import.commit', {
      newProductName: name,
      format: 'jira',
      csv
    })
    if (result.added !== ITEMS) throw new Error(`import.commit added ${result.added} items, expected ${ITEMS}`)
    return result.productId
  }
  const written = readWritten(file, await importOnce('Warm-up import'))
  const importMs: number[] = []
  const plainMs: number[] = []
  let productId = 0
  for (let round = 1; round <= ROUNDS; round++) {
    const baseline = await call<{ id: number }>(ctx, 'products.create', { name: `Plain insert ${round}` })
    plainMs.push(plainInsert(file, baseline.id, written))
    const start = performance.now()
    productId = await importOnce(`Imported ${round}`)
    importMs.push(performance.now() - start)
  }
  importMs.forEach((ms, i) =>
    report({ name: `import round ${i + 1} vs its plain insert`, value: ms, unit: 'ms', baseline: plainMs[i]! })
  )
  const ratios = importMs.map((ms, i) => ms / plainMs[i]!)
  report({
    name: `import.commit ${ITEMS} Jira rows (parse, map, one transaction, undo record) vs plain inserts of the same rows, median of ${ROUNDS} rounds`,
    value: median(importMs),
    unit: 'ms',
    baseline: median(plainMs)
  })
  report({ name: 'import.commit / plain insert, median of the rounds’ ratios', value: median(ratios), unit: 'ratio' })
  return productId
}

/** Opening a 10,000-item backlog, a full-text search over it, and importing 10,000 Jira rows. */
export default async function backlogSearchSuite(context: BenchContext): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'po-studio-bench-'))
  try {
    const ctx = await openAppContext({
      dataDir,
      sample: false,
      version: 'bench',
      log: () => {},
      importWorker: context.importWorker
    })
    const productId = await importRounds(ctx, databaseFile(dataDir), jiraExport())

    const rawConn = new Database(databaseFile(dataDir), { readonly: true })
    const rawList = rawConn.prepare(
      'SELECT * FROM backlog_items WHERE product_id = ? AND deleted_at IS NULL ORDER BY rank, id'
    )
    const rawWorkflow = rawConn.prepare('SELECT * FROM workflow_states WHERE product_id = ? ORDER BY position')
    const rawOpenMs = await timeIt(RUNS, () => {
      rawList.all(productId)
      rawWorkflow.all(productId)
    })
    const openMs = await timeIt(RUNS, async () => {
      await Promise.all([call(ctx, 'backlog.list', { productId }), call(ctx, 'workflow.list', { productId })])
    })
    report({
      name: `open the backlog: backlog.list + workflow.list, ${ITEMS} items (API) vs raw SQL`,
      value: openMs,
      unit: 'ms',
      baseline: rawOpenMs
    })

    // A word in a tenth of the items, as a prefix, with snippets; the baseline scans with LIKE.
    const rawLike = rawConn.prepare(
      'SELECT id FROM backlog_items WHERE product_id = ? AND deleted_at IS NULL AND (title LIKE ? OR description LIKE ?) ORDER BY rank, id'
    )
    const likeMs = await timeIt(RUNS, () => rawLike.all(productId, '%coupo%', '%coupo%'))
    let hits = 0
    const searchMs = await timeIt(RUNS, async () => {
      hits = (await call<unknown[]>(ctx, 'backlog.search', { productId, query: 'coupo' })).length
    })
    if (hits !== ITEMS / WORDS.length)
      throw new Error(`backlog.search found ${hits} items, expected ${ITEMS / WORDS.length}`)
    report({
      name: `backlog.search one word prefix over ${ITEMS} items (FTS5, with snippets) vs LIKE scan`,
      value: searchMs,
      unit: 'ms',
      baseline: likeMs
    })
    rawConn.close()
    await ctx.close()
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}
