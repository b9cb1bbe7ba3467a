import type { HandlerMap, MethodsOf } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { productScoped } from '../products/scope'
import { withUndo } from '../undo'
import { createRetrospectiveService } from './retrospectives'
import { createSprintReviewService } from './reviews'

function sprintReviewMethodHandlers(deps: ServiceDeps): HandlerMap<MethodsOf<'sprintReviews' | 'retrospectives'>> {
  const reviews = createSprintReviewService(deps)
  const retrospectives = createRetrospectiveService(deps.db, deps.now)
  const forProduct = productScoped(deps.db)
  return {
    'sprintReviews.list': forProduct(({ productId }) => reviews.list(productId)),
    'sprintReviews.get': ({ sprintId }) => reviews.get(sprintId),
    'sprintReviews.prepare': ({ sprintId }) => reviews.prepare(sprintId),
    'sprintReviews.update': (input) => reviews.update(input),
    'sprintReviews.hold': (input) => reviews.hold(input),
    'sprintReviews.addAttendee': (input) => reviews.addAttendee(input),
    'sprintReviews.removeAttendee': (input) => reviews.removeAttendee(input),
    'sprintReviews.addFeedback': (input) => reviews.addFeedback(input),
    'sprintReviews.deleteFeedback': ({ id }) => reviews.deleteFeedback(id),
    'sprintReviews.feedbackToItem': (input) => reviews.feedbackToItem(input),
    'retrospectives.get': ({ sprintId }) => retrospectives.get(sprintId),
    'retrospectives.save': ({ sprintId, note }) => retrospectives.save(sprintId, note),
    'retrospectives.addAction': ({ sprintId, text }) => retrospectives.addAction(sprintId, text),
    'retrospectives.updateAction': ({ id, patch }) => retrospectives.updateAction(id, patch),
    'retrospectives.deleteAction': ({ id }) => retrospectives.deleteAction(id)
  }
}

export function sprintReviewsHandlers(deps: ServiceDeps): HandlerMap<MethodsOf<'sprintReviews' | 'retrospectives'>> {
  return withUndo(deps, sprintReviewMethodHandlers, {
    // Making or changing an item from feedback is a backlog edit, undone like any other.
    'sprintReviews.feedbackToItem': {
      items: ({ item }) => (item.kind === 'existing' ? [item.itemId] : []),
      label: ({ item }, title) =>
        item.kind === 'new' ? `item “${title}” from feedback` : `feedback note on “${title}”`
    }
  })
}
