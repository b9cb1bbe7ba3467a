import { useState, type FormEvent } from 'react'
import type { BacklogListItem } from '@shared/api'
import type { Experiment, Goal, MeasureSummary } from '@shared/api/methods/ebm'
import { experimentDraftFrom } from '@shared/domain/discovery/assumptions'
import { EXPERIMENT_STATUSES, GOAL_LEVEL_LABELS, type ExperimentStatus } from '@shared/domain/ebm/vocabulary'
import { useAreaWrite } from '@renderer/api/useAreaWrite'
import { discoveryKeys } from '@renderer/features/discovery/queries'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { ebmKeys, useEbmWrite } from '../queries'
import { hypothesisParts } from '../shape/hypothesis'
import { STATUS_LABELS } from '../shape/labels'
import { experimentFields, experimentFormOf, type ExperimentFormState } from './experimentForm'
import { HypothesisPreview } from './HypothesisPreview'
import { ItemPicker } from './ItemPicker'

interface ExperimentFormProps {
  productId: number
  experiment: Experiment | null
  /** Makes a new experiment of this assumption (Discovery's assumption map), which then shows it. */
  fromAssumption?: { id: number; statement: string }
  measures: readonly MeasureSummary[]
  goals: readonly Goal[]
  items: readonly BacklogListItem[]
  onDone: (experiment: Experiment) => void
  onCancel: () => void
}

/** The hypothesis as a sentence with blanks; the preview shows the sentence the experiment will be saved with. */
export function ExperimentForm({
  productId,
  experiment,
  fromAssumption,
  measures,
  goals,
  items,
  onDone,
  onCancel
}: ExperimentFormProps) {
  const draft = fromAssumption ? experimentDraftFrom(fromAssumption.statement) : null
  const [form, setForm] = useState(() => experimentFormOf(experiment, draft))
  const set = <K extends keyof ExperimentFormState>(key: K, value: ExperimentFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }))
  const create = useEbmWrite(productId, 'ebm.experiments.create')
  const update = useEbmWrite(productId, 'ebm.experiments.update')
  const promote = useAreaWrite('discovery.assumptions.promote', ebmKeys.all(productId), [discoveryKeys.all(productId)])
  const write = experiment ? update : fromAssumption ? promote : create
  const measure = measures.find((m) => String(m.id) === form.measureId)
  const parts = hypothesisParts({
    change: form.change,
    outcome: form.outcome,
    measureName: measure?.name ?? '',
    unit: measure?.unit ?? '',
    expectedValue: form.expectedValue,
    byDate: form.byDate
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const fields = experimentFields(form)
    if (experiment) update.mutate({ id: experiment.id, patch: fields }, { onSuccess: onDone })
    else if (fromAssumption)
      promote.mutate({ id: fromAssumption.id, ...fields }, { onSuccess: (made) => onDone(made.experiment) })
    else create.mutate({ productId, ...fields }, { onSuccess: onDone })
  }

  return (
    <section className="card ebm-experiment-form" aria-labelledby="ebm-experiment-form-title">
      <h2 id="ebm-experiment-form-title">
        {experiment
          ? `Edit “${experiment.title}”`
          : fromAssumption
            ? `Test the assumption “${fromAssumption.statement}”`
            : 'New experiment'}
      </h2>
      <form className="ebm-form" onSubmit={submit} onChange={() => write.error && write.reset()}>
        <div className="field-row">
          <div className="field grow">
            <label htmlFor="ebm-exp-title">Title</label>
            <input
              id="ebm-exp-title"
              value={form.title}
              autoFocus
              autoComplete="off"
              onChange={(e) => set('title', e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="ebm-exp-status">Status</label>
            <select
              id="ebm-exp-status"
              value={form.status}
              onChange={(e) => set('status', e.target.value as ExperimentStatus)}
            >
              {EXPERIMENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="ebm-hypothesis-fields">
          <div className="field">
            <label htmlFor="ebm-exp-change">We believe (the change)</label>
            <textarea
              id="ebm-exp-change"
              rows={2}
              value={form.change}
              placeholder="e.g. a one-tap rebooking button"
              onChange={(e) => set('change', e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="ebm-exp-outcome">will result in (the outcome)</label>
            <textarea
              id="ebm-exp-outcome"
              rows={2}
              value={form.outcome}
              placeholder="e.g. more members booking their next lane"
              onChange={(e) => set('outcome', e.target.value)}
            />
          </div>
          <div className="field-row">
            <div className="field grow">
              <label htmlFor="ebm-exp-measure">We will know when (measure)</label>
              <select id="ebm-exp-measure" value={form.measureId} onChange={(e) => set('measureId', e.target.value)}>
                <option value="">Choose a measure</option>
                {measures.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="ebm-exp-expected">reaches (value{measure?.unit ? `, ${measure.unit}` : ''})</label>
              <input
                id="ebm-exp-expected"
                type="number"
                step="any"
                value={form.expectedValue}
                onChange={(e) => set('expectedValue', e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="ebm-exp-date">by (date)</label>
              <input
                id="ebm-exp-date"
                type="date"
                value={form.byDate}
                onChange={(e) => set('byDate', e.target.value)}
              />
            </div>
          </div>
        </div>
        <HypothesisPreview parts={parts} />
        <div className="field">
          <label htmlFor="ebm-exp-goal">Serves the goal</label>
          <select id="ebm-exp-goal" value={form.goalId} onChange={(e) => set('goalId', e.target.value)}>
            <option value="">No goal</option>
            {goals.map((g) => (
              <option key={g.id} value={g.id}>
                {GOAL_LEVEL_LABELS[g.level]}: {g.title}
              </option>
            ))}
          </select>
        </div>
        <ItemPicker items={items} selected={form.itemIds} onChange={(ids) => set('itemIds', ids)} />
        <ErrorMessage error={write.error} />
        <div className="row-actions">
          <button type="submit" className="primary" disabled={write.isPending}>
            {experiment ? 'Save experiment' : fromAssumption ? 'Make it an experiment' : 'Add experiment'}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  )
}
