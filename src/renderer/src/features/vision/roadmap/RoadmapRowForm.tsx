import { useState, type FormEvent } from 'react'
import type { ProductGoal } from '@shared/api/methods/goals'
import type { RoadmapRow } from '@shared/api/methods/roadmap'
import { roadmapRowWarnings } from '@shared/domain/vision/roadmap'
import { FormActions } from '@renderer/ui/FormActions'
import { TextField } from '@renderer/ui/TextField'
import { GoalSelect } from '../goals/GoalSelect'

export interface RowDraft {
  timeframe: string
  name: string
  goal: string
  /** One feature per line. */
  features: string
  metrics: string
  productGoalId: number | null
}

export const rowDraftOf = (row?: RoadmapRow): RowDraft => ({
  timeframe: row?.timeframe ?? '',
  name: row?.name ?? '',
  goal: row?.goal ?? '',
  features: row?.features.join('\n') ?? '',
  metrics: row?.metrics ?? '',
  productGoalId: row?.productGoalId ?? null
})

/** The row as the API takes it: one feature per non-empty line. */
export function rowInput(draft: RowDraft) {
  return {
    timeframe: draft.timeframe,
    name: draft.name,
    goal: draft.goal,
    features: draft.features
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    metrics: draft.metrics,
    productGoalId: draft.productGoalId
  }
}

interface RoadmapRowFormProps {
  initial: RowDraft
  goals: readonly ProductGoal[]
  submitLabel: string
  pending: boolean
  error: unknown
  onSubmit: (draft: RowDraft) => void
  onCancel: () => void
}

export function RoadmapRowForm({
  initial,
  goals,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel
}: RoadmapRowFormProps) {
  const [draft, setDraft] = useState(initial)
  const set = (field: keyof RowDraft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }))
  const warnings = roadmapRowWarnings(rowInput(draft))
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onSubmit(draft)
  }
  return (
    <form className="stack" onSubmit={submit}>
      <div className="field-row">
        <TextField label="Timeframe" placeholder="Q3 2026" value={draft.timeframe} onChange={set('timeframe')} />
        <TextField
          className="grow"
          label="Name"
          required
          placeholder="Release 2: self-service"
          value={draft.name}
          onChange={set('name')}
        />
      </div>
      <TextField
        label="Goal"
        placeholder="Members book without calling the front desk"
        rows={2}
        value={draft.goal}
        onChange={set('goal')}
      />
      <TextField
        label="Features"
        hint="One per line; three to five is usual."
        rows={5}
        value={draft.features}
        onChange={set('features')}
      />
      <TextField
        label="Metrics"
        placeholder="Share of bookings made online"
        rows={2}
        value={draft.metrics}
        onChange={set('metrics')}
      />
      <GoalSelect
        goals={goals}
        value={draft.productGoalId}
        onChange={(productGoalId) => setDraft((d) => ({ ...d, productGoalId }))}
      />
      {warnings.length > 0 && (
        <ul className="row-warnings small" aria-label="Suggestions">
          {warnings.map((w) => (
            <li key={w}>
              <span aria-hidden="true">⚠ </span>
              {w}
            </li>
          ))}
        </ul>
      )}
      <FormActions error={error} pending={pending} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  )
}
