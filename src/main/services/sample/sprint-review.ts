import { createBacklogService } from '../backlog/items'
import type { Db } from '../deps'
import { createRetrospectiveService } from '../sprint-reviews/retrospectives'
import { createSprintReviewService } from '../sprint-reviews/reviews'
import { input } from './input'

/**
 * The review of the last finished Sprint: prepared the day before it ends, held on its last day with
 * three stakeholders from the map. The duty manager's remark became a backlog item (placed after the
 * open items, for the Product Owner to order); the operations lead's stays feedback for now. The
 * Product Owner's Retrospective note follows.
 */
export async function seedSampleSprintReview(db: Db, productId: number): Promise<void> {
  const all = await db
    .selectFrom('sprints')
    .select(['id', 'name', 'end_date', 'team_id'])
    .where('product_id', '=', productId)
    .orderBy('start_date')
    .orderBy('id')
    .execute()
  // The teams' Sprints share their dates: the review is one team's, the one before its current Sprint.
  const sprint = all.filter((s) => s.team_id === all[0]?.team_id).at(-2)
  if (!sprint) return
  const stakeholderId = async (name: string) =>
    (
      await db
        .selectFrom('stakeholders')
        .select('id')
        .where('product_id', '=', productId)
        .where('name', '=', name)
        .executeTakeFirstOrThrow()
    ).id
  const [helen, grace, tom] = [
    await stakeholderId('Helen Carter'),
    await stakeholderId('Grace Lim'),
    await stakeholderId('Tom Price')
  ]

  const preparedAt = new Date(`${sprint.end_date}T09:00:00Z`)
  const heldAt = new Date(`${sprint.end_date}T15:00:00Z`)
  const prepared = await createSprintReviewService({ db, now: () => preparedAt }).prepare(sprint.id)
  const during = createSprintReviewService({ db, now: () => heldAt })
  for (const attendee of [helen, grace, tom])
    await during.addAttendee({ reviewId: prepared.id, stakeholderId: attendee })
  await during.addFeedback(
    input('sprintReviews.addFeedback', {
      reviewId: prepared.id,
      stakeholderId: tom,
      text: 'Put phone numbers on the no-show list, so we can ring people before their session starts.'
    })
  )
  const review = await during.addFeedback(
    input('sprintReviews.addFeedback', {
      reviewId: prepared.id,
      stakeholderId: grace,
      text: 'Weekly no-show totals per pool would help me plan the staff rota.'
    })
  )
  const { itemId } = await during.feedbackToItem(
    input('sprintReviews.feedbackToItem', {
      feedbackId: review.feedback[0]!.feedbackId,
      item: {
        kind: 'new',
        title:
          'When a swimmer has not turned up, I want to see their phone number on the no-show list, so I can ring them before the session starts'
      }
    })
  )
  const lastOpen = await db
    .selectFrom('backlog_items as i')
    .innerJoin('workflow_states as s', 's.id', 'i.state_id')
    .select('i.id')
    .where('i.product_id', '=', productId)
    .where('s.category', '!=', 'done')
    .where('i.id', '!=', itemId)
    .orderBy('i.rank', 'desc')
    .executeTakeFirstOrThrow()
  await createBacklogService({ db, now: () => heldAt }).move({ id: itemId, afterId: lastOpen.id, beforeId: null })
  await during.hold(
    input('sprintReviews.hold', {
      id: prepared.id,
      heldOn: sprint.end_date,
      notes: 'Duty managers will ring no-shows; the waiting list is next.'
    })
  )

  const retrospective = createRetrospectiveService(db, () => heldAt)
  await retrospective.save(
    sprint.id,
    'I presented more than we talked: the stakeholders only spoke up once we opened the no-show list together.'
  )
  await retrospective.addAction(sprint.id, 'Open the next review on the Increment itself, not on slides')
  await retrospective.addAction(sprint.id, 'Invite the swim club secretary; clubs are on the roadmap')
}
