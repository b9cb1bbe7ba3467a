import { useId, useState, type FormEvent } from 'react'
import type { Stakeholder } from '@shared/api/methods/stakeholders'
import { GRID_MAX, GRID_MIN, QUADRANT_GUIDANCE, quadrantOf } from '@shared/domain/customers/stakeholders'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { TextField } from '@renderer/ui/TextField'

export interface StakeholderDraft {
  name: string
  role: string
  power: number
  interest: number
  interests: string
  cadenceDays: number | null
  lastContactOn: string | null
}

export const stakeholderDraftOf = (s?: Stakeholder): StakeholderDraft => ({
  name: s?.name ?? '',
  role: s?.role ?? '',
  power: s?.power ?? 50,
  interest: s?.interest ?? 50,
  interests: s?.interests ?? '',
  cadenceDays: s?.cadenceDays ?? 14,
  lastContactOn: s?.lastContactOn ?? null
})

interface StakeholderFormProps {
  initial: StakeholderDraft
  submitLabel: string
  pending: boolean
  error: unknown
  onSubmit: (draft: StakeholderDraft) => void
  onCancel?: () => void
}

/** Every field of a stakeholder; power and interest as numbers are the keyboard way to place them on the grid. */
export function StakeholderForm({ initial, submitLabel, pending, error, onSubmit, onCancel }: StakeholderFormProps) {
  const [draft, setDraft] = useState(initial)
  const ids = { power: useId(), interest: useId(), cadence: useId(), last: useId() }
  const quadrant = quadrantOf(draft.power, draft.interest)
  const num = (text: string) => (text.trim() === '' ? Number.NaN : Number(text))
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
          value={draft.name}
          onChange={(name) => setDraft((d) => ({ ...d, name }))}
        />
        <TextField
          className="grow"
          label="Role"
          placeholder="Head of facilities"
          value={draft.role}
          onChange={(role) => setDraft((d) => ({ ...d, role }))}
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.power}>
            Power ({GRID_MIN}–{GRID_MAX})
          </label>
          <input
            id={ids.power}
            type="number"
            min={GRID_MIN}
            max={GRID_MAX}
            value={Number.isNaN(draft.power) ? '' : draft.power}
            onChange={(e) => setDraft((d) => ({ ...d, power: num(e.target.value) }))}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.interest}>
            Interest ({GRID_MIN}–{GRID_MAX})
          </label>
          <input
            id={ids.interest}
            type="number"
            min={GRID_MIN}
            max={GRID_MAX}
            value={Number.isNaN(draft.interest) ? '' : draft.interest}
            onChange={(e) => setDraft((d) => ({ ...d, interest: num(e.target.value) }))}
          />
        </div>
        <p className="quadrant-preview small">
          <strong>{QUADRANT_GUIDANCE[quadrant].title}</strong>
        </p>
      </div>
      <TextField
        label="Interests"
        hint="What they care about in this product."
        rows={2}
        value={draft.interests}
        onChange={(interests) => setDraft((d) => ({ ...d, interests }))}
      />
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.cadence}>Contact every (days)</label>
          <input
            id={ids.cadence}
            type="number"
            min={1}
            max={730}
            value={draft.cadenceDays === null || Number.isNaN(draft.cadenceDays) ? '' : draft.cadenceDays}
            onChange={(e) =>
              setDraft((d) => ({ ...d, cadenceDays: e.target.value === '' ? null : num(e.target.value) }))
            }
          />
        </div>
        <div className="field">
          <label htmlFor={ids.last}>Last contact</label>
          <input
            id={ids.last}
            type="date"
            value={draft.lastContactOn ?? ''}
            onChange={(e) => setDraft((d) => ({ ...d, lastContactOn: e.target.value || null }))}
          />
        </div>
      </div>
      <ErrorMessage error={error} />
      <div className="row-actions">
        <button type="submit" className="primary" disabled={pending}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  )
}
