import { useState, type FormEvent } from 'react'
import { Link } from 'wouter'
import type { BacklogListItem } from '@shared/api'
import type { Experiment, Goal, MeasureSummary } from '@shared/api/methods/ebm'
import { EXPERIMENT_DECISIONS, GOAL_LEVEL_LABELS, type ExperimentDecision } from '@shared/domain/ebm/vocabulary'
import { formatValue } from '@shared/domain/ebm/format'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useEbmWrite } from '../queries'
import { DECISION_HINTS, DECISION_LABELS, RESULT_LABELS, STATUS_LABELS } from '../shape/labels'
import { formatDay } from '../shape/format'
import { measureLink } from '../links'

interface ExperimentCardProps {
  productId: number
  experiment: Experiment
  measure: MeasureSummary | undefined
  goal: Goal | undefined
  items: ReadonlyMap<number, BacklogListItem>
  onEdit: () => void
  onDelete: () => void
}

export function ExperimentCard({
  productId,
  experiment: e,
  measure,
  goal,
  items,
  onEdit,
  onDelete
}: ExperimentCardProps) {
  const unit = measure?.unit ?? ''
  const { evaluation } = e
  const titleId = `ebm-experiment-${e.id}`
  return (
    <li>
      <article className="card ebm-experiment" aria-labelledby={titleId}>
        <header className="ebm-goal-header">
          <div>
            <h3 id={titleId}>{e.title}</h3>
            <p className="ebm-tags">
              <span className="ebm-chip">{STATUS_LABELS[e.status]}</span>
              <span className={`ebm-chip result-${evaluation.result}`}>{RESULT_LABELS[evaluation.result]}</span>
              {e.decision && <span className="ebm-chip decided">Decision: {DECISION_LABELS[e.decision]}</span>}
            </p>
          </div>
          <div className="ebm-goal-actions">
            <button type="button" onClick={onEdit} aria-label={`Edit ${e.title}`}>
              Edit
            </button>
            <button type="button" className="danger" onClick={onDelete} aria-label={`Delete ${e.title}`}>
              Delete
            </button>
          </div>
        </header>
        <blockquote className="ebm-hypothesis">{e.hypothesis}</blockquote>
        <dl className="info-list">
          <dt>Measure</dt>
          <dd>
            <Link href={measureLink(e.measureId)}>{e.measureName}</Link>
          </dd>
          {e.assumption && (
            <>
              <dt>Tests the assumption</dt>
              <dd>
                <Link href="~/discovery/assumptions">{e.assumption.statement}</Link>
              </dd>
            </>
          )}
          <dt>Goal</dt>
          <dd>{goal ? `${GOAL_LEVEL_LABELS[goal.level]}: ${goal.title}` : <span className="muted">none</span>}</dd>
          <dt>Backlog items</dt>
          <dd>
            {e.itemIds.length === 0 ? (
              <span className="muted">none linked</span>
            ) : (
              <ul className="ebm-plain-list">
                {e.itemIds.map((id) => (
                  <li key={id}>
                    {items.get(id)?.key} {items.get(id)?.title ?? '(no longer in the backlog)'}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
        <section className={`ebm-evaluation result-${evaluation.result}`} aria-label={`Result of ${e.title}`}>
          <h4>Result: {RESULT_LABELS[evaluation.result]}</h4>
          <p>
            Expected <strong>{formatValue(evaluation.expected, unit)}</strong> by {formatDay(e.byDate)}; actual{' '}
            <strong>{evaluation.actual ? `${formatValue(evaluation.actual.value, unit)}` : 'no value yet'}</strong>
            {evaluation.actual && ` on ${formatDay(evaluation.actual.date)}`}.
          </p>
          <p className="muted small">{evaluation.explanation}</p>
        </section>
        <DecisionForm key={`${e.id}:${e.decidedAt ?? 'open'}`} productId={productId} experiment={e} />
      </article>
    </li>
  )
}

/** Inspect and adapt: persevere, pivot or stop, with the reasoning kept next to the result. */
function DecisionForm({ productId, experiment: e }: { productId: number; experiment: Experiment }) {
  const [decision, setDecision] = useState<ExperimentDecision | null>(e.decision)
  const [notes, setNotes] = useState(e.decisionNotes)
  const decide = useEbmWrite(productId, 'ebm.experiments.decide')
  const name = `ebm-decision-${e.id}`

  const submit = (event: FormEvent) => {
    event.preventDefault()
    decide.mutate({ id: e.id, decision, notes })
  }

  return (
    <form
      className="ebm-form ebm-decision"
      onSubmit={submit}
      onChange={() => decide.error && decide.reset()}
      aria-label={`Decision on ${e.title}`}
    >
      <fieldset className="ebm-segmented">
        <legend>Decision</legend>
        {EXPERIMENT_DECISIONS.map((d) => (
          <label key={d} className={decision === d ? 'checked' : undefined} title={DECISION_HINTS[d]}>
            <input type="radio" name={name} value={d} checked={decision === d} onChange={() => setDecision(d)} />
            {DECISION_LABELS[d]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${name}-notes`}>Decision notes</label>
        <textarea
          id={`${name}-notes`}
          rows={2}
          value={notes}
          placeholder="What the result taught you and what happens next"
          onChange={(ev) => setNotes(ev.target.value)}
        />
      </div>
      {e.decidedAt && (
        <p className="muted small">
          Decided on {formatDay(e.decidedAt.slice(0, 10))}
          {e.decision ? `: ${DECISION_LABELS[e.decision]}, ${DECISION_HINTS[e.decision]}` : ''}.
        </p>
      )}
      <ErrorMessage error={decide.error} />
      <div className="row-actions">
        <button type="submit" className="primary" disabled={decide.isPending || decision === null}>
          Record decision
        </button>
        {e.decision && (
          <button
            type="button"
            disabled={decide.isPending}
            onClick={() => decide.mutate({ id: e.id, decision: null, notes })}
          >
            Reopen
          </button>
        )}
      </div>
    </form>
  )
}
