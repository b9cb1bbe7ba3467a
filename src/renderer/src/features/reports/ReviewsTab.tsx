import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { Product } from '@shared/api'
import type { StoredReview } from '@shared/api/methods/reviews'
import { REPORT_SECTIONS, SECTION_TITLES } from '@shared/domain/report/sections'
import { VERDICT_LABELS } from '@shared/domain/report/review'
import { api } from '@renderer/api'
import { useAreaWrite } from '@renderer/api/useAreaWrite'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { notify } from '@renderer/ui/toastStore'
import { readPickedText } from '@renderer/ui/readPickedText'
import { formatDateTime } from '@shared/domain/format'

export const reviewKeys = { all: (productId: number) => ['reviews', productId] as const }

/** Import the review file a coach sent back and read the comments beside the sections they are about. */
export function ReviewsTab({ product }: { product: Product }) {
  const reviews = useQuery({
    queryKey: reviewKeys.all(product.id),
    queryFn: () => api.call('reviews.list', { productId: product.id })
  })
  const importReview = useAreaWrite('reviews.import', reviewKeys.all(product.id))
  const remove = useAreaWrite('reviews.delete', reviewKeys.all(product.id))
  const [readError, setReadError] = useState<unknown>(null)

  const pick = (file: File | undefined) => {
    if (!file) return
    setReadError(null)
    readPickedText(file)
      .then((reviewJson) => importReview.mutateAsync({ productId: product.id, reviewJson }))
      .then(({ intact, review }) =>
        notify(
          intact
            ? `Imported the review by ${review.reviewer}.`
            : `Imported the review by ${review.reviewer}, but it was changed after export.`
        )
      )
      .catch(setReadError)
  }

  return (
    <div className="reports-reviews">
      <div className="file-pick">
        <label>
          Import a review file (.json) from your coach
          <input type="file" accept=".json,application/json" onChange={(e) => pick(e.target.files?.[0])} />
        </label>
      </div>
      {readError !== null && <ErrorMessage error={readError} />}
      {reviews.isPending && <p className="muted">Loading…</p>}
      {reviews.error && <ErrorMessage error={reviews.error} />}
      {reviews.data?.length === 0 && (
        <p className="muted empty">
          No reviews yet. Export a report, send it to your coach, and import the file they send back.
        </p>
      )}
      {reviews.data?.map((review) => (
        <ReviewCard key={review.id} review={review} onDelete={() => remove.mutate({ id: review.id })} />
      ))}
    </div>
  )
}

function ReviewCard({ review, onDelete }: { review: StoredReview; onDelete: () => void }) {
  const sectionComments = REPORT_SECTIONS.flatMap((id) => {
    const comment = review.comments.find((c) => c.target === 'section' && c.targetId === id)
    return comment ? [{ id, title: SECTION_TITLES[id], text: comment.text }] : []
  })
  const assignmentComments = review.comments.filter((c) => c.target === 'assignment')
  return (
    <article className="review-card" aria-labelledby={`review-${review.id}`}>
      <header>
        <h2 id={`review-${review.id}`}>
          {review.reviewer} · <span className="verdict">Overall: {VERDICT_LABELS[review.verdict]}</span>
        </h2>
        <p className="muted small">
          Reviewed {formatDateTime(review.reviewedAt)} · {review.reportTitle}
        </p>
        {!review.intact && (
          <p className="warning-banner" role="alert">
            This review was changed after the coach exported it: its checksum does not match its content.
          </p>
        )}
      </header>
      {review.assessment && <p className="assessment">{review.assessment}</p>}
      {sectionComments.length + assignmentComments.length > 0 && (
        <dl className="review-comments">
          {sectionComments.map((c) => (
            <div key={c.id} data-section={c.id}>
              <dt>{c.title}</dt>
              <dd>{c.text}</dd>
            </div>
          ))}
          {assignmentComments.map((c) => (
            <div key={c.targetId} data-assignment={c.targetId}>
              <dt>
                Assignment: {c.label}
                {c.verdict && (
                  <>
                    {' · '}
                    <span className="verdict">{VERDICT_LABELS[c.verdict]}</span>
                  </>
                )}
              </dt>
              {c.text && <dd>{c.text}</dd>}
            </div>
          ))}
        </dl>
      )}
      <button type="button" className="link-button" onClick={onDelete}>
        Remove this review
      </button>
    </article>
  )
}
