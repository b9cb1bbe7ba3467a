import type { Selectable } from 'kysely'
import { ApiError } from '@shared/api'
import type { PracticeEntry } from '@shared/api/methods/practice'
import type { Database } from '../../db/schema'
import { inTransaction, type Db, type ServiceDeps } from '../deps'
import { entryColumns } from './columns'

export type EntryRow = Selectable<Database['practice_entries']>
type EntryPart = 'practice_actions' | 'practice_evidence'

export async function getEntryRow(db: Db, id: number, path = 'id'): Promise<EntryRow> {
  const row = await db.selectFrom('practice_entries').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row)
    throw new ApiError('not_found', `There is no journal entry ${id}.`, [{ path, message: 'No such journal entry' }])
  return row
}

async function counts(db: Db, table: EntryPart, entryIds: number[]): Promise<Map<number, number>> {
  if (entryIds.length === 0) return new Map()
  const rows = await db
    .selectFrom(table)
    .select(['entry_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('entry_id', 'in', entryIds)
    .groupBy('entry_id')
    .execute()
  return new Map(rows.map((r) => [r.entry_id, Number(r.n)]))
}

/** Entries as the journal lists them: each with how many actions and pieces of evidence it holds. */
export async function toEntries(db: Db, rows: EntryRow[]): Promise<PracticeEntry[]> {
  const ids = rows.map((r) => r.id)
  const [actions, evidence] = await Promise.all([
    counts(db, 'practice_actions', ids),
    counts(db, 'practice_evidence', ids)
  ])
  return rows.map((r) => ({
    id: r.id,
    productId: r.product_id,
    ...entryColumns.read(r),
    actionCount: actions.get(r.id) ?? 0,
    evidenceCount: evidence.get(r.id) ?? 0
  }))
}

/** A change to an entry's actions or evidence is a change to the entry. */
export async function touchEntry(db: Db, entryId: number, at: Date): Promise<void> {
  await db
    .updateTable('practice_entries')
    .set(entryColumns.patch({ updatedAt: at.toISOString() }))
    .where('id', '=', entryId)
    .execute()
}

/** Removes one of an entry's actions or pieces of evidence, touching the entry. */
export async function removeFromEntry(
  { db, now }: ServiceDeps,
  table: EntryPart,
  id: number,
  missing: (id: number) => ApiError
): Promise<{ deleted: number }> {
  const row = await db.selectFrom(table).select('entry_id').where('id', '=', id).executeTakeFirst()
  if (!row) throw missing(id)
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom(table).where('id', '=', id).execute()
    await touchEntry(trx, row.entry_id, now())
  })
  return { deleted: id }
}
