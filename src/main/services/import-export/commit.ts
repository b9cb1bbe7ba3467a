import { generateNKeysBetween } from 'fractional-indexing'
import { ApiError, type MethodOutput } from '@shared/api'
import type { StateChoice } from '@shared/domain/import'
import { inTransaction, type ServiceDeps } from '../deps'
import { insertProduct } from '../products'
import { labelIds } from '../search/labels'
import { recordImport } from './undo'
import { countRows, prepareImport, type ImportInput, type PreparedImport, type PreparedRow } from './prepare'

/**
 * Status history for a new item: the steps its dates tell, else its arrival on the day of the
 * import (in its own state when that is a waiting one: an import day is never a finish day).
 */
function historyOf(row: PreparedRow, stateId: (name: string) => number, firstTodo: StateChoice, stamp: string): Array<{ from: number | null; to: number; at: string }> {
  const steps = row.history.length > 0 ? row.history : [{ state: row.state.category === 'todo' ? row.state : firstTodo, at: stamp }]
  return steps.map((step, index) => ({ from: index === 0 ? null : stateId(steps[index - 1]!.state.name), to: stateId(step.state.name), at: step.at }))
}

const SOURCE_NAMES = { jira: 'a Jira export', azure: 'an Azure DevOps export', stages: 'an ActionableAgile file', csv: 'a CSV file' } as const

const sprintNote = (row: PreparedRow) => (row.sprints.length > 0 ? `Sprints before the import: ${row.sprints.join(', ')}` : '')

/** Refuses a file with errors, naming the first problems by line and column. */
function refuse(issues: ReadonlyArray<{ line: number; column: number; message: string; severity: string }>): never {
  const errors = issues.filter((i) => i.severity === 'error')
  const where = (e: (typeof errors)[number]) => `line ${e.line}, column ${e.column}: ${e.message}`
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more ${errors.length === 2 ? 'problem' : 'problems'})` : ''
  throw new ApiError(
    'invalid_input',
    `Nothing was imported. The file has a problem at ${where(errors[0]!)}${more}`,
    errors.slice(0, 50).map((e) => ({ path: 'csv', message: `Line ${e.line}, column ${e.column}: ${e.message}` }))
  )
}

export type ImportResult = MethodOutput<'import.commit'>

/** Imports the file all or nothing: new items at the bottom in file order, matched items updated in place, unchanged ones left alone. */
export async function commitImport(deps: ServiceDeps, input: ImportInput): Promise<ImportResult> {
  return recordImport(deps, async (inImport) => {
    const prepared = await prepareImport(inImport.db, input)
    if (prepared.plan.issues.some((i) => i.severity === 'error')) refuse(prepared.plan.issues)
    const updatedIds = prepared.rows.flatMap((row) => (row.existingId === null || row.unchanged ? [] : [row.existingId]))
    return {
      updatedIds,
      run: async () => ({
        productId: await write(inImport, input, prepared),
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

function write({ db, now }: ServiceDeps, input: ImportInput, { target, rows: all }: PreparedImport): Promise<number> {
  // Unchanged rows are left alone, so their items keep their updatedAt; they may still be parents.
  const rows = all.filter((row) => !row.unchanged)
  const idOfRow = (index: number) => all[index]!.existingId
  const stamp = now().toISOString()
  return inTransaction(db, async (trx) => {
    const description = `Imported from ${SOURCE_NAMES[input.format]}.`
    const productId = target.productId ?? (await insertProduct(trx, { name: target.name, description, workflow: target.states }, now()))
    const states = await trx.selectFrom('workflow_states').select(['id', 'name', 'category']).where('product_id', '=', productId).orderBy('position').execute()
    const stateByName = new Map(states.map((s) => [s.name, s]))
    const stateId = (name: string) => stateByName.get(name)!.id
    const firstTodo = states.find((s) => s.category === 'todo') ?? states[0]!
    const last = await trx.selectFrom('backlog_items').select('rank').where('product_id', '=', productId).where('deleted_at', 'is', null).orderBy('rank', 'desc').limit(1).executeTakeFirst()
    const fresh = rows.filter((r) => r.existingId === null)
    const ranks = generateNKeysBetween(last?.rank ?? null, null, fresh.length)

    // New items go in batches; their ranks (unique within the product) tie the new ids to the rows.
    const idByRank = new Map<string, number>()
    const rankOf = new Map(fresh.map((row, index) => [row, ranks[index]!]))
    await insertInBatches(fresh, async (batch) => {
      const inserted = await trx
        .insertInto('backlog_items')
        .values(
          batch.map((row) => ({
            product_id: productId,
            type: row.type,
            title: row.title,
            description: row.description,
            estimate: row.estimate,
            state_id: stateId(row.state.name),
            rank: rankOf.get(row)!,
            created_at: row.createdAt ?? stamp,
            updated_at: row.updatedAt ?? stamp,
            deleted_at: null,
            notes: sprintNote(row),
            external_key: row.key
          }))
        )
        .returning(['id', 'rank'])
        .execute()
      for (const { id, rank } of inserted) idByRank.set(rank, id)
    })
    const ids = rows.map((row) => row.existingId ?? idByRank.get(rankOf.get(row)!)!)
    const history = fresh.flatMap((row) =>
      historyOf(row, stateId, firstTodo, stamp).map((h) => ({
        item_id: idByRank.get(rankOf.get(row)!)!,
        from_state_id: h.from,
        to_state_id: h.to,
        changed_at: h.at
      }))
    )
    await insertInBatches(history, (batch) => trx.insertInto('status_changes').values(batch).execute())

    for (const [index, row] of rows.entries()) {
      if (row.existingId === null) continue
      const state = stateByName.get(row.state.name)!
      const current = await trx.selectFrom('backlog_items').select('state_id').where('id', '=', row.existingId).executeTakeFirstOrThrow()
      await trx
        .updateTable('backlog_items')
        .set({ type: row.type, title: row.title, description: row.description, estimate: row.estimate, state_id: state.id, updated_at: stamp })
        .where('id', '=', ids[index]!)
        .execute()
      if (current.state_id !== state.id) {
        const at = row.history.at(-1)?.state.name === state.name ? row.history.at(-1)!.at : stamp
        await trx.insertInto('status_changes').values({ item_id: ids[index]!, from_state_id: current.state_id, to_state_id: state.id, changed_at: at }).execute()
      }
    }

    // Criteria and labels of every row are replaced (criteria only when the file has them).
    const withCriteria = rows.flatMap((row, index) => (row.criteria === null ? [] : [index]))
    const criteriaOwners = withCriteria.map((index) => ids[index]!)
    await insertInBatches(criteriaOwners, (batch) => trx.deleteFrom('acceptance_criteria').where('item_id', 'in', batch).execute())
    const criteria = withCriteria.flatMap((index) => rows[index]!.criteria!.map((text, position) => ({ item_id: ids[index]!, position, text })))
    await insertInBatches(criteria, (batch) => trx.insertInto('acceptance_criteria').values(batch).execute())
    await insertInBatches(ids, (batch) => trx.deleteFrom('item_labels').where('item_id', 'in', batch).execute())
    const labelCache = new Map<string, number>()
    const labels: Array<{ item_id: number; label_id: number }> = []
    for (const [index, row] of rows.entries()) {
      for (const label_id of await labelIds(trx, productId, row.labels, labelCache)) labels.push({ item_id: ids[index]!, label_id })
    }
    await insertInBatches(labels, (batch) => trx.insertInto('item_labels').values(batch).execute())

    const idByRow = new Map(rows.map((row, index) => [row, ids[index]!]))
    for (const [index, row] of rows.entries()) {
      if (row.parent === null) continue
      const parentId = 'row' in row.parent ? (idOfRow(row.parent.row) ?? idByRow.get(all[row.parent.row]!)!) : row.parent.itemId
      await trx.updateTable('backlog_items').set({ parent_id: parentId }).where('id', '=', ids[index]!).execute()
    }
    return productId
  })
}
