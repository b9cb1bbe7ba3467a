import { useState } from 'react'
import type { UseMutationResult } from '@tanstack/react-query'
import { Dialog } from '@renderer/ui/Dialog'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { TextField } from '@renderer/ui/TextField'
import { notify } from '@renderer/ui/toastStore'

interface SaveVersionDialogProps<I> {
  /** e.g. "Save the vision". */
  title: string
  /** An example reason for this document. */
  placeholder: string
  /** The write that saves a version, and its input for the reason given. */
  save: UseMutationResult<{ number: number }, Error, I>
  input: (reason: string) => I
  open: boolean
  onClose: () => void
}

/** Every save becomes a version, so it asks why the document changed: the history then tells the story. */
export function SaveVersionDialog<I>({ title, placeholder, save, input, open, onClose }: SaveVersionDialogProps<I>) {
  const [reason, setReason] = useState('')
  const close = () => {
    save.reset()
    onClose()
  }
  return (
    <Dialog open={open} title={title} onClose={close}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault()
          save.mutate(input(reason), {
            onSuccess: (version) => {
              notify(`Saved as version ${version.number}.`)
              setReason('')
              close()
            }
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
        <ErrorMessage error={save.error} />
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save version'}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
