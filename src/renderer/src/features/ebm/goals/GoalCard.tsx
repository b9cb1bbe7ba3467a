import { Link } from 'wouter'
import type { Goal } from '@shared/api/methods/ebm'
import { GOAL_LEVEL_LABELS } from '@shared/domain/ebm/vocabulary'
import { formatValue } from '@shared/domain/ebm/format'
import { formatDay } from '../shape/format'
import { CHILD_LEVEL, type GoalNode } from '../shape/goalTree'
import { measureLink } from '../links'
import { ProgressBar } from './ProgressBar'

export type GoalAction =
  { kind: 'edit'; goal: Goal } | { kind: 'add-child'; parent: Goal } | { kind: 'delete'; goal: Goal }

/** One goal with its targets and progress, and its sub-goals nested below it. */
export function GoalCard({ node, onAction }: { node: GoalNode; onAction: (action: GoalAction) => void }) {
  const { goal, children } = node
  const childLevel = CHILD_LEVEL[goal.level]
  const titleId = `ebm-goal-${goal.id}`
  return (
    <li className={`ebm-goal level-${goal.level}`}>
      <article className="card" aria-labelledby={titleId}>
        <header className="ebm-goal-header">
          <div>
            <p className="ebm-level">{GOAL_LEVEL_LABELS[goal.level]}</p>
            <h3 id={titleId}>{goal.title}</h3>
            <p className="muted small">{goal.targetDate ? `Due ${formatDay(goal.targetDate)}` : 'No date set'}</p>
          </div>
          <div className="ebm-goal-actions">
            <button type="button" onClick={() => onAction({ kind: 'edit', goal })} aria-label={`Edit ${goal.title}`}>
              Edit
            </button>
            {childLevel && (
              <button type="button" onClick={() => onAction({ kind: 'add-child', parent: goal })}>
                Add {GOAL_LEVEL_LABELS[childLevel]}
              </button>
            )}
            <button
              type="button"
              className="danger"
              onClick={() => onAction({ kind: 'delete', goal })}
              aria-label={`Delete ${goal.title}`}
            >
              Delete
            </button>
          </div>
        </header>
        {goal.description && <p>{goal.description}</p>}
        <ProgressBar label={`Progress of ${goal.title}`} value={goal.progress.progress} />
        <p className="muted small">{goal.progress.explanation}</p>
        {(goal.currentState || goal.currentStateDate) && (
          <div className="ebm-current-state">
            <h4>Current State{goal.currentStateDate ? ` on ${formatDay(goal.currentStateDate)}` : ''}</h4>
            <p>{goal.currentState || '—'}</p>
          </div>
        )}
        {goal.targets.length > 0 && (
          <ul className="ebm-targets" aria-label={`Targets of ${goal.title}`}>
            {goal.targets.map((t) => (
              <li key={t.id}>
                <p>
                  <Link href={measureLink(t.measureId)}>{t.measureName}</Link> to{' '}
                  <strong>{formatValue(t.target, t.unit)}</strong>
                </p>
                <ProgressBar
                  size="small"
                  label={`${t.measureName} toward ${formatValue(t.target, t.unit)}`}
                  value={t.progress.progress}
                />
                <p className="muted small">{t.progress.explanation}</p>
              </li>
            ))}
          </ul>
        )}
      </article>
      {children.length > 0 && (
        <ul className="ebm-goal-children" aria-label={`Goals under ${goal.title}`}>
          {children.map((child) => (
            <GoalCard key={child.goal.id} node={child} onAction={onAction} />
          ))}
        </ul>
      )}
    </li>
  )
}
