import type { ItemDetail } from '@shared/api/methods/backlog'
import { FEEDBACK_OUTCOME_LABELS } from '@shared/domain/sprint-review'
import { formatOptionalDay } from '@renderer/features/vision/format'

/** Who asked for this item: the Sprint Review feedback that made or changed it. */
export function RequestedBy({ detail }: { detail: ItemDetail }) {
  if (detail.requestedBy.length === 0) return null
  return (
    <section className="relations requested-by" aria-labelledby="requested-by-heading">
      <h3 id="requested-by-heading">Asked for by</h3>
      <ul className="relation-list">
        {detail.requestedBy.map((r) => (
          <li key={r.feedbackId}>
            <strong>{r.stakeholderName}</strong>{' '}
            <span className="muted small">
              at the Sprint Review of {r.sprintName}, {formatOptionalDay(r.on)}
              {r.outcome && ` (${FEEDBACK_OUTCOME_LABELS[r.outcome]})`}
            </span>
            <br />“{r.text}”
          </li>
        ))}
      </ul>
    </section>
  )
}
