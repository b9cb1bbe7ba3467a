import { useId, useRef, useState } from 'react'
import { Link } from 'wouter'
import type { FeedbackTrace, SprintReview } from '@shared/api/methods/sprint-reviews'
import { useStakeholders } from '@renderer/features/customers/queries'
import { itemHref } from '@renderer/features/health/shape'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { FeedbackToItemDialog } from './FeedbackToItemDialog'
import { useReviewWrite } from './queries'
import { feedbackByPerson, feedbackGivers, outcomeText } from './shape'

/** Who is there and what each of them says, captured as the review goes. */
export function FeedbackPanel({ productId, review }: { productId: number; review: SprintReview }) {
  const stakeholders = useStakeholders(productId)
  const [converting, setConverting] = useState<{ feedback: FeedbackTrace; kind: 'new' | 'existing' } | null>(null)
  const people = feedbackByPerson(review)
  return (
    <section className="card stack" aria-labelledby="feedback-title">
      <h3 id="feedback-title">Stakeholders and their feedback</h3>
      <ErrorMessage error={stakeholders.error} />
      {stakeholders.data && stakeholders.data.length === 0 && (
        <p className="muted">
          The stakeholder map is empty. Add the people who have a say on{' '}
          <Link href="~/customers/stakeholders">Customers &amp; Stakeholders</Link>, then invite them here.
        </p>
      )}
      {stakeholders.data && stakeholders.data.length > 0 && (
        <>
          <InviteForm productId={productId} review={review} stakeholders={stakeholders.data} />
          <CaptureForm productId={productId} review={review} stakeholders={stakeholders.data} />
        </>
      )}
      {people.length === 0 ? (
        <p className="muted">
          Nobody is invited yet. Invite stakeholders from the map, then write down what each of them says.
        </p>
      ) : (
        <ul className="plain-list review-people" aria-label="Feedback per person">
          {people.map((person) => (
            <li key={`${person.stakeholderId ?? 'gone'}-${person.name}`}>
              <PersonFeedback
                productId={productId}
                review={review}
                person={person}
                onConvert={(feedback, kind) => setConverting({ feedback, kind })}
              />
            </li>
          ))}
        </ul>
      )}
      {converting && (
        <FeedbackToItemDialog
          productId={productId}
          feedback={converting.feedback}
          kind={converting.kind}
          onClose={() => setConverting(null)}
        />
      )}
    </section>
  )
}

function InviteForm({
  productId,
  review,
  stakeholders
}: {
  productId: number
  review: SprintReview
  stakeholders: ReadonlyArray<{ id: number; name: string; role: string }>
}) {
  const invite = useReviewWrite(productId, 'sprintReviews.addAttendee')
  const selectId = useId()
  const attending = new Set(review.attendees.map((a) => a.stakeholderId))
  const others = stakeholders.filter((s) => !attending.has(s.id))
  const [chosen, setChosen] = useState<string>('')
  if (others.length === 0) return <p className="muted small">Everyone on the stakeholder map is invited.</p>
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault()
        const id = Number(chosen || others[0]!.id)
        invite.mutate({ reviewId: review.id, stakeholderId: id }, { onSuccess: () => setChosen('') })
      }}
    >
      <div className="field">
        <label htmlFor={selectId}>Invite a stakeholder</label>
        <select id={selectId} value={chosen || String(others[0]!.id)} onChange={(e) => setChosen(e.target.value)}>
          {others.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
              {s.role ? ` (${s.role})` : ''}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={invite.isPending}>
        Invite
      </button>
      <ErrorMessage error={invite.error} />
    </form>
  )
}

/**
 * Keyboard-fast capture: choose the person, type what they said, press Enter. The person stays
 * chosen and the text field keeps the focus, ready for the next remark.
 */
function CaptureForm({
  productId,
  review,
  stakeholders
}: {
  productId: number
  review: SprintReview
  stakeholders: Parameters<typeof feedbackGivers>[0]
}) {
  const add = useReviewWrite(productId, 'sprintReviews.addFeedback')
  const givers = feedbackGivers(stakeholders, review)
  const [who, setWho] = useState<string>('')
  const [text, setText] = useState('')
  const textRef = useRef<HTMLInputElement>(null)
  const whoId = useId()
  const textId = useId()
  const stakeholderId = Number(who || givers[0]?.id)
  return (
    <form
      className="inline-form capture-form"
      aria-label="Capture feedback"
      onSubmit={(e) => {
        e.preventDefault()
        add.mutate(
          { reviewId: review.id, stakeholderId, text },
          {
            onSuccess: () => {
              setText('')
              textRef.current?.focus()
            }
          }
        )
      }}
    >
      <div className="field">
        <label htmlFor={whoId}>Who</label>
        <select id={whoId} value={String(stakeholderId)} onChange={(e) => setWho(e.target.value)}>
          {givers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field grow">
        <label htmlFor={textId}>What they said</label>
        <input
          id={textId}
          ref={textRef}
          type="text"
          value={text}
          maxLength={2000}
          onChange={(e) => setText(e.target.value)}
          placeholder="Press Enter to add"
        />
      </div>
      <button type="submit" disabled={add.isPending}>
        Add feedback
      </button>
      <ErrorMessage error={add.error} />
    </form>
  )
}

function PersonFeedback({
  productId,
  review,
  person,
  onConvert
}: {
  productId: number
  review: SprintReview
  person: ReturnType<typeof feedbackByPerson>[number]
  onConvert: (feedback: FeedbackTrace, kind: 'new' | 'existing') => void
}) {
  const uninvite = useReviewWrite(productId, 'sprintReviews.removeAttendee')
  const remove = useReviewWrite(productId, 'sprintReviews.deleteFeedback')
  const headingId = useId()
  return (
    <article className="review-person" aria-labelledby={headingId}>
      <header className="toolbar">
        <h4 id={headingId} className="grow">
          {person.name}
          {person.role && <span className="muted small"> · {person.role}</span>}
          {!person.attending && (
            <span className="muted small">
              {' '}
              · {person.stakeholderId === null ? 'no longer on the map' : 'not invited'}
            </span>
          )}
        </h4>
        {person.attending && person.stakeholderId !== null && (
          <button
            type="button"
            className="button-link small"
            disabled={uninvite.isPending}
            onClick={() => uninvite.mutate({ reviewId: review.id, stakeholderId: person.stakeholderId! })}
          >
            Take {person.name} off the review
          </button>
        )}
      </header>
      {person.feedback.length === 0 ? (
        <p className="muted small">No feedback from {person.name} yet.</p>
      ) : (
        <ul className="plain-list feedback-list">
          {person.feedback.map((f) => (
            <li key={f.feedbackId} className="feedback-entry">
              <span className="grow">{f.text}</span>
              {f.outcome !== null ? (
                <span className="feedback-outcome small">
                  <span aria-hidden="true">→ </span>
                  {f.itemId === null ? outcomeText(f) : <Link href={itemHref(f.itemId)}>{outcomeText(f)}</Link>}
                </span>
              ) : (
                <span className="row-actions">
                  <button
                    type="button"
                    aria-label={`Make an item from “${f.text}”`}
                    onClick={() => onConvert(f, 'new')}
                  >
                    Make an item
                  </button>
                  <button
                    type="button"
                    aria-label={`Change an item with “${f.text}”`}
                    onClick={() => onConvert(f, 'existing')}
                  >
                    Change an item…
                  </button>
                  <button
                    type="button"
                    className="danger"
                    aria-label={`Remove the feedback “${f.text}”`}
                    disabled={remove.isPending}
                    onClick={() => remove.mutate({ id: f.feedbackId })}
                  >
                    Remove
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={uninvite.error ?? remove.error} />
    </article>
  )
}
