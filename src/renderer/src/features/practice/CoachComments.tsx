import { useQuery } from '@tanstack/react-query'
import { VERDICT_LABELS } from '@shared/domain/report/review'
import { api } from '@renderer/api'
import { reviewKeys } from '@renderer/features/reports/ReviewsTab'
import { coachCommentsFor } from './shape'

/** What coaches said about this entry, from the review files imported in Reports. */
export function CoachComments({ productId, entryId }: { productId: number; entryId: number }) {
  const reviews = useQuery({
    queryKey: reviewKeys.all(productId),
    queryFn: () => api.call('reviews.list', { productId })
  })
  const comments = coachCommentsFor(reviews.data ?? [], entryId)
  if (comments.length === 0) return null
  return (
    <section aria-labelledby="coach-comments-heading" className="card">
      <h3 id="coach-comments-heading">Coach comments ({comments.length})</h3>
      <ul className="stack">
        {comments.map((c, i) => (
          <li key={`${c.reviewId}-${i}`}>
            <p className="muted small">
              {c.reviewer || 'Coach'} · {c.reviewedAt.slice(0, 10)}
              {!c.intact && ' · ⚠ this review file was changed after the coach exported it'}
            </p>
            <p>
              <strong>This assignment: {c.verdict ? VERDICT_LABELS[c.verdict] : 'no verdict given'}</strong> · overall:{' '}
              {VERDICT_LABELS[c.overall]}
            </p>
            {c.text && <p>{c.text}</p>}
          </li>
        ))}
      </ul>
    </section>
  )
}
