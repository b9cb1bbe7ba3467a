import { ApiError } from '@shared/api'
import type { Retrospective } from '@shared/api/methods/retrospectives'
import { inTransaction, type Db } from '../deps'
import { getSprintRow } from '../vision/sprints'

async function readRetrospective(db: Db, sprintId: number): Promise<Retrospective> {
  const row = await db
    .selectFrom('sprint_retrospectives')
    .selectAll()
    .where('sprint_id', '=', sprintId)
    .executeTakeFirst()
  const actions = await db
    .selectFrom('retrospective_actions')
    .select(['id', 'text', 'done'])
    .where('sprint_id', '=', sprintId)
    .orderBy('position')
    .orderBy('id')
    .execute()
  return {
    sprintId,
    note: row?.note ?? '',
    actions: actions.map((a) => ({ ...a, done: a.done === 1 })),
    updatedAt: row?.updated_at ?? null
  }
}

/** The note's row, made when a Sprint gets its first note or action. */
async function ensureRow(db: Db, sprintId: number, now: Date): Promise<void> {
  await getSprintRow(db, sprintId, 'sprintId')
  await db
    .insertInto('sprint_retrospectives')
    .values({ sprint_id: sprintId, note: '', updated_at: now.toISOString() })
    .onConflict((oc) => oc.column('sprint_id').doUpdateSet({ updated_at: now.toISOString() }))
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
        await trx.updateTable('sprint_retrospectives').set({ note }).where('sprint_id', '=', sprintId).execute()
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
            position: (last?.position ?? -1) + 1,
            text,
            done: 0,
            created_at: at.toISOString()
          })
          .execute()
        return readRetrospective(trx, sprintId)
      }),

    updateAction: (id: number, patch: { text?: string; done?: boolean }): Promise<Retrospective> =>
      inTransaction(db, async (trx) => {
        const sprintId = await actionSprint(trx, id)
        if (patch.text !== undefined || patch.done !== undefined) {
          await trx
            .updateTable('retrospective_actions')
            .set({
              ...(patch.text !== undefined && { text: patch.text }),
              ...(patch.done !== undefined && { done: patch.done ? 1 : 0 })
            })
            .where('id', '=', id)
            .execute()
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
