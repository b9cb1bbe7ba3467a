import { useMemo, useState } from 'react'
import type { Product } from '@shared/api'
import type { OrderingBoard, ScoreChange } from '@shared/api/methods/ordering'
import { MODEL_LABELS, MOSCOW_LABELS, type Moscow } from '@shared/domain/ordering/scales'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { ItemPicker } from '@renderer/ui/itemPicker/ItemPicker'
import { FIELD_LABELS, formatScore } from '../shared/fields'
import { pickableItems } from '../shared/pickable'
import { useBoard, useScoreHistory, useSnapshots, useUndoApply } from '../queries'
import { formatCount, formatDateTime, formatNumber } from '@shared/domain/format'
import { historyPage } from './pages'

export function HistoryTab({ product }: { product: Product }) {
  const board = useBoard(product.id)
  const [itemId, setItemId] = useState<number | null>(null)
  const [offset, setOffset] = useState(0)
  const history = useScoreHistory(product.id, itemId, offset)
  const changes = history.data?.changes ?? []
  const items = useMemo(() => pickableItems(board.data?.items ?? []), [board.data])
  const page = historyPage(history.data?.total ?? 0, offset)
  return (
    <>
      <p className="muted">
        Every score change is kept with its time, so you (or your coach) can see how the thinking moved.
      </p>
      <div className="toolbar">
        <ItemPicker
          id="history-item"
          label="Show changes of"
          items={items}
          value={itemId}
          noneLabel="The whole product"
          onChange={(id) => {
            setItemId(id)
            setOffset(0)
          }}
        />
      </div>
      {history.isPending && <p className="muted">Loading the history…</p>}
      {history.error && <ErrorMessage error={history.error} />}
      {history.isSuccess && changes.length === 0 && (
        <p className="muted">No score has changed yet{itemId === null ? '' : ' for this item'}.</p>
      )}
      {changes.length > 0 && (
        <ul className="history-list" aria-label="Score changes, newest first" aria-busy={history.isPlaceholderData}>
          {changes.map((change) => (
            <li key={change.id}>
              <time dateTime={change.changedAt} className="muted">
                {formatDateTime(change.changedAt)}
              </time>
              <span>
                {itemId === null && <strong>{change.itemTitle}: </strong>}
                {FIELD_LABELS[change.field]} {describeChange(change, board.data)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {(page.newer !== null || page.older !== null) && (
        <nav className="undo-bar" aria-label="Pages of score changes">
          <button type="button" disabled={page.newer === null} onClick={() => setOffset(0)}>
            Newest
          </button>
          <button type="button" disabled={page.newer === null} onClick={() => setOffset(page.newer ?? 0)}>
            Newer
          </button>
          <span aria-live="polite">
            Changes {formatNumber(page.from)}–{formatNumber(page.to)} of {formatNumber(history.data?.total ?? 0)}
          </span>
          <button type="button" disabled={page.older === null} onClick={() => setOffset(page.older ?? page.oldest)}>
            Older
          </button>
          <button type="button" disabled={page.older === null} onClick={() => setOffset(page.oldest)}>
            Oldest
          </button>
        </nav>
      )}
      <AppliedOrders productId={product.id} />
    </>
  )
}

function describeValue(change: ScoreChange, value: ScoreChange['oldValue'], board: OrderingBoard | undefined): string {
  if (value === null) return 'not set'
  if (change.field === 'moscow') return MOSCOW_LABELS[value as Moscow] ?? String(value)
  if (change.field === 'releaseId') return board?.releases.find((r) => r.id === value)?.name ?? `release #${value}`
  return typeof value === 'number' ? formatScore(value) : value
}

function describeChange(change: ScoreChange, board: OrderingBoard | undefined): string {
  return `${describeValue(change, change.oldValue, board)} → ${describeValue(change, change.newValue, board)}`
}

/** Model orders applied to the backlog; the latest one still in place can be undone from here too. */
function AppliedOrders({ productId }: { productId: number }) {
  const snapshots = useSnapshots(productId)
  const undo = useUndoApply(productId)
  if (!snapshots.data || snapshots.data.length === 0) return null
  const latest = snapshots.data[0]
  return (
    <section className="card" aria-labelledby="applied-orders">
      <h2 id="applied-orders">Model orders applied to the backlog</h2>
      <ul className="history-list">
        {snapshots.data.map((snapshot) => (
          <li key={snapshot.id}>
            <time dateTime={snapshot.appliedAt} className="muted">
              {formatDateTime(snapshot.appliedAt)}
            </time>
            <span className="undo-bar">
              {MODEL_LABELS[snapshot.model]} order, {formatCount(snapshot.moved, 'item')} moved
              {snapshot.undoneAt && <span className="muted">· undone {formatDateTime(snapshot.undoneAt)}</span>}
              {snapshot === latest && !snapshot.undoneAt && (
                <button type="button" disabled={undo.isPending} onClick={() => undo.mutate(snapshot.id)}>
                  Undo
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
