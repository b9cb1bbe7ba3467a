import { generateNKeysBetween } from 'fractional-indexing'
import { sql } from 'kysely'
import type { MethodOutput } from '@shared/api'
import type { StateChoice } from '@shared/domain/import'
import { csvRefusal } from '../csv-refusal'
import { inTransaction, type Db, type ServiceDeps } from '../deps'
import { criterionColumns, itemColumns, statusChangeColumns } from '../backlog/columns'
import { insertProduct } from '../products/service'
import { labelIds } from '../search/labels'
import { withSearchIndexPaused } from '../search/pause'
import { recordImport } from './undo'
import {
  countRows,
  prepareImport,
  type ImportInput,
  type PlanFile,
  type PreparedImport,
  type PreparedRow
} from './prepare'

/**
 * Status history for a new item: the steps its dates tell, else its arrival on the day of the
 * import (in its own state when that is a waiting one: an import day is never a finish day).
 */
function historyOf(
  row: PreparedRow,
  stateId: (name: string) => number,
  firstTodo: StateChoice,
  stamp: string
): Array<{ from: number | null; to: number; at: string }> {
  const steps =
    row.history.length > 0 ? row.history : [{ state: row.state.category === 'todo' ? row.state : firstTodo, at: stamp }]
  return steps.map((step, index) => ({
    from: index === 0 ? null : stateId(steps[index - 1]!.state.name),
    to: stateId(step.state.name),
    at: step.at
  }))
}

const SOURCE_NAMES = {
  jira: 'a Jira export',
  azure: 'an Azure DevOps export',
  stages: 'an ActionableAgile file',
  csv: 'a CSV file'
} as const

const sprintNote = (row: PreparedRow) =>
  row.sprints.length > 0 ? `Sprints before the import: ${row.sprints.join(', ')}` : ''

export type ImportResult = MethodOutput<'import.commit'>

/** Told how many new items are written so far; the import waits for it between batches. */
export type WriteProgress = (done: number, total: number) => Promise<void>

/**
 * Imports the file all or nothing: new items at the bottom in file order, matched items updated in
 * place, unchanged ones left alone.
 */
export async function commitImport(
  deps: ServiceDeps,
  input: ImportInput,
  planFile: PlanFile,
  writing: WriteProgress
): Promise<ImportResult> {
  return recordImport(deps, async (inImport) => {
    const prepared = await prepareImport(inImport.db, input, planFile)
    const errors = prepared.plan.issues.filter((i) => i.severity === 'error')
    if (errors.length > 0) throw csvRefusal(errors)
    const updatedIds = prepared.rows.flatMap((row) =>
      row.existingId === null || row.unchanged ? [] : [row.existingId]
    )
    return {
      updatedIds,
      run: async () => ({
        productId: await write(inImport, input, prepared, writing),
        ...countRows(prepared.rows),
        warnings: prepared.plan.issues.map(({ line, column, message }) => ({ line, column, message }))
      })
    }
  })
}

/** Rows per multi-row INSERT: a 10,000-row file needs few statements, and SQLite's limit on values holds. */
const BATCH = 400

async function insertInBatches<T>(values: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < values.length; start += BATCH) await insert(values.slice(start, start + BATCH))
}

/** Rows as one JSON parameter, which SQL reads back with json_each: one statement for any number of rows. */
const asJson = (rows: readonly unknown[]) => JSON.stringify(rows)

function write(
  { db, now }: ServiceDeps,
  input: ImportInput,
  prepared: PreparedImport,
  writing: WriteProgress
): Promise<number> {
  // The search index is brought up to date once for every item written, not row by row.
  return inTransaction(db, (trx) => withSearchIndexPaused(trx, () => writeRows(trx, now, input, prepared, writing)))
}

async function writeRows(
  trx: Db,
  now: () => Date,
  input: ImportInput,
  { target, rows: all }: PreparedImport,
  writing: WriteProgress
): Promise<{ result: number; itemIds: number[] }> {
  // Unchanged rows are left alone, so their items keep their updatedAt; they may still be parents.
  const rows = all.filter((row) => !row.unchanged)
  const idOfRow = (index: number) => all[index]!.existingId
  const stamp = now().toISOString()
  const description = `Imported from ${SOURCE_NAMES[input.format]}.`
  const productId =
    target.productId ?? (await insertProduct(trx, { name: target.name, description, workflow: target.states }, now()))
  const states = await trx
    .selectFrom('workflow_states')
    .select(['id', 'name', 'category'])
    .where('product_id', '=', productId)
    .orderBy('position')
    .execute()
  const stateByName = new Map(states.map((s) => [s.name, s]))
  const stateId = (name: string) => stateByName.get(name)!.id
  const firstTodo = states.find((s) => s.category === 'todo') ?? states[0]!
  const last = await trx
    .selectFrom('backlog_items')
    .select('rank')
    .where('product_id', '=', productId)
    .where('deleted_at', 'is', null)
    .orderBy('rank', 'desc')
    .limit(1)
    .executeTakeFirst()
  const fresh = rows.filter((r) => r.existingId === null)
  const ranks = generateNKeysBetween(last?.rank ?? null, null, fresh.length)

  // New items go in batches; their ranks (unique within the product) tie the new ids to the rows.
  const idByRank = new Map<string, number>()
  const rankOf = new Map(fresh.map((row, index) => [row, ranks[index]!]))
  await writing(0, fresh.length)
  await insertInBatches(fresh, async (batch) => {
    const inserted = await trx
      .insertInto('backlog_items')
      .values(
        batch.map((row) => ({
          product_id: productId,
          state_id: stateId(row.state.name),
          ...itemColumns.write({
            ...row,
            number: 0,
            rank: rankOf.get(row)!,
            createdAt: row.createdAt ?? stamp,
            updatedAt: row.updatedAt ?? stamp,
            deletedAt: null,
            notes: sprintNote(row),
            externalKey: row.key
          })
        }))
      )
      .returning(['id', 'rank'])
      .execute()
    for (const { id, rank } of inserted) idByRank.set(rank, id)
    await writing(idByRank.size, fresh.length)
  })
  const ids = rows.map((row) => row.existingId ?? idByRank.get(rankOf.get(row)!)!)
  const history = fresh.flatMap((row) =>
    historyOf(row, stateId, firstTodo, stamp).map((h) => ({
      item_id: idByRank.get(rankOf.get(row)!)!,
      from_state_id: h.from,
      to_state_id: h.to,
      ...statusChangeColumns.write({ changedAt: h.at, notDoneReason: null })
    }))
  )
  await insertInBatches(history, (batch) => trx.insertInto('status_changes').values(batch).execute())
  await updateExisting(trx, rows, ids, stateByName, stamp)

  // Criteria and labels of every row are replaced (criteria only when the file has them).
  const withCriteria = rows.flatMap((row, index) => (row.criteria === null ? [] : [index]))
  const criteriaOwners = withCriteria.map((index) => ids[index]!)
  await insertInBatches(criteriaOwners, (batch) =>
    trx.deleteFrom('acceptance_criteria').where('item_id', 'in', batch).execute()
  )
  const criteria = withCriteria.flatMap((index) =>
    rows[index]!.criteria!.map((text, position) => ({
      item_id: ids[index]!,
      ...criterionColumns.write({ position, text })
    }))
  )
  await insertInBatches(criteria, (batch) => trx.insertInto('acceptance_criteria').values(batch).execute())
  await insertInBatches(ids, (batch) => trx.deleteFrom('item_labels').where('item_id', 'in', batch).execute())
  const labelCache = new Map<string, number>()
  const labels: Array<{ item_id: number; label_id: number }> = []
  for (const [index, row] of rows.entries()) {
    for (const label_id of await labelIds(trx, productId, row.labels, labelCache))
      labels.push({ item_id: ids[index]!, label_id })
  }
  await insertInBatches(labels, (batch) => trx.insertInto('item_labels').values(batch).execute())

  const idByRow = new Map(rows.map((row, index) => [row, ids[index]!]))
  const parents = rows.flatMap((row, index) => {
    if (row.parent === null) return []
    return [
      [
        ids[index]!,
        'row' in row.parent ? (idOfRow(row.parent.row) ?? idByRow.get(all[row.parent.row]!)!) : row.parent.itemId
      ]
    ]
  })
  if (parents.length > 0) {
    await sql`UPDATE backlog_items SET parent_id = p.parent_id
      FROM (SELECT json_extract(value, '$[0]') AS id, json_extract(value, '$[1]') AS parent_id FROM json_each(${asJson(parents)})) AS p
      WHERE backlog_items.id = p.id`.execute(trx)
  }
  return { result: productId, itemIds: ids }
}

/** Matched items get the file's fields in one statement, and a status change where their state moves. */
async function updateExisting(
  trx: Db,
  rows: readonly PreparedRow[],
  ids: readonly number[],
  stateByName: ReadonlyMap<string, { id: number }>,
  stamp: string
): Promise<void> {
  const updates = rows.flatMap((row, index) =>
    row.existingId === null ? [] : [{ id: ids[index]!, row, stateId: stateByName.get(row.state.name)!.id }]
  )
  if (updates.length === 0) return
  const current = await sql<{
    id: number
    state_id: number
  }>`SELECT id, state_id FROM backlog_items WHERE id IN (SELECT value FROM json_each(${asJson(updates.map((u) => u.id))}))`.execute(
    trx
  )
  const stateBefore = new Map(current.rows.map((item) => [item.id, item.state_id]))
  const values = updates.map(({ id, row, stateId }) => ({
    id,
    type: row.type,
    title: row.title,
    description: row.description,
    estimate: row.estimate,
    stateId
  }))
  await sql`UPDATE backlog_items SET type = v.type, title = v.title, description = v.description, estimate = v.estimate, state_id = v.state_id, updated_at = ${stamp}
    FROM (SELECT json_extract(value, '$.id') AS id, json_extract(value, '$.type') AS type, json_extract(value, '$.title') AS title,
      json_extract(value, '$.description') AS description, json_extract(value, '$.estimate') AS estimate, json_extract(value, '$.stateId') AS state_id
      FROM json_each(${asJson(values)})) AS v
    WHERE backlog_items.id = v.id`.execute(trx)
  const moves = updates.flatMap(({ id, row, stateId }) => {
    const from = stateBefore.get(id)!
    if (from === stateId) return []
    const lastStep = row.history.at(-1)
    return [
      {
        item_id: id,
        from_state_id: from,
        to_state_id: stateId,
        ...statusChangeColumns.write({
          changedAt: lastStep?.state.name === row.state.name ? lastStep.at : stamp,
          notDoneReason: null
        })
      }
    ]
  })
  await insertInBatches(moves, (batch) => trx.insertInto('status_changes').values(batch).execute())
}
