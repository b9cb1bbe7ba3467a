import type { MethodName, MethodOutput, ParsedInput } from '@shared/api'
import type { HandlerMap } from '../../api/handlers'
import type { Db, ServiceDeps } from '../deps'
import { createUndoLog, type UndoLog } from './log'
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
  const row = await db.selectFrom('backlog_items').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst()
  return row?.id ?? 0
}

async function runRecorded<I, O>(deps: ServiceDeps, log: UndoLog, edit: UndoableEdit<I>, run: () => Promise<O>, input: I): Promise<O> {
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
  await db.transaction().execute((trx) => log.record(trx, productId, label, scope, before, after))
  return result
}

/**
 * Wraps the methods named in `edits` so each successful call is recorded in the product's undo
 * history with the rows of the items it touched before and after. The methods stay unchanged.
 */
export function withUndo<M extends MethodName>(deps: ServiceDeps, handlers: HandlerMap<M>, edits: UndoableEdits<M>): HandlerMap<M> {
  const log = createUndoLog(deps)
  const wrapped: HandlerMap<M> = { ...handlers }
  for (const method of Object.keys(edits) as M[]) {
    const edit = edits[method] as UndoableEdit<ParsedInput<M>> | undefined
    const handler = handlers[method] as (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>
    if (!edit) continue
    const recorded = (input: ParsedInput<M>) => serialized(deps.db, () => runRecorded(deps, log, edit, async () => handler(input), input))
    wrapped[method] = recorded as HandlerMap<M>[M]
  }
  return wrapped
}
