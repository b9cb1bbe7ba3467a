import type { WorkflowState } from '@shared/api'
import type { ItemDetail } from '@shared/api/methods/backlog'
import { useItemHistory } from './detail-queries'

import { formatDateTime as when } from '@shared/domain/format'

/** Created and updated times, and every recorded status change with the reason of any return for not meeting the Definition of Done. */
export function StatusHistory({ detail, states }: { detail: ItemDetail; states: ReadonlyMap<number, WorkflowState> }) {
  const history = useItemHistory(detail.item.id)
  const name = (id: number | null) => (id === null ? '' : (states.get(id)?.name ?? 'a removed state'))
  return (
    <section className="relations" aria-labelledby="history-heading">
      <h3 id="history-heading">History</h3>
      <dl className="item-times">
        <dt>Created</dt>
        <dd>{when(detail.item.createdAt)}</dd>
        <dt>Updated</dt>
        <dd>{when(detail.item.updatedAt)}</dd>
      </dl>
      {history.isPending && <p className="muted small">Loading the history…</p>}
      <ol className="status-history" aria-label="Status changes, oldest first">
        {(history.data ?? []).map((change) => (
          <li key={change.id}>
            <time dateTime={change.changedAt}>{when(change.changedAt)}</time>{' '}
            {change.fromStateId === null
              ? `Added in ${name(change.toStateId)}`
              : `${name(change.fromStateId)} → ${name(change.toStateId)}`}
            {change.notDoneReason !== null && (
              <span className="not-done">Not done, back to the Product Backlog: {change.notDoneReason}</span>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
