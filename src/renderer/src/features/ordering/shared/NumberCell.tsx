import { useId, useState } from 'react'

interface NumberCellProps {
  label: string
  value: number | null
  onCommit: (value: number | null) => void
  error?: string
  step?: string
}

/** A free number (money, weeks) saved on Enter or when focus leaves; empty clears it. */
export function NumberCell({ label, value, onCommit, error, step = 'any' }: NumberCellProps) {
  const errorId = useId()
  const [draft, setDraft] = useState<string | null>(null)
  const [localError, setLocalError] = useState<string | null>(null)
  const shown = error ?? localError

  const commit = () => {
    if (draft === null) return
    const text = draft.trim()
    const next = text === '' ? null : Number(text)
    setDraft(null)
    if (next !== null && !Number.isFinite(next)) {
      setLocalError('Give a number')
      return
    }
    setLocalError(null)
    if (next !== value) onCommit(next)
  }

  return (
    <>
      <input
        type="number"
        inputMode="decimal"
        step={step}
        aria-label={label}
        value={draft ?? (value === null ? '' : String(value))}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? errorId : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit()
          if (e.key === 'Escape') setDraft(null)
        }}
      />
      {shown && (
        <span id={errorId} role="alert" className="cell-error">
          {shown}
        </span>
      )}
    </>
  )
}
