import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import Database from 'better-sqlite3'
import { generateNKeysBetween } from 'fractional-indexing'
import { openAppContext, type AppContext } from '../../app/context'
import { databaseFile } from '../../db/files'
import { median, report, timeIt } from '../report'

const ITEMS = 10_000
const LIST_RUNS = 15
const MOVE_RUNS = 40

async function call<T>(ctx: AppContext, method: string, input: unknown): Promise<T> {
  const result = await ctx.dispatch(method, input)
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  return result.value as T
}

/** Bulk-loads the backlog through a second connection in one transaction; loading is not what is measured. */
function loadItems(file: string, productId: number): void {
  const conn = new Database(file)
  const state = conn
    .prepare('SELECT id FROM workflow_states WHERE product_id = ? ORDER BY position LIMIT 1')
    .get(productId) as { id: number }
  const ranks = generateNKeysBetween(null, null, ITEMS)
  const insert = conn.prepare(
    "INSERT INTO backlog_items (product_id, type, title, description, estimate, state_id, rank, created_at, updated_at) VALUES (?, 'story', ?, '', ?, ?, ?, ?, ?)"
  )
  const stamp = new Date().toISOString()
  conn.transaction(() => {
    ranks.forEach((rank, i) =>
      insert.run(
        productId,
        `As a member, I want benefit number ${i + 1}, so that the list is realistic`,
        [1, 2, 3, 5, 8][i % 5],
        state.id,
        rank,
        stamp,
        stamp
      )
    )
  })()
  conn.close()
}

/**
 * The same move done the common way, with an integer position per item: every item between the old
 * and the new place is renumbered. Measured on a copy of the same rows in the same run.
 */
function integerPositionBaseline(file: string, productId: number): { ms: number; rows: number } {
  const conn = new Database(file)
  conn.pragma('journal_mode = WAL')
  conn.pragma('synchronous = FULL')
  conn.exec(
    'CREATE TEMP TABLE positioned AS SELECT id, row_number() OVER (ORDER BY rank) AS position FROM backlog_items WHERE product_id = ' +
      productId
  )
  conn.exec('CREATE TABLE bench_positions (id INTEGER PRIMARY KEY, position INTEGER NOT NULL)')
  conn.exec('INSERT INTO bench_positions SELECT id, position FROM positioned')
  const shift = conn.prepare('UPDATE bench_positions SET position = position + 1 WHERE position >= ? AND position < ?')
  const place = conn.prepare('UPDATE bench_positions SET position = ? WHERE id = ?')
  const find = conn.prepare('SELECT id FROM bench_positions WHERE position = ?')
  const rowsPerMove: number[] = []
  const samples: number[] = []
  for (let run = 0; run < MOVE_RUNS; run++) {
    const from = ITEMS / 2 + run
    const to = 1
    const start = performance.now()
    const rows = conn.transaction(() => {
      const { id } = find.get(from) as { id: number }
      const shifted = shift.run(to, from).changes
      place.run(to, id)
      return shifted + 1
    })()
    samples.push(performance.now() - start)
    rowsPerMove.push(rows)
  }
  conn.exec('DROP TABLE bench_positions')
  conn.close()
  return { ms: median(samples), rows: median(rowsPerMove) }
}

/** A 10,000-item backlog: listing it and moving one item, against raw SQL and integer positions. */
export default async function backlogSuite(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'po-studio-bench-'))
  try {
    const ctx = await openAppContext({ dataDir, sample: false, version: 'bench', log: () => {} })
    const product = await call<{ id: number }>(ctx, 'products.create', { name: 'Benchmark product' })
    loadItems(databaseFile(dataDir), product.id)

    const rawConn = new Database(databaseFile(dataDir), { readonly: true })
    const rawList = rawConn.prepare(
      'SELECT * FROM backlog_items WHERE product_id = ? AND deleted_at IS NULL ORDER BY rank, id'
    )
    const rawMs = await timeIt(LIST_RUNS, () => rawList.all(product.id))
    rawConn.close()
    let listed = 0
    const listMs = await timeIt(LIST_RUNS, async () => {
      listed = (await call<unknown[]>(ctx, 'backlog.list', { productId: product.id })).length
    })
    if (listed !== ITEMS) throw new Error(`backlog.list returned ${listed} items, expected ${ITEMS}`)
    report({
      name: `backlog.list ${ITEMS} items (API, validated) vs raw SQL`,
      value: listMs,
      unit: 'ms',
      baseline: rawMs
    })

    // Move items from the middle of the backlog to the top, one at a time, as a Product Owner would.
    const order = await call<Array<{ id: number }>>(ctx, 'backlog.list', { productId: product.id })
    let top = order[0]!.id
    const rowsWritten: number[] = []
    const moveMs = await timeIt(MOVE_RUNS, async (run) => {
      const moving = order[ITEMS / 2 + run]!.id
      const before = ctx.totalChanges()
      await call(ctx, 'backlog.move', { id: moving, afterId: null, beforeId: top })
      rowsWritten.push(ctx.totalChanges() - before)
      top = moving
    })
    // Which backlog rows a move changed, read back through a second connection: exactly the moved one.
    const reader = new Database(databaseFile(dataDir), { readonly: true })
    const ranks = () =>
      new Map(
        (reader.prepare('SELECT id, rank FROM backlog_items').all() as Array<{ id: number; rank: string }>).map((r) => [
          r.id,
          r.rank
        ])
      )
    const itemRowsWritten: number[] = []
    for (let run = 0; run < 5; run++) {
      const before = ranks()
      const moving = order[ITEMS / 4 + run]!.id
      await call(ctx, 'backlog.move', { id: moving, afterId: null, beforeId: top })
      top = moving
      const after = ranks()
      itemRowsWritten.push([...after].filter(([id, rank]) => before.get(id) !== rank).length)
    }
    reader.close()
    const baseline = integerPositionBaseline(databaseFile(dataDir), product.id)
    report({
      name: 'backlog.move one item (API, fractional rank) vs integer positions',
      value: moveMs,
      unit: 'ms',
      baseline: baseline.ms
    })
    report({
      name: 'backlog rows written per move (fractional rank) vs integer positions',
      value: median(itemRowsWritten),
      unit: 'rows',
      baseline: baseline.rows
    })
    // Besides the moved row, each move adds its entry to the undo history.
    report({ name: 'all rows written per move, including its undo entry', value: median(rowsWritten), unit: 'rows' })
    if (itemRowsWritten.some((n) => n !== 1))
      throw new Error(`A move rewrote ${Math.max(...itemRowsWritten)} backlog rows; it must write exactly 1.`)
    report({ name: 'heap used after the run', value: process.memoryUsage().heapUsed / 2 ** 20, unit: 'MiB' })
    await ctx.close()
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}
