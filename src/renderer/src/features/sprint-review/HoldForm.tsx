import { useId, useState } from 'react'
import type { SprintReview } from '@shared/api/methods/sprint-reviews'
import type { Sprint } from '@shared/api/methods/sprints'
import { SPRINT_OUTCOMES, SPRINT_OUTCOME_LABELS, type SprintOutcome } from '@shared/domain/vision/sprints'
import { todayIso } from '@renderer/features/vision/format'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { notify } from '@renderer/ui/toastStore'
import { useReviewWrite } from './queries'

/** Closes the review: the day it was held, the Sprint Goal's outcome and the notes. */
export function HoldForm({ productId, review, sprint }: { productId: number; review: SprintReview; sprint: Sprint }) {
  const hold = useReviewWrite(productId, 'sprintReviews.hold')
  const save = useReviewWrite(productId, 'sprintReviews.update')
  const [heldOn, setHeldOn] = useState(todayIso())
  const [outcome, setOutcome] = useState<SprintOutcome | null>(sprint.outcome)
  const [notes, setNotes] = useState(review.notes)
  const ids = { day: useId(), notes: useId() }
  return (
    <form
      className="card stack"
      aria-labelledby="hold-title"
      onSubmit={(e) => {
        e.preventDefault()
        hold.mutate(
          { id: review.id, heldOn, notes, ...(outcome !== null && { outcome }) },
          {
            onSuccess: () =>
              notify(`Held the Sprint Review of ${sprint.name}; each attendee's contact log says what was discussed.`)
          }
        )
      }}
    >
      <h3 id="hold-title">Hold and close the review</h3>
      <div className="field">
        <label htmlFor={ids.day}>Held on</label>
        <input id={ids.day} type="date" value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />
      </div>
      <fieldset className="choice-group">
        <legend>Sprint Goal outcome</legend>
        <label className="checkbox">
          <input
            type="radio"
            name={`hold-outcome-${review.id}`}
            checked={outcome === null}
            onChange={() => setOutcome(null)}
          />
          Not judged
        </label>
        {SPRINT_OUTCOMES.map((o) => (
          <label key={o} className="checkbox">
            <input
              type="radio"
              name={`hold-outcome-${review.id}`}
              checked={outcome === o}
              onChange={() => setOutcome(o)}
            />
            {SPRINT_OUTCOME_LABELS[o]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={ids.notes}>Review notes</label>
        <textarea id={ids.notes} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </div>
      <ErrorMessage error={hold.error ?? save.error} />
      <div className="row-actions">
        <button type="submit" className="primary" disabled={hold.isPending}>
          Hold and close the review
        </button>
        <button
          type="button"
          disabled={save.isPending || notes === review.notes}
          onClick={() =>
            save.mutate({ id: review.id, patch: { notes } }, { onSuccess: () => notify('Saved the review notes.') })
          }
        >
          Save notes only
        </button>
      </div>
    </form>
  )
}
