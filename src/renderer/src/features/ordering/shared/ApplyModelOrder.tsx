import { useState } from 'react'
import type { RankedItem } from '@shared/api/methods/ordering'
import { MODEL_LABELS, type OrderingModel } from '@shared/domain/ordering/scales'
import { formatCount, formatNumber } from '@shared/domain/format'
import { Dialog } from '@renderer/ui/Dialog'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { VirtualList } from '@renderer/ui/virtual/VirtualList'
import { useApplyOrder, useApplyPreview, useUndoApply } from '../queries'

const moveKey = (move: RankedItem) => move.id
/** One line of the preview: old → new place and the title. */
const MOVE_HEIGHT = 31

interface ApplyModelOrderProps {
  productId: number
  model: OrderingModel
}

/**
 * "Apply to my order": the preview lists every item that would change place (old → new); after
 * applying, Undo stays beside the button (and in a toast) until it is used or dismissed.
 */
export function ApplyModelOrder({ productId, model }: ApplyModelOrderProps) {
  const label = MODEL_LABELS[model]
  const [open, setOpen] = useState(false)
  const [applied, setApplied] = useState<{ snapshotId: number; model: OrderingModel } | null>(null)
  const apply = useApplyOrder(productId, label, (snapshotId) => {
    setApplied({ snapshotId, model })
    setOpen(false)
  })
  const undo = useUndoApply(productId)

  return (
    <div className="undo-bar">
      <button type="button" onClick={() => setOpen(true)}>
        Apply the {label} order to my backlog…
      </button>
      {applied && (
        <p role="status" className="undo-bar">
          <span>Your backlog follows {MODEL_LABELS[applied.model]}.</span>
          <button
            type="button"
            disabled={undo.isPending}
            onClick={() => undo.mutate(applied.snapshotId, { onSuccess: () => setApplied(null) })}
          >
            Undo apply
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Hide the undo offer"
            onClick={() => setApplied(null)}
          >
            ×
          </button>
        </p>
      )}
      <Dialog open={open} title={`Apply the ${label} order?`} onClose={() => setOpen(false)}>
        {open && <Preview productId={productId} model={model} />}
        <ErrorMessage error={apply.error} />
        <div className="dialog-actions">
          <button type="button" onClick={() => setOpen(false)}>
            Cancel
          </button>
          <button type="button" className="primary" disabled={apply.isPending} onClick={() => apply.mutate(model)}>
            {apply.isPending ? 'Applying…' : 'Apply'}
          </button>
        </div>
      </Dialog>
    </div>
  )
}

function Preview({ productId, model }: ApplyModelOrderProps) {
  const preview = useApplyPreview(productId, model, true)
  if (preview.isPending) return <p className="muted">Working out the new order…</p>
  if (preview.error) return <ErrorMessage error={preview.error} />
  const moves = preview.data.items.filter((item) => item.manualPosition !== item.modelPosition)
  if (moves.length === 0) return <p>Your order already matches {MODEL_LABELS[model]}: applying changes nothing.</p>
  return (
    <>
      <p>
        {formatNumber(moves.length)} of {formatCount(preview.data.items.length, 'item')} not started yet would change
        place. Items in progress or done keep their places. You can undo this right after.
      </p>
      <VirtualList
        label={{ ariaLabel: 'Changes of place' }}
        className="preview-list"
        items={moves}
        itemKey={moveKey}
        itemHeight={MOVE_HEIGHT}
        renderItem={(item) => (
          <>
            <span className={item.modelPosition < item.manualPosition ? 'move-up' : 'move-down'}>
              {item.manualPosition} → {item.modelPosition}
            </span>
            <span>{item.title}</span>
          </>
        )}
      />
    </>
  )
}
