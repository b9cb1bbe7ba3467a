import { useState } from 'react'
import { Link } from 'wouter'
import { cite } from '@shared/domain/guides'
import { Dialog } from '@renderer/ui/Dialog'
import '@renderer/styles/teams.css'

/** Either the Definition of Done is met, line by line, or the item is not done and goes back to the Product Backlog. */
export type DoneDecision = { confirmDone: true; doneChecks: number[] } | { notDone: string }

interface DoneDialogProps {
  open: boolean
  stateName: string
  /** The item's whole Definition of Done: the product's lines (team null), then its team's additions. */
  definitionOfDone: ReadonlyArray<{ id: number; text: string; teamId: number | null }>
  /** The item's team, named above its additions. */
  teamName: string | null
  onDecide: (decision: DoneDecision) => void
  onClose: () => void
}

/**
 * Done means the Definition of Done is met: tick each line. There is no "done anyway": work that
 * does not meet it is not part of the Increment and goes back to the Product Backlog.
 */
export function DoneDialog({ open, stateName, definitionOfDone, teamName, onDecide, onClose }: DoneDialogProps) {
  return (
    <Dialog open={open} title={`Move to ${stateName}`} onClose={onClose}>
      {/* The dialog renders its content only while open, so each opening starts with nothing ticked. */}
      <DoneForm definitionOfDone={definitionOfDone} teamName={teamName} onDecide={onDecide} onClose={onClose} />
    </Dialog>
  )
}

function DoneForm({ definitionOfDone, teamName, onDecide, onClose }: Omit<DoneDialogProps, 'open' | 'stateName'>) {
  const [ticked, setTicked] = useState<number[]>([])
  const [reason, setReason] = useState('')
  const allMet = ticked.length === definitionOfDone.length
  const line = (criterion: { id: number; text: string }) => (
    <label key={criterion.id} className="checkbox">
      <input
        type="checkbox"
        checked={ticked.includes(criterion.id)}
        onChange={(e) =>
          setTicked(e.target.checked ? [...ticked, criterion.id] : ticked.filter((id) => id !== criterion.id))
        }
      />
      {criterion.text}
    </label>
  )
  const additions = definitionOfDone.filter((criterion) => criterion.teamId !== null)
  return (
    <div className="stack done-dialog">
      {definitionOfDone.length === 0 ? (
        <p>
          This product has no Definition of Done yet, so there is nothing to check.{' '}
          <Link href="/settings">Write one in Product settings</Link>.
        </p>
      ) : (
        <fieldset>
          <legend>Does the item meet the Definition of Done?</legend>
          {definitionOfDone.filter((criterion) => criterion.teamId === null).map(line)}
          {additions.length > 0 && (
            <fieldset className="team-additions">
              <legend>{teamName} adds</legend>
              {additions.map(line)}
            </fieldset>
          )}
        </fieldset>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={!allMet}
          onClick={() => onDecide({ confirmDone: true, doneChecks: ticked })}
        >
          Confirm Definition of Done
        </button>
      </div>
      <details className="not-done">
        <summary>It does not meet the Definition of Done</summary>
        <p className="muted small">
          Work that does not meet the Definition of Done is not part of the Increment: it goes back to the Product
          Backlog, to the first to-do state, and never counts as throughput ({cite('scrum', 'increment')}).
        </p>
        <div className="field">
          <label htmlFor="not-done-reason">What is missing? (kept in its history)</label>
          <textarea
            id="not-done-reason"
            rows={2}
            value={reason}
            maxLength={1000}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
        <div className="dialog-actions">
          <button
            type="button"
            className="danger"
            disabled={!reason.trim()}
            onClick={() => onDecide({ notDone: reason.trim() })}
          >
            Not done: back to the Product Backlog
          </button>
        </div>
      </details>
    </div>
  )
}
