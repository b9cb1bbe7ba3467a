import { z } from 'zod'
import { ReviewAgenda } from '@shared/api/methods/sprint-reviews'
import { REVIEW_STATUSES } from '@shared/domain/sprint-review'
import { defineSection } from '../transfer/section'

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
            .select([
              'f.review_id',
              'f.stakeholder_id',
              'f.stakeholder_name',
              'f.text',
              'c.id as createdItemId',
              'x.id as changedItemId',
              'f.created_at'
            ])
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
        status: r.status,
        agenda: ReviewAgenda.parse(JSON.parse(r.agenda)),
        notes: r.notes,
        preparedAt: r.prepared_at,
        heldOn: r.held_on,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        attendeeIds: attendees.filter((a) => a.review_id === r.id).map((a) => a.stakeholder_id),
        feedback: feedback
          .filter((f) => f.review_id === r.id)
          .map((f) => ({
            stakeholderId: f.stakeholder_id,
            stakeholderName: f.stakeholder_name,
            text: f.text,
            createdItemId: f.createdItemId ?? null,
            changedItemId: f.changedItemId ?? null,
            createdAt: f.created_at
          }))
      })),
      retrospectives: retrospectives.map((r) => ({
        sprintId: r.sprint_id,
        note: r.note,
        updatedAt: r.updated_at,
        actions: actions
          .filter((a) => a.sprint_id === r.sprint_id)
          .map((a) => ({ text: a.text, done: a.done === 1, createdAt: a.created_at }))
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
          status: r.status,
          agenda: JSON.stringify(r.agenda),
          notes: r.notes,
          prepared_at: r.preparedAt,
          held_on: r.heldOn,
          created_at: r.createdAt,
          updated_at: r.updatedAt
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
            stakeholder_name: f.stakeholderName,
            text: f.text,
            created_item_id: ids.getNullable('item', f.createdItemId, `${at}.createdItemId`),
            changed_item_id: ids.getNullable('item', f.changedItemId, `${at}.changedItemId`),
            created_at: f.createdAt
          })
          .execute()
      }
    }
    for (const [index, r] of data.retrospectives.entries()) {
      const sprintId = ids.get('sprint', r.sprintId, `sprintReviews.retrospectives.${index}.sprintId`)
      await trx
        .insertInto('sprint_retrospectives')
        .values({ sprint_id: sprintId, note: r.note, updated_at: r.updatedAt })
        .execute()
      for (const [position, a] of r.actions.entries()) {
        await trx
          .insertInto('retrospective_actions')
          .values({ sprint_id: sprintId, position, text: a.text, done: a.done ? 1 : 0, created_at: a.createdAt })
          .execute()
      }
    }
  }
})
