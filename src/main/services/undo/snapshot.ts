import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../deps'

type Row = Record<string, unknown>

/**
 * The rows of a set of backlog items, exactly as stored: the items themselves (deleted ones too)
 * and every row that belongs to them. Undo and redo put such a picture back.
 */
export interface ItemSnapshot {
  items: Row[]
  /** Keyed by table name, in the order of ITEM_TABLES. */
  related: Record<string, Row[]>
}

/**
 * Tables whose rows belong to backlog items, with the columns that name the item. Other areas'
 * per-item data (scores, goal links, Sprints) is theirs and is not part of a backlog edit.
 */
const ITEM_TABLES: ReadonlyArray<{ table: string; columns: readonly string[] }> = [
  { table: 'status_changes', columns: ['item_id'] },
  { table: 'acceptance_criteria', columns: ['item_id'] },
  { table: 'item_links', columns: ['blocker_id', 'blocked_id'] },
  { table: 'item_labels', columns: ['item_id'] },
  { table: 'item_ready_checks', columns: ['item_id'] },
  { table: 'item_splits', columns: ['item_id'] },
  { table: 'story_map_placements', columns: ['item_id'] }
]

/** Item columns that point at rows which may be gone, or not back yet, when a snapshot is restored. */
const LATE_REFERENCES = ['parent_id', 'team_id'] as const

const ids = (list: readonly number[]) => sql.join(list.map((id) => sql.lit(id)))

function belongsTo(columns: readonly string[], itemIds: readonly number[]): RawBuilder<unknown> {
  return sql.join(
    columns.map((column) => sql`${sql.ref(column)} IN (${ids(itemIds)})`),
    sql` OR `
  )
}

async function select(db: Db, query: RawBuilder<Row>): Promise<Row[]> {
  return (await query.execute(db)).rows
}

export async function captureItems(db: Db, itemIds: readonly number[]): Promise<ItemSnapshot> {
  const related: Record<string, Row[]> = {}
  if (itemIds.length === 0) return { items: [], related }
  const items = await select(db, sql<Row>`SELECT * FROM backlog_items WHERE id IN (${ids(itemIds)}) ORDER BY id`)
  for (const { table, columns } of ITEM_TABLES) {
    related[table] = await select(
      db,
      sql<Row>`SELECT * FROM ${sql.table(table)} WHERE ${belongsTo(columns, itemIds)} ORDER BY rowid`
    )
  }
  return { items, related }
}

async function insertRow(db: Db, table: string, row: Row): Promise<void> {
  const columns = Object.keys(row)
  await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) VALUES (${sql.join(columns.map((c) => row[c]))})`.execute(
    db
  )
}

const isForeignKeyError = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY'

/**
 * Inserts a row unless it points at something deleted since the snapshot was taken (a label, a
 * Ready criterion, a map step, an item removed for good): that row stays gone. SQLite rolls back
 * only the failed statement, so the surrounding transaction goes on.
 */
async function insertIfReferencesExist(db: Db, table: string, row: Row): Promise<void> {
  try {
    await insertRow(db, table, row)
  } catch (error) {
    if (!isForeignKeyError(error)) throw error
  }
}

/**
 * Makes the items `itemIds` and their rows look exactly like `snapshot` (run inside a transaction):
 * items absent from it are removed for good, the others get their stored values and ids back.
 */
export async function restoreItems(trx: Db, itemIds: readonly number[], snapshot: ItemSnapshot): Promise<void> {
  if (itemIds.length === 0) return
  for (const { table, columns } of ITEM_TABLES) {
    await sql`DELETE FROM ${sql.table(table)} WHERE ${belongsTo(columns, itemIds)}`.execute(trx)
  }
  const keep = new Set(snapshot.items.map((row) => row.id as number))
  const gone = itemIds.filter((id) => !keep.has(id))
  if (gone.length > 0) await sql`DELETE FROM backlog_items WHERE id IN (${ids(gone)})`.execute(trx)

  // Parents and teams are set in a second pass: an item may come back before the parent it points at,
  // and a team removed since the snapshot leaves the item with none.
  const existing = new Set(
    (await select(trx, sql<Row>`SELECT id FROM backlog_items WHERE id IN (${ids([...keep])})`)).map(
      (row) => row.id as number
    )
  )
  for (const row of snapshot.items) {
    const values: Row = { ...row, ...Object.fromEntries(LATE_REFERENCES.map((column) => [column, null])) }
    if (existing.has(row.id as number)) {
      const columns = Object.keys(values).filter((c) => c !== 'id')
      await sql`UPDATE backlog_items SET ${sql.join(columns.map((c) => sql`${sql.ref(c)} = ${values[c]}`))} WHERE id = ${row.id}`.execute(
        trx
      )
    } else {
      await insertRow(trx, 'backlog_items', values)
    }
  }
  for (const row of snapshot.items) {
    for (const column of LATE_REFERENCES) {
      if (row[column] === null || row[column] === undefined) continue
      try {
        await sql`UPDATE backlog_items SET ${sql.ref(column)} = ${row[column]} WHERE id = ${row.id}`.execute(trx)
      } catch (error) {
        if (!isForeignKeyError(error)) throw error
      }
    }
  }

  for (const { table } of ITEM_TABLES) {
    for (const row of snapshot.related[table] ?? []) await insertIfReferencesExist(trx, table, row)
  }
}
