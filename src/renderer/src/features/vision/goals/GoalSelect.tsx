import { useId } from 'react'
import type { ProductGoal } from '@shared/api/methods/goals'

/** A labelled choice of Product Goal (or none), shared by the forms that link to a goal. */
export function GoalSelect({
  label = 'Product Goal',
  goals,
  value,
  onChange
}: {
  label?: string
  goals: readonly Pick<ProductGoal, 'id' | 'title' | 'status'>[]
  value: number | null
  onChange: (goalId: number | null) => void
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
        <option value="">None</option>
        {goals.map((g) => (
          <option key={g.id} value={g.id}>
            {g.title} ({g.status})
          </option>
        ))}
      </select>
    </div>
  )
}
