import { Fragment, type ReactNode } from 'react'
import type { WorkflowState } from '@shared/api'
import type { Team } from '@shared/api/methods/teams'
import { ITEM_TYPE_LABELS, ITEM_TYPES } from '@shared/domain/backlog'
import type { FilterForm } from './filterForm'

interface Props {
  form: FilterForm
  states: readonly WorkflowState[]
  teams: readonly Team[]
  labels: ReadonlyArray<{ id: number; name: string }>
  onChange<K extends keyof FilterForm>(key: K, value: FilterForm[K]): void
}

function Choice<K extends keyof FilterForm>({
  field,
  id,
  label,
  form,
  onChange,
  children
}: Pick<Props, 'form' | 'onChange'> & { field: K; id: string; label: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={form[field]} onChange={(e) => onChange(field, e.target.value as FilterForm[K])}>
        {children}
      </select>
    </div>
  )
}

/** The two ends of the estimate range, read as one phrase: "From 1 to 3". */
const RANGE_BOUNDS = [
  { key: 'min', label: 'From' },
  { key: 'max', label: 'to' }
] as const

/** The filter bar's fields: type, status, team (when the product has teams), label, readiness and estimate. */
export function FilterFields({ form, states, teams, labels, onChange }: Props) {
  const choice = { form, onChange }
  return (
    <>
      <Choice {...choice} field="type" id="filter-type" label="Type">
        <option value="">Any type</option>
        {ITEM_TYPES.map((type) => (
          <option key={type} value={type}>
            {ITEM_TYPE_LABELS[type]}
          </option>
        ))}
      </Choice>
      <Choice {...choice} field="stateId" id="filter-status" label="Status">
        <option value="">Any status</option>
        {states.map((state) => (
          <option key={state.id} value={state.id}>
            {state.name}
          </option>
        ))}
      </Choice>
      {teams.length > 0 && (
        <Choice {...choice} field="team" id="filter-team" label="Team">
          <option value="">Any team</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
          <option value="none">No team</option>
        </Choice>
      )}
      <Choice {...choice} field="label" id="filter-label" label="Label">
        <option value="">Any label</option>
        {labels.map((label) => (
          <option key={label.id} value={label.name}>
            {label.name}
          </option>
        ))}
      </Choice>
      <Choice {...choice} field="ready" id="filter-ready" label="Ready">
        <option value="">Ready or not</option>
        <option value="yes">Ready</option>
        <option value="no">Not ready</option>
      </Choice>
      <Choice {...choice} field="estimate" id="filter-estimate" label="Estimate">
        <option value="">Any estimate</option>
        <option value="none">No estimate</option>
        <option value="range">Between…</option>
      </Choice>
      {form.estimate === 'range' && (
        <div className="field estimate-range">
          {RANGE_BOUNDS.map(({ key, label }) => (
            <Fragment key={key}>
              <label htmlFor={`filter-${key}`}>{label}</label>
              <input
                id={`filter-${key}`}
                type="number"
                min={0}
                inputMode="decimal"
                value={form[key]}
                onChange={(e) => onChange(key, e.target.value)}
              />
            </Fragment>
          ))}
        </div>
      )}
    </>
  )
}
