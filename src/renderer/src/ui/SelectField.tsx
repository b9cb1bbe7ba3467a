import { useId } from 'react'

interface SelectFieldProps<T extends string | number> {
  label: string
  /** The choices, in the order they are offered. */
  options: readonly T[]
  /** What each choice reads as. */
  labels: Readonly<Record<T, string>>
  value: T
  onChange: (value: T) => void
}

/** A labelled select over a fixed list of choices; the chosen value keeps its type (a number stays a number). */
export function SelectField<T extends string | number>({
  label,
  options,
  labels,
  value,
  onChange
}: SelectFieldProps<T>) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(options.find((option) => String(option) === e.target.value) ?? value)}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
    </div>
  )
}
