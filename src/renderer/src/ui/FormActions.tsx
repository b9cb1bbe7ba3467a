import { ErrorMessage } from './ErrorMessage'

interface Props {
  /** The failed save, shown above the buttons. */
  error: unknown
  pending: boolean
  submitLabel: string
  onCancel(): void
  /** For a form whose submit deletes or ends something. */
  danger?: boolean
  /** Besides while saving, e.g. until a confirmation is typed. */
  disabled?: boolean
}

/** The end of every dialog form: the error of the last try, Cancel, and the submit button. */
export function FormActions({ error, pending, submitLabel, onCancel, danger = false, disabled = false }: Props) {
  return (
    <>
      <ErrorMessage error={error} />
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className={danger ? 'danger' : 'primary'} disabled={pending || disabled}>
          {submitLabel}
        </button>
      </div>
    </>
  )
}
