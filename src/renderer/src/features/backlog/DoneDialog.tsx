import { useState } from 'react'
import { Link } from 'wouter'
import { Dialog } from '@renderer/ui/Dialog'

export type DoneDecision = { confirmDone: true } | { doneOverride: string }

interface DoneDialogProps {
  open: boolean
  stateName: string
  definitionOfDone: ReadonlyArray<{ id: number; text: string }>
  onDecide: (decision: DoneDecision) => void
  onClose: () => void
}

/** Done means the Definition of Done is met: tick each line, or say why it is done anyway. */
export function DoneDialog({ open, stateName, definitionOfDone, onDecide, onClose }: DoneDialogProps) {
  return (
    <Dialog open={open} title={`Move to ${stateName}`} onClose={onClose}>
      {/* The dialog renders its content only while open, so each opening starts with nothing ticked. */}
      <DoneForm stateName={stateName} definitionOfDone={definitionOfDone} onDecide={onDecide} onClose={onClose} />
    </Dialog>
  )
}

function DoneForm({ stateName, definitionOfDone, onDecide, onClose }: Omit<DoneDialogProps, 'open'>) {
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
      <details className="override">
        <summary>Done without meeting it</summary>
        <div className="field">
          <label htmlFor="dod-override-reason">Why is it {stateName.toLowerCase()} anyway? (kept in its history)</label>
          <textarea id="dod-override-reason" rows={2} value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} />
        </div>
        <div className="dialog-actions">
          <button type="button" className="danger" disabled={!reason.trim()} onClick={() => onDecide({ doneOverride: reason.trim() })}>
            Override and move to {stateName}
          </button>
        </div>
      </details>
    </div>
  )
}
