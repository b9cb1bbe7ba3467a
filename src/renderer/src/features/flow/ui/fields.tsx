import type { ReactNode } from 'react'
import { FormError } from '@renderer/ui/ErrorMessage'

/** What a settings form shows of its run: whether it is going, and why the last try did not start. */
export interface FormRun {
  running: boolean
  /** Forms that mark each field leave it out. */
  problem?: string | null
  onRun: () => void
}

/** A settings form's values as typed, how they change, and its run. */
export interface SettingsFormProps<V> {
  values: V
  onChange: (values: V) => void
  run: FormRun
}

/** The settings form of the Forecast, Release and Backtest tabs: nothing is checked until the user runs. */
export function SettingsForm({
  className,
  label,
  submitLabel,
  run,
  children
}: {
  className: string
  label: string
  submitLabel: string
  run: FormRun
  children: ReactNode
}) {
  return (
    <form
      className={className}
      aria-label={label}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        run.onRun()
      }}
    >
      {children}
      <button type="submit" className="primary" disabled={run.running}>
        {submitLabel}
      </button>
      {run.problem && <FormError>{run.problem}</FormError>}
    </form>
  )
}

/** The attributes that tie a control to its error message, when it has one. */
export function invalidProps(id: string, error: string | undefined) {
  return {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined
  }
}

/** A labelled control; `children` is the control, whose id is `id`. */
export function Field({
  id,
  label,
  error,
  nested,
  children
}: {
  id: string
  label: ReactNode
  error?: string
  /** Under the radio button it belongs to. */
  nested?: boolean
  children: ReactNode
}) {
  return (
    <div className={nested ? 'field nested' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      <FieldError id={id} error={error} />
    </div>
  )
}

/** The message `invalidProps` points the control at. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <span id={`${id}-error`} className="field-error">
      {error}
    </span>
  ) : null
}

/** A text or date input typed as text, so half-typed numbers are fine until the run checks them. */
export function InputField({
  id,
  label,
  value,
  onChange,
  type,
  inputMode,
  error,
  nested,
  action
}: {
  id: string
  label: ReactNode
  value: string
  onChange: (value: string) => void
  type?: 'date'
  inputMode?: 'numeric' | 'decimal'
  error?: string
  nested?: boolean
  /** A button beside the input that fills it in. */
  action?: ReactNode
}) {
  const input = (
    <input
      id={id}
      type={type}
      inputMode={inputMode}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      {...invalidProps(id, error)}
    />
  )
  return (
    <Field id={id} label={label} error={error} nested={nested}>
      {action ? (
        <div className="input-with-button">
          {input}
          {action}
        </div>
      ) : (
        input
      )}
    </Field>
  )
}

/** How every settings form labels the run settings they share. */
const RUN_SETTING_LABELS = {
  windowDays: 'History window (days)',
  trials: 'Trials',
  seed: 'Seed'
} as const

/** The history window, the trials or the seed of a run, worded alike on every tab. */
export function RunSettingField({
  setting,
  ...field
}: { setting: keyof typeof RUN_SETTING_LABELS } & Omit<Parameters<typeof InputField>[0], 'label' | 'inputMode'>) {
  return <InputField label={RUN_SETTING_LABELS[setting]} inputMode="numeric" {...field} />
}

/** One choice of a radio group, its text as its label. */
export function RadioOption({
  name,
  checked,
  onSelect,
  children
}: {
  name: string
  checked: boolean
  onSelect: () => void
  children: ReactNode
}) {
  return (
    <label>
      <input type="radio" name={name} checked={checked} onChange={onSelect} />
      {children}
    </label>
  )
}

/** The keys of a form's free-text values (not those of its radio choices). */
type TextKey<V> = { [K in keyof V]: string extends V[K] ? K : never }[keyof V]

/**
 * How a settings form changes its values: `set` one of them, give a text field its id, value and
 * change, or a radio button of group `name` its state and selection.
 */
export function formBinding<V>(values: V, onChange: (values: V) => void) {
  const set = <K extends keyof V>(key: K, value: V[K]) => onChange({ ...values, [key]: value })
  const field = (key: TextKey<V>, id: string) => ({
    id,
    value: values[key] as string,
    onChange: (value: string) => set(key, value as V[TextKey<V>])
  })
  const choice = <K extends keyof V>(name: string, key: K, value: V[K]) => ({
    name,
    checked: values[key] === value,
    onSelect: () => set(key, value)
  })
  return { set, field, choice }
}
