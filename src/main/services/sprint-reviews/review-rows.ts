import type { Selectable } from 'kysely'
import { ApiError } from '@shared/api'
import type { SprintReview } from '@shared/api/methods/sprint-reviews'
import type { Database } from '../../db/schema'
import type { Db } from '../deps'
import { getSprintRow } from '../vision/sprints'
import { reviewColumns } from './columns'
import { feedbackTraces } from './traces'

export type ReviewRow = Selectable<Database['sprint_reviews']>

export async function getReviewRow(db: Db, id: number, path = 'id'): Promise<ReviewRow> {
  const row = await db.selectFrom('sprint_reviews').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row)
    throw new ApiError('not_found', `There is no Sprint Review with id ${id}.`, [
      { path, message: `No Sprint Review ${id}` }
    ])
  return row
}

/** A Sprint has at most one review, made when it is first prepared. */
export const reviewRowOfSprint = (db: Db, sprintId: number): Promise<ReviewRow | undefined> =>
  db.selectFrom('sprint_reviews').selectAll().where('sprint_id', '=', sprintId).executeTakeFirst()

/** The review as the API gives it: its Sprint, its attendees by name and its feedback with where it led. */
export async function readReview(db: Db, row: ReviewRow): Promise<SprintReview> {
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

export const reviewById = async (db: Db, id: number, path?: string) => readReview(db, await getReviewRow(db, id, path))

/** A change to a review's attendees or feedback is a change to the review. */
export const touchReview = (db: Db, id: number, at: Date) =>
  db
    .updateTable('sprint_reviews')
    .set(reviewColumns.patch({ updatedAt: at.toISOString() }))
    .where('id', '=', id)
    .execute()

export const heldAlready = (row: ReviewRow) =>
  new ApiError('conflict', `This Sprint Review was held on ${row.held_on}; its agenda stays as it was prepared.`, [
    { path: 'id', message: 'Already held' }
  ])
