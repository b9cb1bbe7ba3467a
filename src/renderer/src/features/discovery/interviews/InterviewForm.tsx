import { useId, useState, type FormEvent } from 'react'
import type { BacklogListItem } from '@shared/api'
import type { Persona } from '@shared/api/methods/personas'
import type { Stakeholder } from '@shared/api/methods/stakeholders'
import type { Assumption, Interview } from '@shared/api/methods/discovery'
import { FEEDBACK_METHODS, FEEDBACK_METHOD_LABELS, type FeedbackMethod } from '@shared/domain/discovery/interviews'
import { ItemPicker } from '@renderer/features/ebm/experiments/ItemPicker'
import { FormActions } from '@renderer/ui/FormActions'
import { TextField } from '@renderer/ui/TextField'

export interface InterviewDraft {
  heldOn: string
  method: FeedbackMethod
  personaId: number | null
  stakeholderId: number | null
  person: string
  learned: string
  evidence: string
  evidenceLink: string
  itemIds: number[]
  assumptionIds: number[]
}

export const interviewDraftOf = (i: Interview | undefined, today: string): InterviewDraft => ({
  heldOn: i?.heldOn ?? today,
  method: i?.method ?? 'interview',
  personaId: i?.personaId ?? null,
  stakeholderId: i?.stakeholderId ?? null,
  person: i?.person ?? '',
  learned: i?.learned ?? '',
  evidence: i?.evidence ?? '',
  evidenceLink: i?.evidenceLink ?? '',
  itemIds: i?.itemIds ?? [],
  assumptionIds: i?.assumptionIds ?? []
})

interface InterviewFormProps {
  initial: InterviewDraft
  personas: readonly Persona[]
  stakeholders: readonly Stakeholder[]
  items: readonly BacklogListItem[]
  assumptions: readonly Assumption[]
  submitLabel: string
  pending: boolean
  error: unknown
  onSubmit: (draft: InterviewDraft) => void
  onCancel: () => void
}

const optionalId = (value: string) => (value === '' ? null : Number(value))

export function InterviewForm({
  initial,
  personas,
  stakeholders,
  items,
  assumptions,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel
}: InterviewFormProps) {
  const [draft, setDraft] = useState(initial)
  const ids = { heldOn: useId(), method: useId(), persona: useId(), stakeholder: useId() }
  const set =
    <K extends keyof InterviewDraft>(field: K) =>
    (value: InterviewDraft[K]) =>
      setDraft((d) => ({ ...d, [field]: value }))
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onSubmit(draft)
  }
  return (
    <form className="stack" onSubmit={submit}>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.heldOn}>Held on</label>
          <input id={ids.heldOn} type="date" value={draft.heldOn} onChange={(e) => set('heldOn')(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.method}>Method</label>
          <select
            id={ids.method}
            value={draft.method}
            onChange={(e) => set('method')(e.target.value as FeedbackMethod)}
          >
            {FEEDBACK_METHODS.map((m) => (
              <option key={m} value={m}>
                {FEEDBACK_METHOD_LABELS[m]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="stack">
        <legend>Who (one at least)</legend>
        <div className="field-row">
          <div className="field grow">
            <label htmlFor={ids.persona}>Persona</label>
            <select
              id={ids.persona}
              value={draft.personaId ?? ''}
              onChange={(e) => set('personaId')(optionalId(e.target.value))}
            >
              <option value="">No persona</option>
              {personas.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field grow">
            <label htmlFor={ids.stakeholder}>Stakeholder</label>
            <select
              id={ids.stakeholder}
              value={draft.stakeholderId ?? ''}
              onChange={(e) => set('stakeholderId')(optionalId(e.target.value))}
            >
              <option value="">No stakeholder</option>
              {stakeholders.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <TextField
          label="Person"
          hint="A name or a description, e.g. “Five lane swimmers at Millbrook”."
          value={draft.person}
          onChange={set('person')}
        />
      </fieldset>
      <TextField label="What you learned" rows={3} value={draft.learned} onChange={set('learned')} />
      <TextField
        label="Evidence"
        hint="What they said or did that shows it: a quote, a count, a recording."
        rows={2}
        value={draft.evidence}
        onChange={set('evidence')}
      />
      <TextField
        label="Link to the evidence"
        placeholder="https://…"
        value={draft.evidenceLink}
        onChange={set('evidenceLink')}
      />
      <ItemPicker items={items} selected={draft.itemIds} onChange={set('itemIds')} />
      {assumptions.length > 0 && (
        <fieldset className="check-list">
          <legend>Assumptions it speaks to</legend>
          {assumptions.map((a) => (
            <label key={a.id} className="checkbox">
              <input
                type="checkbox"
                checked={draft.assumptionIds.includes(a.id)}
                onChange={(e) =>
                  set('assumptionIds')(
                    e.target.checked ? [...draft.assumptionIds, a.id] : draft.assumptionIds.filter((id) => id !== a.id)
                  )
                }
              />
              {a.statement}
            </label>
          ))}
        </fieldset>
      )}
      <FormActions error={error} pending={pending} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  )
}
