import { useId } from 'react'

interface TextFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  /** Rows of a multi-line field; leave out for a single line. */
  rows?: number
  placeholder?: string
  hint?: string
  className?: string
  /** Marked for the eye and for screen readers; the contract's check before sending says what is missing. */
  required?: boolean
  maxLength?: number
}

/** A labelled text input or text area, with an optional hint tied to it for screen readers. */
export function TextField({
  label,
  value,
  onChange,
  rows,
  placeholder,
  hint,
  className,
  required,
  maxLength
}: TextFieldProps) {
  const id = useId()
  const hintId = hint ? `${id}-hint` : undefined
  const common = {
    id,
    value,
    placeholder,
    'aria-required': required || undefined,
    maxLength,
    'aria-describedby': hintId,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value)
  }
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {rows ? <textarea rows={rows} {...common} /> : <input type="text" autoComplete="off" {...common} />}
      {hint && (
        <span id={hintId} className="muted small">
          {hint}
        </span>
      )}
    </div>
  )
}
