import { useId, useState, type FormEvent } from 'react'
import type { Segment } from '@shared/api/methods/discovery'
import type { Persona } from '@shared/api/methods/personas'
import { initialsOf } from '@shared/domain/customers/personas'
import { PERSONA_KINDS, PERSONA_KIND_LABELS, type PersonaKind } from '@shared/domain/discovery/personas'
import { errorText } from '@renderer/api/errors'
import { FormError } from '@renderer/ui/ErrorMessage'
import { FormActions } from '@renderer/ui/FormActions'
import { TextField } from '@renderer/ui/TextField'
import { PersonaAvatar } from './PersonaAvatar'
import { readPicture } from './picture'

export interface PersonaDraft {
  name: string
  buyerOrUser: PersonaKind
  segmentId: number | null
  role: string
  picture: string | null
  context: string
  goals: string
  pains: string
  quote: string
}

export const personaDraftOf = (p?: Persona): PersonaDraft => ({
  name: p?.name ?? '',
  buyerOrUser: p?.buyerOrUser ?? 'user',
  segmentId: p?.segmentId ?? null,
  role: p?.role ?? '',
  picture: p?.picture ?? null,
  context: p?.context ?? '',
  goals: p?.goals ?? '',
  pains: p?.pains ?? '',
  quote: p?.quote ?? ''
})

interface PersonaFormProps {
  initial: PersonaDraft
  /** The product's customer segments, to place the persona in one. */
  segments: readonly Segment[]
  submitLabel: string
  pending: boolean
  error: unknown
  onSubmit: (draft: PersonaDraft) => void
  onCancel: () => void
}

export function PersonaForm({ initial, segments, submitLabel, pending, error, onSubmit, onCancel }: PersonaFormProps) {
  const [draft, setDraft] = useState(initial)
  const [pictureError, setPictureError] = useState<string | null>(null)
  const ids = { picture: useId(), kind: useId(), segment: useId() }
  const set = (field: 'name' | 'role' | 'context' | 'goals' | 'pains' | 'quote') => (value: string) =>
    setDraft((d) => ({ ...d, [field]: value }))
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onSubmit(draft)
  }
  return (
    <form className="stack" onSubmit={submit}>
      <div className="field-row">
        <TextField
          className="grow"
          label="Name"
          required
          placeholder="Sam, the early swimmer"
          value={draft.name}
          onChange={set('name')}
        />
        <TextField
          className="grow"
          label="Role in stories"
          hint="As written in “As a <role>, …”, e.g. swimmer."
          value={draft.role}
          onChange={set('role')}
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.kind}>Buyer or user</label>
          <select
            id={ids.kind}
            value={draft.buyerOrUser}
            onChange={(e) => setDraft((d) => ({ ...d, buyerOrUser: e.target.value as PersonaKind }))}
          >
            {PERSONA_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {PERSONA_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.segment}>Segment</label>
          <select
            id={ids.segment}
            value={draft.segmentId ?? ''}
            onChange={(e) =>
              setDraft((d) => ({ ...d, segmentId: e.target.value === '' ? null : Number(e.target.value) }))
            }
          >
            <option value="">No segment</option>
            {segments.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="persona-picture-field">
        <PersonaAvatar
          persona={{ name: draft.name || 'the persona', initials: initialsOf(draft.name), picture: draft.picture }}
        />
        <div className="field">
          <label htmlFor={ids.picture}>Picture (optional; initials otherwise)</label>
          <input
            id={ids.picture}
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
      {pictureError && <FormError>{pictureError}</FormError>}
      <TextField
        label="Context"
        hint="Who they are, where and when they meet the product."
        rows={2}
        value={draft.context}
        onChange={set('context')}
      />
      <TextField label="Goals" rows={2} value={draft.goals} onChange={set('goals')} />
      <TextField label="Pains" rows={2} value={draft.pains} onChange={set('pains')} />
      <TextField
        label="Quote"
        placeholder="“I just want to know there is a free lane before I leave home.”"
        value={draft.quote}
        onChange={set('quote')}
      />
      <FormActions error={error} pending={pending} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  )
}
