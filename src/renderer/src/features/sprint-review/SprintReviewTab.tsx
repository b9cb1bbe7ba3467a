import { useId } from 'react'
import type { Product } from '@shared/api'
import type { Sprint } from '@shared/api/methods/sprints'
import { REVIEW_PURPOSE, REVIEW_STATUS_LABELS } from '@shared/domain/sprint-review'
import { formatDateTime, formatOptionalDay, todayIso } from '@renderer/features/vision/format'
import { useSprints } from '@renderer/features/vision/queries'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { usePreference } from '@renderer/ui/storage'
import { notify } from '@renderer/ui/toastStore'
import { AgendaView } from './AgendaView'
import { FeedbackPanel } from './FeedbackPanel'
import { HoldForm } from './HoldForm'
import { RetrospectivePanel } from './RetrospectivePanel'
import { useReviewWrite, useSprintReview } from './queries'
import { chooseSprint } from './shape'
import '@renderer/styles/sprint-review.css'

/** The preference that remembers which Sprint the review screen shows; the Sprints tab sets it too. */
export const reviewSprintPreference = (productId: number) => `sprint-review.sprint.${productId}`

/** The Sprint Review of one Sprint, from its preparation to the Product Owner's Retrospective note. */
export function SprintReviewTab({ product }: { product: Product }) {
  const sprints = useSprints(product.id)
  const [remembered, remember] = usePreference(reviewSprintPreference(product.id))
  const selectId = useId()
  if (sprints.error) return <ErrorMessage error={sprints.error} />
  if (!sprints.data) return <p className="muted">Loading the Sprints…</p>
  const sprint = chooseSprint(sprints.data, todayIso(), remembered === null ? null : Number(remembered))
  if (!sprint)
    return (
      <div className="empty-state">
        <h2>No Sprints yet</h2>
        <p>Add a Sprint on the Sprints tab; when it ends, prepare its review here.</p>
      </div>
    )
  return (
    <div className="stack sprint-review-screen">
      <div className="toolbar">
        <div className="field">
          <label htmlFor={selectId}>Sprint</label>
          <select id={selectId} value={sprint.id} onChange={(e) => remember(e.target.value)}>
            {[...sprints.data].reverse().map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({formatOptionalDay(s.startDate)} – {formatOptionalDay(s.endDate)})
              </option>
            ))}
          </select>
        </div>
      </div>
      <ReviewPanel key={sprint.id} productId={product.id} sprint={sprint} />
      <RetrospectivePanel key={`retro-${sprint.id}`} productId={product.id} sprint={sprint} />
    </div>
  )
}

function ReviewPanel({ productId, sprint }: { productId: number; sprint: Sprint }) {
  const review = useSprintReview(productId, sprint.id)
  const prepare = useReviewWrite(productId, 'sprintReviews.prepare')
  if (review.error) return <ErrorMessage error={review.error} />
  if (review.data === undefined) return <p className="muted">Loading the review…</p>
  const prepareButton = (label: string) => (
    <button
      type="button"
      className={review.data ? undefined : 'primary'}
      disabled={prepare.isPending}
      onClick={() =>
        prepare.mutate(
          { sprintId: sprint.id },
          { onSuccess: () => notify(`Prepared the Sprint Review of ${sprint.name}.`) }
        )
      }
    >
      {prepare.isPending ? 'Preparing…' : label}
    </button>
  )
  if (review.data === null)
    return (
      <section className="card stack" aria-labelledby="review-title">
        <h2 id="review-title">Sprint Review of {sprint.name}</h2>
        <p>{REVIEW_PURPOSE}</p>
        <p className="muted">
          Preparing gathers an agenda from what the product holds: the Increment, the Sprint Goal and the Product Goal
          with a forecast, what comes next on the backlog and the measures that moved.
        </p>
        <div>{prepareButton('Prepare the Sprint Review')}</div>
        <ErrorMessage error={prepare.error} />
      </section>
    )
  const held = review.data.status === 'held'
  return (
    <section className="stack" aria-labelledby="review-title">
      <div className="toolbar">
        <h2 id="review-title" className="grow">
          Sprint Review of {sprint.name}
        </h2>
        <span className={`badge review-status review-${review.data.status}`}>
          {REVIEW_STATUS_LABELS[review.data.status]}
          {held ? ` on ${formatOptionalDay(review.data.heldOn)}` : ''}
        </span>
        {!held && prepareButton('Prepare again')}
      </div>
      <p className="muted small">
        Agenda prepared {formatDateTime(review.data.preparedAt)}
        {held ? '; it stays as it was for the record.' : '; prepare again to take in changes made since.'}
      </p>
      <ErrorMessage error={prepare.error} />
      <AgendaView agenda={review.data.agenda} />
      <FeedbackPanel productId={productId} review={review.data} />
      {held ? (
        <HeldSummary notes={review.data.notes} />
      ) : (
        <HoldForm productId={productId} review={review.data} sprint={sprint} />
      )}
    </section>
  )
}

function HeldSummary({ notes }: { notes: string }) {
  return (
    <section className="card stack" aria-labelledby="held-title">
      <h3 id="held-title">Review notes</h3>
      {notes ? <p className="pre-line">{notes}</p> : <p className="muted">No notes were written.</p>}
    </section>
  )
}
