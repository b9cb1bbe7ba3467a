import { useState, type FormEvent } from 'react'
import type { Segment } from '@shared/api/methods/discovery'
import { FormActions } from '@renderer/ui/FormActions'
import { TextField } from '@renderer/ui/TextField'

export interface SegmentDraft {
  name: string
  description: string
  needs: string
  size: string
}

export const segmentDraftOf = (s?: Segment): SegmentDraft => ({
  name: s?.name ?? '',
  description: s?.description ?? '',
  needs: s?.needs ?? '',
  size: s?.size ?? ''
})

interface SegmentFormProps {
  initial: SegmentDraft
  submitLabel: string
  pending: boolean
  error: unknown
  onSubmit: (draft: SegmentDraft) => void
  onCancel: () => void
}

export function SegmentForm({ initial, submitLabel, pending, error, onSubmit, onCancel }: SegmentFormProps) {
  const [draft, setDraft] = useState(initial)
  const set = (field: keyof SegmentDraft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }))
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onSubmit(draft)
  }
  return (
    <form className="stack" onSubmit={submit}>
      <TextField label="Name" required placeholder="Swimming clubs" value={draft.name} onChange={set('name')} />
      <TextField
        label="Description"
        hint="Who belongs to it, and what sets them apart from other customers."
        rows={2}
        value={draft.description}
        onChange={set('description')}
      />
      <TextField
        label="Needs and jobs"
        hint="What they are trying to get done, in their words."
        rows={3}
        value={draft.needs}
        onChange={set('needs')}
      />
      <TextField
        label="Size or notes"
        placeholder="14 clubs, about 900 swimmers"
        value={draft.size}
        onChange={set('size')}
      />
      <FormActions error={error} pending={pending} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  )
}
