import { z } from 'zod'
import { ReviewAgenda } from '@shared/api/methods/sprint-reviews'
import { REVIEW_STATUSES } from '@shared/domain/sprint-review'
import { defineSection } from '../transfer/section'
import { actionColumns, feedbackColumns, retrospectiveColumns, reviewColumns } from './columns'

const Id = z.number().int().positive()

const SprintReviewsSection = z.object({
  reviews: z.array(
    z.object({
      // For evidence that links a review (the practice section).
      id: Id,
      sprintId: Id,
      status: z.enum(REVIEW_STATUSES),
      agenda: ReviewAgenda,
      notes: z.string(),
      preparedAt: z.string(),
      heldOn: z.string().nullable(),
      createdAt: z.string(),
      updatedAt: z.string(),
      attendeeIds: z.array(Id),
      feedback: z.array(
        z.object({
          stakeholderId: Id.nullable(),
          stakeholderName: z.string(),
          text: z.string().min(1),
          createdItemId: Id.nullable(),
          changedItemId: Id.nullable(),
          createdAt: z.string()
        })
      )
    })
  ),
  retrospectives: z.array(
    z.object({
      sprintId: Id,
      note: z.string(),
      updatedAt: z.string(),
      actions: z.array(z.object({ text: z.string().min(1), done: z.boolean(), createdAt: z.string() }))
    })
  )
})

/**
 * Sprint Reviews with their agenda, attendees and feedback (and the items it led to), and the
 * Product Owner's Retrospective notes. After the vision and customers sections, whose Sprints and
 * stakeholders it refers to by their exported ids.
 */
export const sprintReviewsSection = defineSection({
  name: 'sprintReviews',
  schema: SprintReviewsSection,

  async export(db, productId) {
    const reviews = await db
      .selectFrom('sprint_reviews as r')
      .innerJoin('sprints as s', 's.id', 'r.sprint_id')
      .selectAll('r')
      .where('s.product_id', '=', productId)
      .orderBy('r.id')
      .execute()
    const reviewIds = reviews.map((r) => r.id)
    const attendees =
      reviewIds.length === 0
        ? []
        : await db
            .selectFrom('sprint_review_attendees')
            .selectAll()
            .where('review_id', 'in', reviewIds)
            .orderBy('stakeholder_id')
            .execute()
    // Items deleted since are not in the file: the feedback then travels without its item.
    const feedback =
      reviewIds.length === 0
        ? []
        : await db
            .selectFrom('sprint_review_feedback as f')
            .leftJoin('backlog_items as c', (join) =>
              join.onRef('c.id', '=', 'f.created_item_id').on('c.deleted_at', 'is', null)
            )
            .leftJoin('backlog_items as x', (join) =>
              join.onRef('x.id', '=', 'f.changed_item_id').on('x.deleted_at', 'is', null)
            )
            .selectAll('f')
            .select(['c.id as createdItemId', 'x.id as changedItemId'])
            .where('f.review_id', 'in', reviewIds)
            .orderBy('f.id')
            .execute()
    const retrospectives = await db
      .selectFrom('sprint_retrospectives as r')
      .innerJoin('sprints as s', 's.id', 'r.sprint_id')
      .selectAll('r')
      .where('s.product_id', '=', productId)
      .orderBy('r.sprint_id')
      .execute()
    const actions = await db
      .selectFrom('retrospective_actions as a')
      .innerJoin('sprints as s', 's.id', 'a.sprint_id')
      .selectAll('a')
      .where('s.product_id', '=', productId)
      .orderBy('a.position')
      .orderBy('a.id')
      .execute()
    return {
      reviews: reviews.map((r) => ({
        id: r.id,
        sprintId: r.sprint_id,
        ...reviewColumns.read(r),
        attendeeIds: attendees.filter((a) => a.review_id === r.id).map((a) => a.stakeholder_id),
        feedback: feedback
          .filter((f) => f.review_id === r.id)
          .map((f) => ({
            stakeholderId: f.stakeholder_id,
            ...feedbackColumns.read(f),
            createdItemId: f.createdItemId ?? null,
            changedItemId: f.changedItemId ?? null
          }))
      })),
      retrospectives: retrospectives.map((r) => ({
        sprintId: r.sprint_id,
        ...retrospectiveColumns.read(r),
        // The file keeps actions in order without their position.
        actions: actions
          .filter((a) => a.sprint_id === r.sprint_id)
          .map((a) => {
            const { position: _position, ...fields } = actionColumns.read(a)
            return fields
          })
      }))
    }
  },

  async import(trx, _productId, data, ids) {
    for (const [index, r] of data.reviews.entries()) {
      const path = `sprintReviews.reviews.${index}`
      const { id } = await trx
        .insertInto('sprint_reviews')
        .values({
          sprint_id: ids.get('sprint', r.sprintId, `${path}.sprintId`),
          ...reviewColumns.write(r)
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      ids.set('sprintReview', r.id, id)
      const attendees = new Set(
        r.attendeeIds.map((stakeholderId, i) => ids.get('stakeholder', stakeholderId, `${path}.attendeeIds.${i}`))
      )
      if (attendees.size > 0)
        await trx
          .insertInto('sprint_review_attendees')
          .values([...attendees].map((stakeholder_id) => ({ review_id: id, stakeholder_id })))
          .execute()
      for (const [j, f] of r.feedback.entries()) {
        const at = `${path}.feedback.${j}`
        await trx
          .insertInto('sprint_review_feedback')
          .values({
            review_id: id,
            stakeholder_id: ids.getNullable('stakeholder', f.stakeholderId, `${at}.stakeholderId`),
            ...feedbackColumns.write(f),
            created_item_id: ids.getNullable('item', f.createdItemId, `${at}.createdItemId`),
            changed_item_id: ids.getNullable('item', f.changedItemId, `${at}.changedItemId`)
          })
          .execute()
      }
    }
    for (const [index, r] of data.retrospectives.entries()) {
      const sprintId = ids.get('sprint', r.sprintId, `sprintReviews.retrospectives.${index}.sprintId`)
      await trx
        .insertInto('sprint_retrospectives')
        .values({ sprint_id: sprintId, ...retrospectiveColumns.write(r) })
        .execute()
      for (const [position, a] of r.actions.entries()) {
        await trx
          .insertInto('retrospective_actions')
          .values({ sprint_id: sprintId, ...actionColumns.write({ ...a, position }) })
          .execute()
      }
    }
  }
})
