import { ApiError, type ParsedInput } from '@shared/api'
import type { SprintReview } from '@shared/api/methods/sprint-reviews'
import { getStakeholderRow } from '../customers/stakeholders'
import { inTransaction, type Db, type ServiceDeps } from '../deps'
import { getSprintRow } from '../vision/sprints'
import { getReviewRow, readReview, touchReview, type ReviewRow } from './review-rows'

/** A stakeholder named with a review must be on the map of the review's product. */
export async function requireStakeholderOf(db: Db, review: ReviewRow, stakeholderId: number) {
  const sprint = await getSprintRow(db, review.sprint_id)
  const stakeholder = await getStakeholderRow(db, stakeholderId, 'stakeholderId')
  if (stakeholder.product_id !== sprint.product_id) {
    throw new ApiError('invalid_input', 'That stakeholder is on the map of another product.', [
      { path: 'stakeholderId', message: 'Choose a stakeholder of this product' }
    ])
  }
  return stakeholder
}

/** Notes the stakeholder as there; naming them twice is no error. */
export const attend = (db: Db, reviewId: number, stakeholderId: number) =>
  db
    .insertInto('sprint_review_attendees')
    .values({ review_id: reviewId, stakeholder_id: stakeholderId })
    .onConflict((oc) => oc.doNothing())
    .execute()

export async function addAttendee(
  { db, now }: ServiceDeps,
  { reviewId, stakeholderId }: ParsedInput<'sprintReviews.addAttendee'>
): Promise<SprintReview> {
  return inTransaction(db, async (trx) => {
    const row = await getReviewRow(trx, reviewId, 'reviewId')
    await requireStakeholderOf(trx, row, stakeholderId)
    await attend(trx, reviewId, stakeholderId)
    await touchReview(trx, reviewId, now())
    return readReview(trx, row)
  })
}

export async function removeAttendee(
  { db, now }: ServiceDeps,
  { reviewId, stakeholderId }: ParsedInput<'sprintReviews.removeAttendee'>
): Promise<SprintReview> {
  const row = await getReviewRow(db, reviewId, 'reviewId')
  await db
    .deleteFrom('sprint_review_attendees')
    .where('review_id', '=', reviewId)
    .where('stakeholder_id', '=', stakeholderId)
    .execute()
  await touchReview(db, reviewId, now())
  return readReview(db, row)
}
