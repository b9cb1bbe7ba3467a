import { formatDateTime } from '@shared/domain/format'

interface SaveBarProps {
  dirty: boolean
  latest: { number: number; savedAt: string; reason: string } | null
  onDiscard: () => void
  onSave: () => void
}

/** Above a versioned document's editor: whether the draft differs from the latest version, and the way to save or drop it. */
export function SaveBar({ dirty, latest, onDiscard, onSave }: SaveBarProps) {
  return (
    <div className="toolbar vision-savebar">
      <p className="grow small" aria-live="polite">
        {dirty ? (
          <strong>Unsaved changes.</strong>
        ) : latest ? (
          <span className="muted">
            Version {latest.number}, saved {formatDateTime(latest.savedAt)}: “{latest.reason}”
          </span>
        ) : (
          <span className="muted">Nothing saved yet.</span>
        )}
      </p>
      <button type="button" disabled={!dirty} onClick={onDiscard}>
        Discard changes
      </button>
      <button type="button" className="primary" disabled={!dirty} onClick={onSave}>
        Save…
      </button>
    </div>
  )
}
