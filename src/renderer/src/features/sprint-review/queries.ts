import { useQuery } from '@tanstack/react-query'
import type { MethodName } from '@shared/api'
import { api } from '@renderer/api'
import { useAreaWrite } from '@renderer/api/useAreaWrite'
import { backlogKeys } from '@renderer/features/backlog/queries'
import { customerKeys } from '@renderer/features/customers/queries'
import { visionKeys } from '@renderer/features/vision/queries'

/** Under the vision area's keys, where Sprints live, so a Sprint's change reloads its review too. */
export const reviewKeys = {
  review: (productId: number, sprintId: number) => [...visionKeys.all(productId), 'review', sprintId] as const,
  retrospective: (productId: number, sprintId: number) =>
    [...visionKeys.all(productId), 'retrospective', sprintId] as const
}

export const useSprintReview = (productId: number, sprintId: number) =>
  useQuery({
    queryKey: reviewKeys.review(productId, sprintId),
    queryFn: () => api.call('sprintReviews.get', { sprintId })
  })

export const useRetrospective = (productId: number, sprintId: number) =>
  useQuery({
    queryKey: reviewKeys.retrospective(productId, sprintId),
    queryFn: () => api.call('retrospectives.get', { sprintId })
  })

/**
 * A write of the review screen. Holding a review records the Sprint Goal's outcome and contacts, and
 * feedback makes or changes items, so the Sprints, the stakeholders and the backlog reload as well.
 */
export const useReviewWrite = <M extends MethodName>(productId: number, method: M) =>
  useAreaWrite(method, visionKeys.all(productId), [
    customerKeys.all(productId),
    backlogKeys.items(productId),
    ['backlog-detail']
  ])
