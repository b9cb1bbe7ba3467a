import { useState } from 'react'
import type { VisionContent } from '@shared/api/methods/vision'
import { Dialog } from '@renderer/ui/Dialog'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { TextField } from '@renderer/ui/TextField'
import { notify } from '@renderer/ui/toastStore'
import { useVisionWrite } from '../queries'

interface SaveVisionDialogProps {
  productId: number
  content: VisionContent
  open: boolean
  onClose: () => void
}

/** Every save becomes a version, so it asks why the vision changed: the history then tells the story. */
export function SaveVisionDialog({ productId, content, open, onClose }: SaveVisionDialogProps) {
  const [reason, setReason] = useState('')
  const save = useVisionWrite(productId, 'vision.save')
  const close = () => {
    save.reset()
    onClose()
  }
  return (
    <Dialog open={open} title="Save the vision" onClose={close}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault()
          save.mutate(
            { productId, content, reason },
            {
              onSuccess: (version) => {
                notify(`Saved as version ${version.number}.`)
                setReason('')
                close()
              }
            }
          )
        }}
      >
        <TextField
          label="Reason for the change"
          hint="What did you learn or decide? The version history keeps it with the date."
          placeholder="Interviews showed that parents book, not swimmers"
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
