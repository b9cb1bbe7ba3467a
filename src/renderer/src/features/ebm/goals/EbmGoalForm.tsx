import { useState, type FormEvent } from 'react'
import type { Goal, MeasureSummary } from '@shared/api/methods/ebm'
import { GOAL_LEVELS, GOAL_LEVEL_LABELS, type GoalLevel } from '@shared/domain/ebm/vocabulary'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useEbmWrite } from '../queries'
import { parentCandidates } from '../shape/goalTree'

export type GoalEditing = { kind: 'create'; level: GoalLevel; parentId: number | null } | { kind: 'edit'; goal: Goal }

interface TargetRow {
  key: number
  measureId: string
  baseline: string
  target: string
}

/** Typed numbers go to the server as they are; text that is not a number arrives as NaN and is refused with the field's path. */
const toNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text))

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
  const [rows, setRows] = useState<TargetRow[]>(
    () =>
      goal?.targets.map((t, i) => ({
        key: i,
        measureId: String(t.measureId),
        baseline: String(t.baseline),
        target: String(t.target)
      })) ?? []
  )
  const create = useEbmWrite(productId, 'ebm.goals.create')
  const update = useEbmWrite(productId, 'ebm.goals.update')
  const write = goal ? update : create
  const parents = parentCandidates(goals, level).filter((g) => g.id !== goal?.id)

  const setRow = (key: number, change: Partial<TargetRow>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r)))

  // Picking a measure starts the baseline at its latest value: usually where the goal starts from.
  const pickMeasure = (row: TargetRow, measureId: string) => {
    const latest = measures.find((m) => String(m.id) === measureId)?.latest
    setRow(row.key, { measureId, baseline: row.baseline === '' && latest ? String(latest.value) : row.baseline })
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const fields = {
      parentId: parentId === '' ? null : Number(parentId),
      title,
      description,
      targetDate: targetDate || null,
      currentState,
      currentStateDate: currentStateDate || null,
      targets: rows.map((r) => ({
        measureId: Number(r.measureId),
        baseline: toNumber(r.baseline),
        target: toNumber(r.target)
      }))
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
        <fieldset className="ebm-target-rows">
          <legend>Targets on measures</legend>
          {rows.length === 0 && (
            <p className="muted small">
              No targets yet: without one, progress comes only from the goals below this one.
            </p>
          )}
          {rows.map((row, index) => (
            <div key={row.key} className="field-row ebm-target-row">
              <div className="field grow">
                <label htmlFor={`ebm-target-${row.key}-measure`}>Measure {index + 1}</label>
                <select
                  id={`ebm-target-${row.key}-measure`}
                  value={row.measureId}
                  onChange={(e) => pickMeasure(row, e.target.value)}
                >
                  <option value="">Choose a measure</option>
                  {measures.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                      {m.unit ? ` (${m.unit})` : ''}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`ebm-target-${row.key}-baseline`}>Baseline {index + 1}</label>
                <input
                  id={`ebm-target-${row.key}-baseline`}
                  type="number"
                  step="any"
                  value={row.baseline}
                  onChange={(e) => setRow(row.key, { baseline: e.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={`ebm-target-${row.key}-target`}>Target {index + 1}</label>
                <input
                  id={`ebm-target-${row.key}-target`}
                  type="number"
                  step="any"
                  value={row.target}
                  onChange={(e) => setRow(row.key, { target: e.target.value })}
                />
              </div>
              <button
                type="button"
                aria-label={`Remove target ${index + 1}`}
                onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}
              >
                Remove
              </button>
            </div>
          ))}
          <button
            type="button"
            disabled={measures.length === 0}
            onClick={() =>
              setRows((all) => [
                ...all,
                { key: Math.max(-1, ...all.map((r) => r.key)) + 1, measureId: '', baseline: '', target: '' }
              ])
            }
          >
            Add a target
          </button>
          {measures.length === 0 && (
            <p className="muted small">Adopt or create a measure first to set targets on it.</p>
          )}
        </fieldset>
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
