import { useId, useState, type FormEvent } from 'react'
import type { Persona } from '@shared/api/methods/personas'
import { initialsOf } from '@shared/domain/customers/personas'
import { errorText } from '@renderer/api/errors'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { TextField } from '@renderer/ui/TextField'
import { PersonaAvatar } from './PersonaAvatar'
import { readPicture } from './picture'

export interface PersonaDraft {
  name: string
  role: string
  picture: string | null
  context: string
  goals: string
  pains: string
  quote: string
}

export const personaDraftOf = (p?: Persona): PersonaDraft => ({
  name: p?.name ?? '',
  role: p?.role ?? '',
  picture: p?.picture ?? null,
  context: p?.context ?? '',
  goals: p?.goals ?? '',
  pains: p?.pains ?? '',
  quote: p?.quote ?? ''
})

interface PersonaFormProps {
  initial: PersonaDraft
  submitLabel: string
  pending: boolean
  error: unknown
  onSubmit: (draft: PersonaDraft) => void
  onCancel: () => void
}

export function PersonaForm({ initial, submitLabel, pending, error, onSubmit, onCancel }: PersonaFormProps) {
  const [draft, setDraft] = useState(initial)
  const [pictureError, setPictureError] = useState<string | null>(null)
  const pictureId = useId()
  const set = (field: keyof PersonaDraft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }))
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onSubmit(draft)
  }
  return (
    <form className="stack" onSubmit={submit}>
      <div className="field-row">
        <TextField className="grow" label="Name" placeholder="Sam, the early swimmer" value={draft.name} onChange={set('name')} />
        <TextField
          className="grow"
          label="Role in stories"
          hint="As written in “As a <role>, …”, e.g. swimmer."
          value={draft.role}
          onChange={set('role')}
        />
      </div>
      <div className="persona-picture-field">
        <PersonaAvatar persona={{ name: draft.name || 'the persona', initials: initialsOf(draft.name), picture: draft.picture }} />
        <div className="field">
          <label htmlFor={pictureId}>Picture (optional; initials otherwise)</label>
          <input
            id={pictureId}
            type="file"
            accept="image/png,image/jpeg,image/webp,image/gif"
            onChange={(e) => {
              const file = e.target.files?.[0]
              setPictureError(null)
              if (file)
                readPicture(file)
                  .then((picture) => setDraft((d) => ({ ...d, picture })))
                  .catch((err: unknown) => setPictureError(errorText(err)))
            }}
          />
        </div>
        {draft.picture && (
          <button type="button" onClick={() => setDraft((d) => ({ ...d, picture: null }))}>
            Use initials
          </button>
        )}
      </div>
      {pictureError && (
        <p role="alert" className="form-error">
          {pictureError}
        </p>
      )}
      <TextField label="Context" hint="Who they are, where and when they meet the product." rows={2} value={draft.context} onChange={set('context')} />
      <TextField label="Goals" rows={2} value={draft.goals} onChange={set('goals')} />
      <TextField label="Pains" rows={2} value={draft.pains} onChange={set('pains')} />
      <TextField label="Quote" placeholder="“I just want to know there is a free lane before I leave home.”" value={draft.quote} onChange={set('quote')} />
      <ErrorMessage error={error} />
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </form>
  )
}
