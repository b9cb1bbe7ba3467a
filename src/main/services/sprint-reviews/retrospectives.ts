import { ApiError } from '@shared/api'
import type { Retrospective } from '@shared/api/methods/retrospectives'
import { inTransaction, type Db } from '../deps'
import { getSprintRow } from '../vision/sprints'
import { actionColumns, retrospectiveColumns } from './columns'

async function readRetrospective(db: Db, sprintId: number): Promise<Retrospective> {
  const row = await db
    .selectFrom('sprint_retrospectives')
    .selectAll()
    .where('sprint_id', '=', sprintId)
    .executeTakeFirst()
  const actions = await db
    .selectFrom('retrospective_actions')
    .selectAll()
    .where('sprint_id', '=', sprintId)
    .orderBy('position')
    .orderBy('id')
    .execute()
  return {
    sprintId,
    ...(row ? retrospectiveColumns.read(row) : { note: '', updatedAt: null }),
    actions: actions.map((a) => {
      const { text, done } = actionColumns.read(a)
      return { id: a.id, text, done }
    })
  }
}

/** The note's row, made when a Sprint gets its first note or action. */
async function ensureRow(db: Db, sprintId: number, now: Date): Promise<void> {
  await getSprintRow(db, sprintId, 'sprintId')
  await db
    .insertInto('sprint_retrospectives')
    .values({ sprint_id: sprintId, ...retrospectiveColumns.write({ note: '', updatedAt: now.toISOString() }) })
    .onConflict((oc) =>
      oc.column('sprint_id').doUpdateSet(retrospectiveColumns.patch({ updatedAt: now.toISOString() }))
    )
    .execute()
}

async function actionSprint(db: Db, id: number): Promise<number> {
  const row = await db.selectFrom('retrospective_actions').select('sprint_id').where('id', '=', id).executeTakeFirst()
  if (!row)
    throw new ApiError('not_found', `There is no improvement action with id ${id}.`, [
      { path: 'id', message: `No improvement action ${id}` }
    ])
  return row.sprint_id
}

/** The Product Owner's own Retrospective note per Sprint and the improvement actions it leads to. */
export function createRetrospectiveService(db: Db, now: () => Date) {
  return {
    async get(sprintId: number): Promise<Retrospective> {
      await getSprintRow(db, sprintId, 'sprintId')
      return readRetrospective(db, sprintId)
    },

    save: (sprintId: number, note: string): Promise<Retrospective> =>
      inTransaction(db, async (trx) => {
        await ensureRow(trx, sprintId, now())
        await trx
          .updateTable('sprint_retrospectives')
          .set(retrospectiveColumns.patch({ note }))
          .where('sprint_id', '=', sprintId)
          .execute()
        return readRetrospective(trx, sprintId)
      }),

    addAction: (sprintId: number, text: string): Promise<Retrospective> =>
      inTransaction(db, async (trx) => {
        const at = now()
        await ensureRow(trx, sprintId, at)
        const last = await trx
          .selectFrom('retrospective_actions')
          .select((eb) => eb.fn.max('position').as('position'))
          .where('sprint_id', '=', sprintId)
          .executeTakeFirst()
        await trx
          .insertInto('retrospective_actions')
          .values({
            sprint_id: sprintId,
            ...actionColumns.write({
              position: (last?.position ?? -1) + 1,
              text,
              done: false,
              createdAt: at.toISOString()
            })
          })
          .execute()
        return readRetrospective(trx, sprintId)
      }),

    updateAction: (id: number, patch: { text?: string; done?: boolean }): Promise<Retrospective> =>
      inTransaction(db, async (trx) => {
        const sprintId = await actionSprint(trx, id)
        if (patch.text !== undefined || patch.done !== undefined) {
          await trx.updateTable('retrospective_actions').set(actionColumns.patch(patch)).where('id', '=', id).execute()
          await ensureRow(trx, sprintId, now())
        }
        return readRetrospective(trx, sprintId)
      }),

    deleteAction: (id: number): Promise<Retrospective> =>
      inTransaction(db, async (trx) => {
        const sprintId = await actionSprint(trx, id)
        await trx.deleteFrom('retrospective_actions').where('id', '=', id).execute()
        await ensureRow(trx, sprintId, now())
        return readRetrospective(trx, sprintId)
      })
  }
}
