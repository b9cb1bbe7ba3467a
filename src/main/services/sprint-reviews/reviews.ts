import type { Selectable } from 'kysely'
import { ApiError, api, type ParsedInput } from '@shared/api'
import type { SprintReview } from '@shared/api/methods/sprint-reviews'
import { appendNote, feedbackNote, reviewContactNote } from '@shared/domain/sprint-review'
import type { Database } from '../../db/schema'
import { createBacklogService } from '../backlog/items'
import { getStakeholderRow, logContact } from '../customers/stakeholders'
import { inTransaction, type Db, type ServiceDeps } from '../deps'
import { isoDay } from '../ebm/store'
import { getSprint, getSprintRow, updateSprint } from '../vision/sprints'
import { prepareAgenda } from './agenda-input'
import { feedbackColumns, reviewColumns } from './columns'
import { feedbackTraces } from './traces'

type ReviewRow = Selectable<Database['sprint_reviews']>

async function getReviewRow(db: Db, id: number, path = 'id'): Promise<ReviewRow> {
  const row = await db.selectFrom('sprint_reviews').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row)
    throw new ApiError('not_found', `There is no Sprint Review with id ${id}.`, [
      { path, message: `No Sprint Review ${id}` }
    ])
  return row
}

async function readReview(db: Db, row: ReviewRow): Promise<SprintReview> {
  const sprint = await getSprintRow(db, row.sprint_id)
  const attendees = await db
    .selectFrom('sprint_review_attendees as a')
    .innerJoin('stakeholders as s', 's.id', 'a.stakeholder_id')
    .select(['s.id as stakeholderId', 's.name', 's.role'])
    .where('a.review_id', '=', row.id)
    .orderBy('s.name')
    .orderBy('s.id')
    .execute()
  return {
    id: row.id,
    productId: sprint.product_id,
    sprintId: sprint.id,
    sprintName: sprint.name,
    ...reviewColumns.read(row),
    attendees,
    feedback: await feedbackTraces(db, { reviewId: row.id })
  }
}

const byId = async (db: Db, id: number, path?: string) => readReview(db, await getReviewRow(db, id, path))

/** A stakeholder named with a review must be on the map of the review's product. */
async function requireStakeholderOf(db: Db, review: ReviewRow, stakeholderId: number) {
  const sprint = await getSprintRow(db, review.sprint_id)
  const stakeholder = await getStakeholderRow(db, stakeholderId, 'stakeholderId')
  if (stakeholder.product_id !== sprint.product_id) {
    throw new ApiError('invalid_input', 'That stakeholder is on the map of another product.', [
      { path: 'stakeholderId', message: 'Choose a stakeholder of this product' }
    ])
  }
  return stakeholder
}

const heldAlready = (row: ReviewRow) =>
  new ApiError('conflict', `This Sprint Review was held on ${row.held_on}; its agenda stays as it was prepared.`, [
    { path: 'id', message: 'Already held' }
  ])

export function createSprintReviewService(deps: ServiceDeps) {
  const { db, now } = deps
  const touch = (trx: Db, id: number) =>
    trx
      .updateTable('sprint_reviews')
      .set(reviewColumns.patch({ updatedAt: now().toISOString() }))
      .where('id', '=', id)
      .execute()

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
      const row = await db.selectFrom('sprint_reviews').selectAll().where('sprint_id', '=', sprintId).executeTakeFirst()
      return row ? readReview(db, row) : null
    },

    /** Takes the agenda from the product as it is now; a held review keeps the agenda it was held with. */
    async prepare(sprintId: number): Promise<SprintReview> {
      return inTransaction(db, async (trx) => {
        const sprint = await getSprint(trx, sprintId, 'sprintId')
        const existing = await trx
          .selectFrom('sprint_reviews')
          .selectAll()
          .where('sprint_id', '=', sprintId)
          .executeTakeFirst()
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
          return byId(trx, existing.id)
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
    },

    async update({ id, patch }: ParsedInput<'sprintReviews.update'>): Promise<SprintReview> {
      await getReviewRow(db, id)
      await db
        .updateTable('sprint_reviews')
        .set(reviewColumns.patch({ ...patch, updatedAt: now().toISOString() }))
        .where('id', '=', id)
        .execute()
      return byId(db, id)
    },

    /**
     * Held on a day between the Sprint's start and today. The Sprint Goal's outcome, when given, is
     * recorded on the Sprint; each attendee's contact log gets the review and what they said.
     */
    async hold({ id, heldOn, outcome, notes }: ParsedInput<'sprintReviews.hold'>): Promise<SprintReview> {
      return inTransaction(db, async (trx) => {
        const row = await getReviewRow(trx, id)
        if (row.status === 'held') throw heldAlready(row)
        const sprint = await getSprintRow(trx, row.sprint_id)
        const at = now()
        const today = isoDay(at)
        const day = heldOn ?? today
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
        await trx
          .updateTable('sprint_reviews')
          .set(reviewColumns.patch({ status: 'held', heldOn: day, notes, updatedAt: at.toISOString() }))
          .where('id', '=', id)
          .execute()
        if (outcome !== undefined) await updateSprint(trx, { id: sprint.id, patch: { outcome } }, at)
        const review = await byId(trx, id)
        for (const attendee of review.attendees) {
          const said = review.feedback.filter((f) => f.stakeholderId === attendee.stakeholderId).map((f) => f.text)
          await logContact(trx, attendee.stakeholderId, day, reviewContactNote(sprint.name, said), at)
        }
        return review
      })
    },

    async addAttendee({ reviewId, stakeholderId }: ParsedInput<'sprintReviews.addAttendee'>): Promise<SprintReview> {
      return inTransaction(db, async (trx) => {
        const row = await getReviewRow(trx, reviewId, 'reviewId')
        await requireStakeholderOf(trx, row, stakeholderId)
        await trx
          .insertInto('sprint_review_attendees')
          .values({ review_id: reviewId, stakeholder_id: stakeholderId })
          .onConflict((oc) => oc.doNothing())
          .execute()
        await touch(trx, reviewId)
        return readReview(trx, row)
      })
    },

    async removeAttendee({
      reviewId,
      stakeholderId
    }: ParsedInput<'sprintReviews.removeAttendee'>): Promise<SprintReview> {
      const row = await getReviewRow(db, reviewId, 'reviewId')
      await db
        .deleteFrom('sprint_review_attendees')
        .where('review_id', '=', reviewId)
        .where('stakeholder_id', '=', stakeholderId)
        .execute()
      await touch(db, reviewId)
      return readReview(db, row)
    },

    async addFeedback({
      reviewId,
      stakeholderId,
      text
    }: ParsedInput<'sprintReviews.addFeedback'>): Promise<SprintReview> {
      return inTransaction(db, async (trx) => {
        const row = await getReviewRow(trx, reviewId, 'reviewId')
        const stakeholder = await requireStakeholderOf(trx, row, stakeholderId)
        // Whoever gives feedback was there.
        await trx
          .insertInto('sprint_review_attendees')
          .values({ review_id: reviewId, stakeholder_id: stakeholderId })
          .onConflict((oc) => oc.doNothing())
          .execute()
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
        await touch(trx, reviewId)
        return readReview(trx, row)
      })
    },

    async deleteFeedback(id: number): Promise<SprintReview> {
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
      await touch(db, feedback.review_id)
      return byId(db, feedback.review_id)
    },

    /**
     * One step from feedback to the Product Backlog: a new item, or a change to an existing one. Either
     * way the item's notes gain who asked and what they said, and the feedback keeps the item.
     */
    async feedbackToItem({
      feedbackId,
      item
    }: ParsedInput<'sprintReviews.feedbackToItem'>): Promise<{ review: SprintReview; itemId: number }> {
      return inTransaction(db, async (trx) => {
        const [trace] = await feedbackTraces(trx, { feedbackId })
        if (!trace)
          throw new ApiError('not_found', `There is no feedback with id ${feedbackId}.`, [
            { path: 'feedbackId', message: `No feedback ${feedbackId}` }
          ])
        if (trace.outcome !== null) {
          throw new ApiError(
            'conflict',
            `This feedback already ${trace.outcome === 'created' ? 'became' : 'changed'} “${trace.itemTitle ?? 'an item since deleted'}”.`,
            [{ path: 'feedbackId', message: 'Already led to an item' }]
          )
        }
        const sprint = await getSprintRow(trx, trace.sprintId)
        const backlog = createBacklogService({ ...deps, db: trx })
        let itemId: number
        if (item.kind === 'new') {
          const { kind: _kind, ...fields } = item
          itemId = (
            await backlog.create({ productId: sprint.product_id, estimate: null, teamId: sprint.team_id, ...fields })
          ).id
        } else {
          itemId = item.itemId
          const existing = await backlog.get(itemId).catch((error: unknown) => {
            if (error instanceof ApiError && error.code === 'not_found')
              throw new ApiError('invalid_input', `There is no backlog item with id ${itemId}.`, [
                { path: 'item.itemId', message: 'Choose an item of the backlog' }
              ])
            throw error
          })
          if (existing.productId !== sprint.product_id) {
            throw new ApiError('invalid_input', 'That item belongs to another product.', [
              { path: 'item.itemId', message: 'Choose an item of this product' }
            ])
          }
        }
        const { notes } = await backlog.detail(itemId)
        const line = feedbackNote({
          stakeholder: trace.stakeholderName,
          sprint: trace.sprintName,
          on: trace.on,
          text: trace.text
        })
        const patch = api['backlog.update'].input.safeParse({ id: itemId, patch: { notes: appendNote(notes, line) } })
        if (!patch.success) {
          throw new ApiError(
            'invalid_input',
            'The item’s notes have no room left for this feedback; shorten them first.',
            [{ path: 'item.itemId', message: 'Its notes are full' }]
          )
        }
        await backlog.update(patch.data)
        await trx
          .updateTable('sprint_review_feedback')
          .set(item.kind === 'new' ? { created_item_id: itemId } : { changed_item_id: itemId })
          .where('id', '=', feedbackId)
          .execute()
        await touch(trx, trace.reviewId)
        return { review: await byId(trx, trace.reviewId), itemId }
      })
    }
  }
}
