import { useId, useState, type FormEvent } from 'react'
import type { Assumption } from '@shared/api/methods/discovery'
import {
  ASSUMPTION_RISKS,
  ASSUMPTION_RISK_LABELS,
  EVIDENCE_LABELS,
  IMPORTANCE_LABELS,
  QUADRANT_TEXT,
  quadrantOf,
  type AssumptionRisk
} from '@shared/domain/discovery/assumptions'
import { FormActions } from '@renderer/ui/FormActions'
import { TextField } from '@renderer/ui/TextField'

export interface AssumptionDraft {
  statement: string
  risk: AssumptionRisk
  importance: number
  evidence: number
  notes: string
}

export const assumptionDraftOf = (a?: Assumption): AssumptionDraft => ({
  statement: a?.statement ?? '',
  risk: a?.risk ?? 'value',
  importance: a?.importance ?? 3,
  evidence: a?.evidence ?? 1,
  notes: a?.notes ?? ''
})

const SCORES = [1, 2, 3, 4, 5] as const

interface AssumptionFormProps {
  initial: AssumptionDraft
  submitLabel: string
  pending: boolean
  error: unknown
  onSubmit: (draft: AssumptionDraft) => void
  onCancel: () => void
}

/** Importance and evidence are chosen by their meaning; the quadrant they put the assumption in shows as they change. */
export function AssumptionForm({ initial, submitLabel, pending, error, onSubmit, onCancel }: AssumptionFormProps) {
  const [draft, setDraft] = useState(initial)
  const ids = { risk: useId(), importance: useId(), evidence: useId() }
  const quadrant = QUADRANT_TEXT[quadrantOf(draft.importance, draft.evidence)]
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onSubmit(draft)
  }
  return (
    <form className="stack" onSubmit={submit}>
      <TextField
        label="Assumption"
        hint="Something the product depends on that you believe but have not shown."
        placeholder="Parents will pay for a whole term of lessons online"
        rows={2}
        value={draft.statement}
        onChange={(statement) => setDraft((d) => ({ ...d, statement }))}
      />
      <div className="field">
        <label htmlFor={ids.risk}>Risk</label>
        <select
          id={ids.risk}
          value={draft.risk}
          onChange={(e) => setDraft((d) => ({ ...d, risk: e.target.value as AssumptionRisk }))}
        >
          {ASSUMPTION_RISKS.map((risk) => (
            <option key={risk} value={risk}>
              {ASSUMPTION_RISK_LABELS[risk]}
            </option>
          ))}
        </select>
      </div>
      <div className="field-row">
        <div className="field grow">
          <label htmlFor={ids.importance}>Importance</label>
          <select
            id={ids.importance}
            value={draft.importance}
            onChange={(e) => setDraft((d) => ({ ...d, importance: Number(e.target.value) }))}
          >
            {SCORES.map((n) => (
              <option key={n} value={n}>
                {n}: {IMPORTANCE_LABELS[n]}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor={ids.evidence}>Evidence</label>
          <select
            id={ids.evidence}
            value={draft.evidence}
            onChange={(e) => setDraft((d) => ({ ...d, evidence: Number(e.target.value) }))}
          >
            {SCORES.map((n) => (
              <option key={n} value={n}>
                {n}: {EVIDENCE_LABELS[n]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="hint small" aria-live="polite">
        On the map: <strong>{quadrant.title}</strong>. {quadrant.advice}
      </p>
      <TextField label="Notes" rows={2} value={draft.notes} onChange={(notes) => setDraft((d) => ({ ...d, notes }))} />
      <FormActions error={error} pending={pending} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  )
}
