import { ApiError, api, type ParsedInput } from '@shared/api'
import type { FeedbackTrace, SprintReview } from '@shared/api/methods/sprint-reviews'
import { appendNote, feedbackNote } from '@shared/domain/sprint-review'
import { createBacklogService } from '../backlog/items'
import { inTransaction, type Db, type ServiceDeps } from '../deps'
import { getSprintRow, type SprintRow } from '../vision/sprints'
import { reviewById, touchReview } from './review-rows'
import { feedbackTraces } from './traces'

type Backlog = ReturnType<typeof createBacklogService>
type ItemTarget = ParsedInput<'sprintReviews.feedbackToItem'>['item']

/** Feedback leads to one item only. */
async function requireOpenFeedback(db: Db, feedbackId: number): Promise<FeedbackTrace> {
  const [trace] = await feedbackTraces(db, { feedbackId })
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
  return trace
}

/** The new item joins the backlog of the review's product, for the Sprint's team. */
async function targetItemId(backlog: Backlog, sprint: SprintRow, item: ItemTarget): Promise<number> {
  if (item.kind === 'new') {
    const { kind: _kind, ...fields } = item
    return (await backlog.create({ productId: sprint.product_id, estimate: null, teamId: sprint.team_id, ...fields }))
      .id
  }
  const existing = await backlog.get(item.itemId).catch((error: unknown) => {
    if (error instanceof ApiError && error.code === 'not_found')
      throw new ApiError('invalid_input', `There is no backlog item with id ${item.itemId}.`, [
        { path: 'item.itemId', message: 'Choose an item of the backlog' }
      ])
    throw error
  })
  if (existing.productId !== sprint.product_id) {
    throw new ApiError('invalid_input', 'That item belongs to another product.', [
      { path: 'item.itemId', message: 'Choose an item of this product' }
    ])
  }
  return item.itemId
}

/** The item's notes gain who asked and what they said, within the notes' length limit. */
async function noteFeedbackOn(backlog: Backlog, itemId: number, trace: FeedbackTrace): Promise<void> {
  const { notes } = await backlog.detail(itemId)
  const line = feedbackNote({
    stakeholder: trace.stakeholderName,
    sprint: trace.sprintName,
    on: trace.on,
    text: trace.text
  })
  const patch = api['backlog.update'].input.safeParse({ id: itemId, patch: { notes: appendNote(notes, line) } })
  if (!patch.success) {
    throw new ApiError('invalid_input', 'The item’s notes have no room left for this feedback; shorten them first.', [
      { path: 'item.itemId', message: 'Its notes are full' }
    ])
  }
  await backlog.update(patch.data)
}

/**
 * One step from feedback to the Product Backlog: a new item, or a change to an existing one. Either
 * way the item's notes gain who asked and what they said, and the feedback keeps the item.
 */
export async function feedbackToItem(
  deps: ServiceDeps,
  { feedbackId, item }: ParsedInput<'sprintReviews.feedbackToItem'>
): Promise<{ review: SprintReview; itemId: number }> {
  return inTransaction(deps.db, async (trx) => {
    const trace = await requireOpenFeedback(trx, feedbackId)
    const sprint = await getSprintRow(trx, trace.sprintId)
    const backlog = createBacklogService({ ...deps, db: trx })
    const itemId = await targetItemId(backlog, sprint, item)
    await noteFeedbackOn(backlog, itemId, trace)
    await trx
      .updateTable('sprint_review_feedback')
      .set(item.kind === 'new' ? { created_item_id: itemId } : { changed_item_id: itemId })
      .where('id', '=', feedbackId)
      .execute()
    await touchReview(trx, trace.reviewId, deps.now())
    return { review: await reviewById(trx, trace.reviewId), itemId }
  })
}
