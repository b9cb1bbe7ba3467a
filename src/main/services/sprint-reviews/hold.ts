import { ApiError, type ParsedInput } from '@shared/api'
import type { SprintReview } from '@shared/api/methods/sprint-reviews'
import { reviewContactNote } from '@shared/domain/sprint-review'
import { logContact } from '../customers/stakeholders'
import { inTransaction, type Db, type ServiceDeps } from '../deps'
import { isoDay } from '../ebm/store'
import { getSprintRow, updateSprint } from '../vision/sprints'
import { reviewColumns } from './columns'
import { getReviewRow, heldAlready, reviewById } from './review-rows'

/** A review is recorded once held: on or before today, and not before its Sprint started. */
export function requireHeldOn(day: string, today: string, sprint: { name: string; start_date: string }): void {
  if (day > today)
    throw new ApiError('invalid_input', 'Record a Sprint Review once it has been held, on or before today.', [
      { path: 'heldOn', message: `${day} is after today (${today})` }
    ])
  if (day < sprint.start_date) {
    throw new ApiError(
      'invalid_input',
      `A Sprint Review closes its Sprint: hold it on or after the Sprint's start (${sprint.start_date}).`,
      [{ path: 'heldOn', message: `${day} is before ${sprint.name} started` }]
    )
  }
}

/** Each attendee's contact log gets the review and what they said at it. */
async function logAttendance(db: Db, review: SprintReview, day: string, at: Date): Promise<void> {
  for (const attendee of review.attendees) {
    const said = review.feedback.filter((f) => f.stakeholderId === attendee.stakeholderId).map((f) => f.text)
    await logContact(db, attendee.stakeholderId, day, reviewContactNote(review.sprintName, said), at)
  }
}

/**
 * Held on a day between the Sprint's start and today. The Sprint Goal's outcome, when given, is
 * recorded on the Sprint; each attendee's contact log gets the review and what they said.
 */
export async function holdReview(
  { db, now }: ServiceDeps,
  { id, heldOn, outcome, notes }: ParsedInput<'sprintReviews.hold'>
): Promise<SprintReview> {
  return inTransaction(db, async (trx) => {
    const row = await getReviewRow(trx, id)
    if (row.status === 'held') throw heldAlready(row)
    const sprint = await getSprintRow(trx, row.sprint_id)
    const at = now()
    const today = isoDay(at)
    const day = heldOn ?? today
    requireHeldOn(day, today, sprint)
    await trx
      .updateTable('sprint_reviews')
      .set(reviewColumns.patch({ status: 'held', heldOn: day, notes, updatedAt: at.toISOString() }))
      .where('id', '=', id)
      .execute()
    if (outcome !== undefined) await updateSprint(trx, { id: sprint.id, patch: { outcome } }, at)
    const review = await reviewById(trx, id)
    await logAttendance(trx, review, day, at)
    return review
  })
}
