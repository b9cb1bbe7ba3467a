import type { Selectable } from 'kysely'
import { ApiError, type ParsedInput } from '@shared/api'
import type { PracticeAction } from '@shared/api/methods/practice'
import type { Database } from '../../db/schema'
import { inTransaction, type ServiceDeps } from '../deps'
import { actionColumns } from './columns'
import { getEntryRow, removeFromEntry, touchEntry } from './entry-rows'

export const toAction = (r: Selectable<Database['practice_actions']>): PracticeAction => ({
  id: r.id,
  entryId: r.entry_id,
  ...actionColumns.read(r)
})

export async function addAction(
  { db, now }: ServiceDeps,
  { entryId, on, text }: ParsedInput<'practice.actions.add'>
): Promise<PracticeAction> {
  await getEntryRow(db, entryId, 'entryId')
  return inTransaction(db, async (trx) => {
    const at = now()
    const row = await trx
      .insertInto('practice_actions')
      .values({ entry_id: entryId, ...actionColumns.write({ on, text, createdAt: at.toISOString() }) })
      .returningAll()
      .executeTakeFirstOrThrow()
    await touchEntry(trx, entryId, at)
    return toAction(row)
  })
}

export const removeAction = (deps: ServiceDeps, id: number) =>
  removeFromEntry(
    deps,
    'practice_actions',
    id,
    () => new ApiError('not_found', `There is no logged action ${id}.`, [{ path: 'id', message: 'No such action' }])
  )
