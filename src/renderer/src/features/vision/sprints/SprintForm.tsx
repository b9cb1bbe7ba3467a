import { useId, useMemo, useState, type FormEvent } from 'react'
import type { BacklogListItem } from '@shared/api'
import type { Team } from '@shared/api/methods/teams'
import type { ProductGoal } from '@shared/api/methods/goals'
import type { Sprint } from '@shared/api/methods/sprints'
import { isEnded } from '@shared/domain/vision/goals'
import { sprintProblems, type OtherSprint } from '@shared/domain/vision/sprint-rules'
import { formatNumber } from '@shared/domain/format'
import { FormActions } from '@renderer/ui/FormActions'
import { TextField } from '@renderer/ui/TextField'
import { TeamField } from '@renderer/features/teams/TeamField'
import { todayIso } from '../format'
import { GoalSelect } from '../goals/GoalSelect'

export interface SprintDraft {
  name: string
  startDate: string
  endDate: string
  goal: string
  productGoalId: number | null
  teamId: number | null
  itemIds: number[]
}

export const sprintDraftOf = (sprint: Sprint | undefined, activeGoalId: number | null, today: string): SprintDraft => ({
  name: sprint?.name ?? '',
  startDate: sprint?.startDate ?? today,
  endDate: sprint?.endDate ?? today,
  goal: sprint?.goal ?? '',
  productGoalId: sprint ? sprint.productGoalId : activeGoalId,
  teamId: sprint?.teamId ?? null,
  itemIds: sprint?.itemIds ?? []
})

interface SprintFormProps {
  initial: SprintDraft
  goals: readonly ProductGoal[]
  items: readonly BacklogListItem[]
  teams: readonly Team[]
  /** The product's other Sprints, which this one must not overlap when they are its team's. */
  others: readonly OtherSprint[]
  submitLabel: string
  pending: boolean
  error: unknown
  onSubmit: (draft: SprintDraft) => void
  onCancel: () => void
}

const ITEMS_SHOWN = 60

export function SprintForm({
  initial,
  goals,
  items,
  teams,
  others,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel
}: SprintFormProps) {
  const [draft, setDraft] = useState(initial)
  const [filter, setFilter] = useState('')
  const ids = { start: useId(), end: useId(), filter: useId(), team: useId() }
  const selected = useMemo(() => new Set(draft.itemIds), [draft.itemIds])
  const goalChoices = goals.filter((g) => !isEnded(g.status) || g.id === initial.productGoalId)
  const needle = filter.trim().toLowerCase()
  const matching = items.filter((i) => selected.has(i.id) || !needle || i.title.toLowerCase().includes(needle))
  const toggle = (id: number) =>
    setDraft((d) => ({ ...d, itemIds: selected.has(id) ? d.itemIds.filter((x) => x !== id) : [...d.itemIds, id] }))
  // The same rules the service enforces, shown while the dates and goal are typed, each with its source.
  const problems = sprintProblems(draft, others, todayIso())
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onSubmit(draft)
  }

  return (
    <form className="stack" onSubmit={submit}>
      <div className="field-row">
        <TextField
          className="grow"
          label="Sprint name"
          placeholder="Sprint 12"
          value={draft.name}
          onChange={(name) => setDraft((d) => ({ ...d, name }))}
        />
        <div className="field">
          <label htmlFor={ids.start}>Start</label>
          <input
            id={ids.start}
            type="date"
            value={draft.startDate}
            onChange={(e) => setDraft((d) => ({ ...d, startDate: e.target.value }))}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.end}>End</label>
          <input
            id={ids.end}
            type="date"
            value={draft.endDate}
            onChange={(e) => setDraft((d) => ({ ...d, endDate: e.target.value }))}
          />
        </div>
      </div>
      <TextField
        label="Sprint Goal"
        hint="One objective for the Sprint that serves the Product Goal."
        rows={2}
        value={draft.goal}
        onChange={(goal) => setDraft((d) => ({ ...d, goal }))}
      />
      {teams.length > 0 && (
        <TeamField
          id={ids.team}
          teams={teams}
          teamId={draft.teamId}
          onChange={(teamId) => setDraft((d) => ({ ...d, teamId }))}
        />
      )}
      <GoalSelect
        label="Product Goal it serves"
        goals={goalChoices}
        value={draft.productGoalId}
        onChange={(productGoalId) => setDraft((d) => ({ ...d, productGoalId }))}
      />
      <fieldset className="item-picker">
        <legend>
          Selected items <span className="muted small">({formatNumber(draft.itemIds.length)})</span>
        </legend>
        <div className="field">
          <label htmlFor={ids.filter}>Find items</label>
          <input id={ids.filter} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </div>
        <ul className="check-list">
          {matching.slice(0, ITEMS_SHOWN).map((item) => (
            <li key={item.id}>
              <label className="checkbox">
                <input type="checkbox" checked={selected.has(item.id)} onChange={() => toggle(item.id)} />
                {item.title}
              </label>
            </li>
          ))}
        </ul>
        {matching.length > ITEMS_SHOWN && (
          <p className="muted small">
            Showing {ITEMS_SHOWN} of {formatNumber(matching.length)}; type to find others.
          </p>
        )}
      </fieldset>
      {problems.length > 0 && (
        <ul className="guardrails" aria-label="Scrum rules this Sprint breaks">
          {problems.map((problem) => (
            <li key={problem.field}>{problem.message}</li>
          ))}
        </ul>
      )}
      <FormActions error={error} pending={pending} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  )
}
