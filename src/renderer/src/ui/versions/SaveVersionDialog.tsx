import { useState } from 'react'
import { Dialog } from '@renderer/ui/Dialog'
import { FormActions } from '@renderer/ui/FormActions'
import { TextField } from '@renderer/ui/TextField'
import { notify } from '@renderer/ui/toastStore'

interface SaveVersionDialogProps {
  /** E.g. "Save the vision". */
  title: string
  /** An example reason for this document. */
  placeholder: string
  open: boolean
  onClose: () => void
  /** The save in flight, its error, and how to clear that error on closing. */
  pending: boolean
  error: unknown
  reset: () => void
  /** Saves with the reason; calls `saved` with the new version's number. */
  onSave: (reason: string, saved: (number: number) => void) => void
}

/** Every save becomes a version, so it asks why the document changed: the history then tells the story. */
export function SaveVersionDialog({
  title,
  placeholder,
  open,
  onClose,
  pending,
  error,
  reset,
  onSave
}: SaveVersionDialogProps) {
  const [reason, setReason] = useState('')
  const close = () => {
    reset()
    onClose()
  }
  return (
    <Dialog open={open} title={title} onClose={close}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault()
          onSave(reason, (number) => {
            notify(`Saved as version ${number}.`)
            setReason('')
            close()
          })
        }}
      >
        <TextField
          label="Reason for the change"
          hint="What did you learn or decide? The version history keeps it with the date."
          placeholder={placeholder}
          value={reason}
          rows={3}
          onChange={setReason}
        />
        <FormActions
          error={error}
          pending={pending}
          submitLabel={pending ? 'Saving…' : 'Save version'}
          onCancel={close}
        />
      </form>
    </Dialog>
  )
}
