import type { SprintReview } from '@shared/api/methods/sprint-reviews'
import { inTransaction, type ServiceDeps } from '../deps'
import { getSprint } from '../vision/sprints'
import { prepareAgenda } from './agenda-input'
import { reviewColumns } from './columns'
import { heldAlready, readReview, reviewById, reviewRowOfSprint } from './review-rows'

/** Takes the agenda from the product as it is now; a held review keeps the agenda it was held with. */
export async function prepareReview({ db, now }: ServiceDeps, sprintId: number): Promise<SprintReview> {
  return inTransaction(db, async (trx) => {
    const sprint = await getSprint(trx, sprintId, 'sprintId')
    const existing = await reviewRowOfSprint(trx, sprintId)
    if (existing?.status === 'held') throw heldAlready(existing)
    const at = now()
    const agenda = await prepareAgenda(trx, sprint, at)
    const stamp = at.toISOString()
    if (existing) {
      await trx
        .updateTable('sprint_reviews')
        .set(reviewColumns.patch({ agenda, preparedAt: stamp, updatedAt: stamp }))
        .where('id', '=', existing.id)
        .execute()
      return reviewById(trx, existing.id)
    }
    const row = await trx
      .insertInto('sprint_reviews')
      .values({
        sprint_id: sprintId,
        ...reviewColumns.write({
          status: 'prepared',
          agenda,
          notes: '',
          preparedAt: stamp,
          heldOn: null,
          createdAt: stamp,
          updatedAt: stamp
        })
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    return readReview(trx, row)
  })
}
