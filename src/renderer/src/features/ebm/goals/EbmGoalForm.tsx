import { useState, type FormEvent } from 'react'
import type { Goal, MeasureSummary } from '@shared/api/methods/ebm'
import { GOAL_LEVELS, GOAL_LEVEL_LABELS, type GoalLevel } from '@shared/domain/ebm/vocabulary'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useEbmWrite } from '../queries'
import { parentCandidates } from '../shape/goalTree'
import { TargetRowsFieldset } from './TargetRowsFieldset'
import { targetRowsOf, targetsOf } from './targetRows'

export type GoalEditing = { kind: 'create'; level: GoalLevel; parentId: number | null } | { kind: 'edit'; goal: Goal }

interface EbmGoalFormProps {
  productId: number
  goals: readonly Goal[]
  measures: readonly MeasureSummary[]
  editing: GoalEditing
  onDone: (goal: Goal) => void
  onCancel: () => void
}

/** Mount with a key per goal or parent, so the form starts from what is being edited. */
export function EbmGoalForm({ productId, goals, measures, editing, onDone, onCancel }: EbmGoalFormProps) {
  const goal = editing.kind === 'edit' ? editing.goal : null
  const [level, setLevel] = useState<GoalLevel>(
    goal?.level ?? (editing.kind === 'create' ? editing.level : 'strategic')
  )
  const [parentId, setParentId] = useState(
    String(goal?.parentId ?? (editing.kind === 'create' ? (editing.parentId ?? '') : ''))
  )
  const [title, setTitle] = useState(goal?.title ?? '')
  const [description, setDescription] = useState(goal?.description ?? '')
  const [targetDate, setTargetDate] = useState(goal?.targetDate ?? '')
  const [currentState, setCurrentState] = useState(goal?.currentState ?? '')
  const [currentStateDate, setCurrentStateDate] = useState(goal?.currentStateDate ?? '')
  const [rows, setRows] = useState(() => targetRowsOf(goal))
  const create = useEbmWrite(productId, 'ebm.goals.create')
  const update = useEbmWrite(productId, 'ebm.goals.update')
  const write = goal ? update : create
  const parents = parentCandidates(goals, level).filter((g) => g.id !== goal?.id)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const fields = {
      parentId: parentId === '' ? null : Number(parentId),
      title,
      description,
      targetDate: targetDate || null,
      currentState,
      currentStateDate: currentStateDate || null,
      targets: targetsOf(rows)
    }
    if (goal) update.mutate({ id: goal.id, patch: fields }, { onSuccess: onDone })
    else create.mutate({ productId, level, ...fields }, { onSuccess: onDone })
  }

  const heading = goal ? `Edit “${goal.title}”` : `New ${GOAL_LEVEL_LABELS[level]}`
  return (
    <section className="card ebm-goal-form" aria-labelledby="ebm-goal-form-title">
      <h2 id="ebm-goal-form-title">{heading}</h2>
      <form className="ebm-form" onSubmit={submit} onChange={() => write.error && write.reset()}>
        <div className="field-row">
          {!goal && (
            <div className="field">
              <label htmlFor="ebm-goal-level">Level</label>
              <select
                id="ebm-goal-level"
                value={level}
                onChange={(e) => {
                  setLevel(e.target.value as GoalLevel)
                  setParentId('')
                }}
              >
                {GOAL_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {GOAL_LEVEL_LABELS[l]}
                  </option>
                ))}
              </select>
            </div>
          )}
          {level !== 'strategic' && (
            <div className="field">
              <label htmlFor="ebm-goal-parent">Serves</label>
              <select id="ebm-goal-parent" value={parentId} onChange={(e) => setParentId(e.target.value)}>
                <option value="">No parent goal</option>
                {parents.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field grow">
            <label htmlFor="ebm-goal-title">Title</label>
            <input
              id="ebm-goal-title"
              value={title}
              autoFocus
              autoComplete="off"
              onChange={(e) => setTitle(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="ebm-goal-date">Target date</label>
            <input id="ebm-goal-date" type="date" value={targetDate} onChange={(e) => setTargetDate(e.target.value)} />
          </div>
        </div>
        <div className="field">
          <label htmlFor="ebm-goal-description">Description</label>
          <textarea
            id="ebm-goal-description"
            rows={2}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </div>
        <div className="field-row">
          <div className="field grow">
            <label htmlFor="ebm-goal-current">Current State</label>
            <textarea
              id="ebm-goal-current"
              rows={2}
              value={currentState}
              placeholder="Where things stand now, in numbers and words"
              onChange={(e) => setCurrentState(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="ebm-goal-current-date">Current State as of</label>
            <input
              id="ebm-goal-current-date"
              type="date"
              value={currentStateDate}
              onChange={(e) => setCurrentStateDate(e.target.value)}
            />
          </div>
        </div>
        <TargetRowsFieldset rows={rows} measures={measures} onChange={setRows} />
        <ErrorMessage error={write.error} />
        <div className="row-actions">
          <button type="submit" className="primary" disabled={write.isPending}>
            {goal ? 'Save goal' : 'Add goal'}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  )
}
