import type { ParsedInput } from '@shared/api'
import type { SprintReview } from '@shared/api/methods/sprint-reviews'
import type { ServiceDeps } from '../deps'
import { getSprintRow } from '../vision/sprints'
import { addAttendee, removeAttendee } from './attendees'
import { reviewColumns } from './columns'
import { addFeedback, deleteFeedback } from './feedback'
import { feedbackToItem } from './feedback-to-item'
import { holdReview } from './hold'
import { prepareReview } from './prepare'
import { getReviewRow, readReview, reviewById, reviewRowOfSprint } from './review-rows'

/** A Sprint's review: its agenda, holding it, who came, what they said and the items that feedback led to. */
export function createSprintReviewService(deps: ServiceDeps) {
  const { db, now } = deps

  return {
    async list(productId: number): Promise<SprintReview[]> {
      const rows = await db
        .selectFrom('sprint_reviews as r')
        .innerJoin('sprints as s', 's.id', 'r.sprint_id')
        .selectAll('r')
        .where('s.product_id', '=', productId)
        .orderBy('s.start_date', 'desc')
        .orderBy('s.id', 'desc')
        .execute()
      const reviews: SprintReview[] = []
      for (const row of rows) reviews.push(await readReview(db, row))
      return reviews
    },

    async get(sprintId: number): Promise<SprintReview | null> {
      await getSprintRow(db, sprintId, 'sprintId')
      const row = await reviewRowOfSprint(db, sprintId)
      return row ? readReview(db, row) : null
    },

    prepare: (sprintId: number) => prepareReview(deps, sprintId),

    async update({ id, patch }: ParsedInput<'sprintReviews.update'>): Promise<SprintReview> {
      await getReviewRow(db, id)
      await db
        .updateTable('sprint_reviews')
        .set(reviewColumns.patch({ ...patch, updatedAt: now().toISOString() }))
        .where('id', '=', id)
        .execute()
      return reviewById(db, id)
    },

    hold: (input: ParsedInput<'sprintReviews.hold'>) => holdReview(deps, input),
    addAttendee: (input: ParsedInput<'sprintReviews.addAttendee'>) => addAttendee(deps, input),
    removeAttendee: (input: ParsedInput<'sprintReviews.removeAttendee'>) => removeAttendee(deps, input),
    addFeedback: (input: ParsedInput<'sprintReviews.addFeedback'>) => addFeedback(deps, input),
    deleteFeedback: (id: number) => deleteFeedback(deps, id),
    feedbackToItem: (input: ParsedInput<'sprintReviews.feedbackToItem'>) => feedbackToItem(deps, input)
  }
}
