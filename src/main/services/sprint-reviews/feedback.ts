import { ApiError, type ParsedInput } from '@shared/api'
import type { SprintReview } from '@shared/api/methods/sprint-reviews'
import { inTransaction, type ServiceDeps } from '../deps'
import { attend, requireStakeholderOf } from './attendees'
import { feedbackColumns } from './columns'
import { getReviewRow, readReview, reviewById, touchReview } from './review-rows'

export async function addFeedback(
  { db, now }: ServiceDeps,
  { reviewId, stakeholderId, text }: ParsedInput<'sprintReviews.addFeedback'>
): Promise<SprintReview> {
  return inTransaction(db, async (trx) => {
    const row = await getReviewRow(trx, reviewId, 'reviewId')
    const stakeholder = await requireStakeholderOf(trx, row, stakeholderId)
    // Whoever gives feedback was there.
    await attend(trx, reviewId, stakeholderId)
    await trx
      .insertInto('sprint_review_feedback')
      .values({
        review_id: reviewId,
        stakeholder_id: stakeholderId,
        ...feedbackColumns.write({ stakeholderName: stakeholder.name, text, createdAt: now().toISOString() }),
        created_item_id: null,
        changed_item_id: null
      })
      .execute()
    await touchReview(trx, reviewId, now())
    return readReview(trx, row)
  })
}

export async function deleteFeedback({ db, now }: ServiceDeps, id: number): Promise<SprintReview> {
  const feedback = await db
    .selectFrom('sprint_review_feedback')
    .select('review_id')
    .where('id', '=', id)
    .executeTakeFirst()
  if (!feedback)
    throw new ApiError('not_found', `There is no feedback with id ${id}.`, [
      { path: 'id', message: `No feedback ${id}` }
    ])
  await db.deleteFrom('sprint_review_feedback').where('id', '=', id).execute()
  await touchReview(db, feedback.review_id, now())
  return reviewById(db, feedback.review_id)
}
