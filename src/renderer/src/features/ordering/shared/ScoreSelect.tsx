import { useId } from 'react'
import { WSJF_SCALE } from '@shared/domain/ordering/scales'

interface ScoreSelectProps {
  label: string
  value: number | null
  onChange: (value: number | null) => void
  error?: string
  disabled?: boolean
  className?: string
}

/** One score on the modified Fibonacci scale; "–" clears it. The server's refusal shows right below. */
export function ScoreSelect({ label, value, onChange, error, disabled, className }: ScoreSelectProps) {
  const errorId = useId()
  return (
    <>
      <select
        aria-label={label}
        className={className}
        value={value === null ? '' : String(value)}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">–</option>
        {WSJF_SCALE.map((step) => (
          <option key={step} value={step}>
            {step}
          </option>
        ))}
      </select>
      {error && (
        <span id={errorId} role="alert" className="cell-error">
          {error}
        </span>
      )}
    </>
  )
}
