import { sql } from 'kysely'
import type { FeedbackTrace } from '@shared/api/methods/sprint-reviews'
import type { FeedbackOutcome } from '@shared/domain/sprint-review'
import type { Db } from '../deps'

type TraceFilter = { itemId: number } | { stakeholderId: number } | { reviewId: number } | { feedbackId: number }

/**
 * Feedback with where it led: the review and Sprint it was given at, who gave it (their current name,
 * or the one kept with the feedback once they left the map) and the backlog item it made or changed
 * (none once that item is deleted). The one query behind "who asked for what" on items, stakeholders
 * and reviews.
 */
export async function feedbackTraces(
  db: Db,
  filter: TraceFilter,
  order: 'asc' | 'desc' = 'asc'
): Promise<FeedbackTrace[]> {
  const rows = await db
    .selectFrom('sprint_review_feedback as f')
    .innerJoin('sprint_reviews as r', 'r.id', 'f.review_id')
    .innerJoin('sprints as sp', 'sp.id', 'r.sprint_id')
    .leftJoin('stakeholders as st', 'st.id', 'f.stakeholder_id')
    .leftJoin('backlog_items as i', (join) =>
      join
        .on((eb) => eb('i.id', '=', eb.fn.coalesce('f.created_item_id', 'f.changed_item_id')))
        .on('i.deleted_at', 'is', null)
    )
    .select([
      'f.id as feedbackId',
      'r.id as reviewId',
      'sp.id as sprintId',
      'sp.name as sprintName',
      sql<string>`coalesce(r.held_on, substr(r.prepared_at, 1, 10))`.as('on'),
      'f.stakeholder_id as stakeholderId',
      sql<string>`coalesce(st.name, f.stakeholder_name)`.as('stakeholderName'),
      'f.text',
      'f.created_at as createdAt',
      'i.id as itemId',
      'i.title as itemTitle',
      'f.created_item_id as createdItemId',
      'f.changed_item_id as changedItemId'
    ])
    .$if('itemId' in filter, (q) =>
      q.where((eb) =>
        eb.or([
          eb('f.created_item_id', '=', (filter as { itemId: number }).itemId),
          eb('f.changed_item_id', '=', (filter as { itemId: number }).itemId)
        ])
      )
    )
    .$if('stakeholderId' in filter, (q) =>
      q.where('f.stakeholder_id', '=', (filter as { stakeholderId: number }).stakeholderId)
    )
    .$if('reviewId' in filter, (q) => q.where('f.review_id', '=', (filter as { reviewId: number }).reviewId))
    .$if('feedbackId' in filter, (q) => q.where('f.id', '=', (filter as { feedbackId: number }).feedbackId))
    .orderBy('f.created_at', order)
    .orderBy('f.id', order)
    .execute()
  return rows.map(({ createdItemId, changedItemId, ...row }) => {
    const outcome: FeedbackOutcome | null =
      createdItemId !== null ? 'created' : changedItemId !== null ? 'changed' : null
    return { ...row, itemId: row.itemId ?? null, itemTitle: row.itemTitle ?? null, outcome }
  })
}
