import { useState } from 'react'
import { Link } from 'wouter'
import { cite } from '@shared/domain/guides'
import { Dialog } from '@renderer/ui/Dialog'

/** Either the Definition of Done is met, or the item is not done and goes back to the Product Backlog. */
export type DoneDecision = { confirmDone: true } | { notDone: string }

interface DoneDialogProps {
  open: boolean
  stateName: string
  definitionOfDone: ReadonlyArray<{ id: number; text: string }>
  onDecide: (decision: DoneDecision) => void
  onClose: () => void
}

/**
 * Done means the Definition of Done is met: tick each line. There is no "done anyway": work that
 * does not meet it is not part of the Increment and goes back to the Product Backlog.
 */
export function DoneDialog({ open, stateName, definitionOfDone, onDecide, onClose }: DoneDialogProps) {
  return (
    <Dialog open={open} title={`Move to ${stateName}`} onClose={onClose}>
      {/* The dialog renders its content only while open, so each opening starts with nothing ticked. */}
      <DoneForm definitionOfDone={definitionOfDone} onDecide={onDecide} onClose={onClose} />
    </Dialog>
  )
}

function DoneForm({ definitionOfDone, onDecide, onClose }: Omit<DoneDialogProps, 'open' | 'stateName'>) {
  const [ticked, setTicked] = useState<number[]>([])
  const [reason, setReason] = useState('')
  const allMet = ticked.length === definitionOfDone.length
  return (
    <div className="stack done-dialog">
      {definitionOfDone.length === 0 ? (
        <p>
          This product has no Definition of Done yet, so there is nothing to check. <Link href="/settings">Write one in Product settings</Link>.
        </p>
      ) : (
        <fieldset>
          <legend>Does the item meet the Definition of Done?</legend>
          {definitionOfDone.map((line) => (
            <label key={line.id} className="checkbox">
              <input
                type="checkbox"
                checked={ticked.includes(line.id)}
                onChange={(e) => setTicked(e.target.checked ? [...ticked, line.id] : ticked.filter((id) => id !== line.id))}
              />
              {line.text}
            </label>
          ))}
        </fieldset>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={!allMet} onClick={() => onDecide({ confirmDone: true })}>
          Confirm Definition of Done
        </button>
      </div>
      <details className="not-done">
        <summary>It does not meet the Definition of Done</summary>
        <p className="muted small">
          Work that does not meet the Definition of Done is not part of the Increment: it goes back to the Product Backlog, to the first to-do state, and
          never counts as throughput ({cite('scrum', 'increment')}).
        </p>
        <div className="field">
          <label htmlFor="not-done-reason">What is missing? (kept in its history)</label>
          <textarea id="not-done-reason" rows={2} value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} />
        </div>
        <div className="dialog-actions">
          <button type="button" className="danger" disabled={!reason.trim()} onClick={() => onDecide({ notDone: reason.trim() })}>
            Not done: back to the Product Backlog
          </button>
        </div>
      </details>
    </div>
  )
}
