import { useId, useState, type FormEvent } from 'react'
import type { ProductGoal } from '@shared/api/methods/goals'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { TextField } from '@renderer/ui/TextField'

export interface GoalDraft {
  title: string
  description: string
  measure: string
  baseline: string
  target: string
  targetDate: string | null
}

export const goalDraftOf = (goal?: ProductGoal): GoalDraft => ({
  title: goal?.title ?? '',
  description: goal?.description ?? '',
  measure: goal?.measure ?? '',
  baseline: goal?.baseline ?? '',
  target: goal?.target ?? '',
  targetDate: goal?.targetDate ?? null
})

interface ProductGoalFormProps {
  initial: GoalDraft
  submitLabel: string
  pending: boolean
  error: unknown
  onSubmit: (draft: GoalDraft) => void
  onCancel?: () => void
}

/** A Product Goal is a measurable future state: what, measured how, from where, to where, by when. */
export function ProductGoalForm({ initial, submitLabel, pending, error, onSubmit, onCancel }: ProductGoalFormProps) {
  const [draft, setDraft] = useState(initial)
  const dateId = useId()
  const set = (field: keyof GoalDraft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }))
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onSubmit(draft)
  }
  return (
    <form className="stack goal-form" onSubmit={submit}>
      <TextField
        label="Product Goal"
        placeholder="Members book a lane without calling the pool"
        value={draft.title}
        onChange={set('title')}
      />
      <div className="field-row">
        <TextField
          className="grow"
          label="Measure"
          placeholder="Share of bookings made online"
          value={draft.measure}
          onChange={set('measure')}
        />
        <TextField label="Baseline" placeholder="35%" value={draft.baseline} onChange={set('baseline')} />
        <TextField label="Target" placeholder="70%" value={draft.target} onChange={set('target')} />
        <div className="field">
          <label htmlFor={dateId}>Target date</label>
          <input
            id={dateId}
            type="date"
            value={draft.targetDate ?? ''}
            onChange={(e) => setDraft((d) => ({ ...d, targetDate: e.target.value || null }))}
          />
        </div>
      </div>
      <TextField label="Description" rows={2} value={draft.description} onChange={set('description')} />
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
