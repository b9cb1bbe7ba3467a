import type { MethodName, MethodOutput, ParsedInput } from '@shared/api'
import type { HandlerMap } from '../../api/handlers'
import type { Db, ServiceDeps } from '../deps'
import { createUndoLog } from './log'
import { serialized } from './serialize'
import { captureItems } from './snapshot'

/** How a mutating method takes part in undo. */
export interface UndoableEdit<I> {
  /** The existing items the call may change; items it creates are found on their own. */
  items: (input: I) => readonly number[]
  /** The edit in the words of an undo button, after "Undo": `move of “Title”`. */
  label: (input: I, title: string) => string
}

export type UndoableEdits<M extends MethodName> = { [K in M]?: UndoableEdit<ParsedInput<K>> }

const MAX_TITLE = 40

function shortTitle(row: Record<string, unknown> | undefined): string {
  const title = typeof row?.title === 'string' ? row.title : ''
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title
}

/** Children are in scope too: their parent link is stored on them and an edit may clear it. */
async function withChildren(db: Db, itemIds: readonly number[]): Promise<number[]> {
  if (itemIds.length === 0) return []
  const children = await db.selectFrom('backlog_items').select('id').where('parent_id', 'in', itemIds).execute()
  return [...new Set([...itemIds, ...children.map((c) => c.id)])]
}

async function highestItemId(db: Db): Promise<number> {
  const row = await db
    .selectFrom('backlog_items')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst()
  return row?.id ?? 0
}

/**
 * Runs one edit and records it, both inside `deps.db`, which is the edit's transaction: the rows
 * before, the change, the rows after and the log entry commit together or not at all, so no edit
 * is ever saved without its undo.
 */
async function runRecorded<I, O>(
  deps: ServiceDeps,
  edit: UndoableEdit<I>,
  run: () => Promise<O>,
  input: I
): Promise<O> {
  const { db } = deps
  const touched = [...new Set(edit.items(input))]
  const scopeBefore = await withChildren(db, touched)
  const highest = await highestItemId(db)
  const before = await captureItems(db, scopeBefore)
  const result = await run()
  const created = await db.selectFrom('backlog_items').select('id').where('id', '>', highest).orderBy('id').execute()
  const scope = [...scopeBefore, ...created.map((c) => c.id)]
  const after = await captureItems(db, scope)
  if (JSON.stringify(before) === JSON.stringify(after)) return result

  const main = touched[0] ?? created[0]?.id
  const mainRow = after.items.find((row) => row.id === main) ?? before.items.find((row) => row.id === main)
  const productId = (mainRow ?? after.items[0] ?? before.items[0])?.product_id
  if (typeof productId !== 'number') return result
  const label = edit.label(input, shortTitle(mainRow))
  await createUndoLog(deps).record(db, productId, label, scope, before, after)
  return result
}

/**
 * The handlers `make` builds, with the methods named in `edits` recorded in the product's undo
 * history: the rows of the items they touched before and after. Each recorded call runs in one
 * transaction with its record, through handlers made for that transaction (their own transactions
 * join it, see inTransaction); the methods stay unchanged.
 */
export function withUndo<M extends MethodName, D extends ServiceDeps>(
  deps: D,
  make: (deps: D) => HandlerMap<M>,
  edits: UndoableEdits<M>
): HandlerMap<M> {
  const handlers = make(deps)
  const wrapped: HandlerMap<M> = { ...handlers }
  for (const method of Object.keys(edits) as M[]) {
    const edit = edits[method] as UndoableEdit<ParsedInput<M>> | undefined
    if (!edit) continue
    const recorded = (input: ParsedInput<M>) =>
      serialized(deps.db, () =>
        deps.db.transaction().execute((trx) => {
          const inEdit = { ...deps, db: trx }
          const handler = make(inEdit)[method] as (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>
          return runRecorded(inEdit, edit, async () => handler(input), input)
        })
      )
    wrapped[method] = recorded as HandlerMap<M>[M]
  }
  return wrapped
}
