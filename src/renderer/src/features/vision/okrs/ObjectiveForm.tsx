import { useId, useState, type FormEvent } from 'react'
import type { ProductGoal } from '@shared/api/methods/goals'
import { FormActions } from '@renderer/ui/FormActions'
import { TextField } from '@renderer/ui/TextField'
import { emptyKeyResult, type KeyResultDraft, type ObjectiveDraft } from './objectiveDraft'
import { GoalSelect } from '../goals/GoalSelect'

interface ObjectiveFormProps {
  initial: ObjectiveDraft
  goals: readonly ProductGoal[]
  submitLabel: string
  pending: boolean
  error: unknown
  onSubmit: (draft: ObjectiveDraft) => void
  onCancel: () => void
}

export function ObjectiveForm({ initial, goals, submitLabel, pending, error, onSubmit, onCancel }: ObjectiveFormProps) {
  const [draft, setDraft] = useState(initial)
  const setKr = (index: number, field: keyof KeyResultDraft, value: string) =>
    setDraft((d) => ({ ...d, keyResults: d.keyResults.map((kr, i) => (i === index ? { ...kr, [field]: value } : kr)) }))
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onSubmit(draft)
  }
  return (
    <form className="stack" onSubmit={submit}>
      <TextField
        label="Objective"
        placeholder="Make booking effortless"
        value={draft.title}
        onChange={(title) => setDraft((d) => ({ ...d, title }))}
      />
      <GoalSelect goals={goals} value={draft.goalId} onChange={(goalId) => setDraft((d) => ({ ...d, goalId }))} />
      <fieldset className="kr-editor">
        <legend>Key results</legend>
        {draft.keyResults.map((kr, index) => (
          <div key={kr.id ?? `new-${index}`} className="kr-row" role="group" aria-label={`Key result ${index + 1}`}>
            <TextField
              className="grow"
              label="Key result"
              value={kr.title}
              onChange={(v) => setKr(index, 'title', v)}
            />
            <NumberText label="Baseline" value={kr.baseline} onChange={(v) => setKr(index, 'baseline', v)} />
            <NumberText label="Target" value={kr.target} onChange={(v) => setKr(index, 'target', v)} />
            <NumberText label="Current" value={kr.current} onChange={(v) => setKr(index, 'current', v)} />
            <TextField
              className="kr-unit"
              label="Unit"
              placeholder="%"
              value={kr.unit}
              onChange={(v) => setKr(index, 'unit', v)}
            />
            <button
              type="button"
              className="kr-remove"
              aria-label={`Remove key result ${index + 1}`}
              onClick={() => setDraft((d) => ({ ...d, keyResults: d.keyResults.filter((_, i) => i !== index) }))}
            >
              Remove
            </button>
          </div>
        ))}
        <div>
          <button
            type="button"
            onClick={() => setDraft((d) => ({ ...d, keyResults: [...d.keyResults, emptyKeyResult()] }))}
          >
            Add key result
          </button>
        </div>
      </fieldset>
      <FormActions error={error} pending={pending} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  )
}

function NumberText({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  const id = useId()
  return (
    <div className="field kr-number">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" inputMode="decimal" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  )
}
