import { useState } from 'react'
import type { Product } from '@shared/api'
import type { ProductGoal } from '@shared/api/methods/goals'
import type { Objective } from '@shared/api/methods/okrs'
import { Dialog } from '@renderer/ui/Dialog'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { formatPercent } from '../format'
import { ProgressBar } from '../ProgressBar'
import { useGoals, useOkrs, useVisionWrite } from '../queries'
import { ObjectiveForm } from './ObjectiveForm'
import { keyResultsInput, objectiveDraftOf } from './objectiveDraft'

type Editing = { objective?: Objective } | null

export function OkrsTab({ product }: { product: Product }) {
  const okrs = useOkrs(product.id)
  const goals = useGoals(product.id)
  const [editing, setEditing] = useState<Editing>(null)
  const error = okrs.error ?? goals.error
  if (error) return <ErrorMessage error={error} />
  if (!okrs.data || !goals.data) return <p className="muted">Loading the objectives…</p>

  return (
    <div className="stack">
      <div className="toolbar">
        <p className="grow muted small">
          An objective says where to go; its key results measure the way there, from a baseline to a target.
        </p>
        <button type="button" className="primary" onClick={() => setEditing({})}>
          New objective…
        </button>
      </div>
      {okrs.data.length === 0 ? (
        <div className="empty-state">
          <h2>No objectives yet</h2>
          <p>Add an objective with two to five measurable key results, and link it to the Product Goal it serves.</p>
        </div>
      ) : (
        <ul className="okr-list" aria-label="Objectives">
          {okrs.data.map((objective) => (
            <li key={objective.id}>
              <ObjectiveCard
                productId={product.id}
                objective={objective}
                goals={goals.data}
                onEdit={() => setEditing({ objective })}
              />
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <ObjectiveDialog
          productId={product.id}
          objective={editing.objective}
          goals={goals.data}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  )
}

function ObjectiveCard({
  productId,
  objective,
  goals,
  onEdit
}: {
  productId: number
  objective: Objective
  goals: readonly ProductGoal[]
  onEdit: () => void
}) {
  const remove = useVisionWrite(productId, 'okrs.delete')
  const goal = goals.find((g) => g.id === objective.goalId)
  const titleId = `objective-${objective.id}`
  return (
    <article className="card okr-card" aria-labelledby={titleId}>
      <header className="goal-card-head">
        <h3 id={titleId}>{objective.title}</h3>
        <span className="okr-progress-value">{formatPercent(objective.progress)}</span>
      </header>
      <ProgressBar value={objective.progress} label={`Progress of ${objective.title}`} />
      <p className="small">
        <strong>Product Goal:</strong> {goal ? `${goal.title} (${goal.status})` : <span className="muted">none</span>}
      </p>
      {objective.keyResults.length === 0 ? (
        <p className="muted">No key results yet.</p>
      ) : (
        <ul className="kr-list" aria-label={`Key results of ${objective.title}`}>
          {objective.keyResults.map((kr) => (
            <li key={kr.id} className="kr-item">
              <div className="kr-line">
                <span className="grow">{kr.title}</span>
                <span className="small muted">
                  from {kr.baseline}
                  {kr.unit} to {kr.target}
                  {kr.unit}, now{' '}
                  <strong>
                    {kr.current}
                    {kr.unit}
                  </strong>
                </span>
                <span className="kr-percent">{formatPercent(kr.progress)}</span>
              </div>
              <ProgressBar value={kr.progress} label={`Progress of ${kr.title}`} />
            </li>
          ))}
        </ul>
      )}
      <div className="row-actions">
        <button type="button" onClick={onEdit}>
          Edit…
        </button>
        <button
          type="button"
          className="danger"
          disabled={remove.isPending}
          onClick={() => remove.mutate({ id: objective.id })}
        >
          Delete
        </button>
      </div>
      <ErrorMessage error={remove.error} />
    </article>
  )
}

function ObjectiveDialog({
  productId,
  objective,
  goals,
  onClose
}: {
  productId: number
  objective?: Objective
  goals: readonly ProductGoal[]
  onClose: () => void
}) {
  const create = useVisionWrite(productId, 'okrs.create')
  const update = useVisionWrite(productId, 'okrs.update')
  const write = objective ? update : create
  const activeGoalId = goals.find((g) => g.status === 'active')?.id ?? null
  return (
    <Dialog open title={objective ? 'Edit objective' : 'New objective'} onClose={onClose}>
      <ObjectiveForm
        initial={objectiveDraftOf(objective, activeGoalId)}
        goals={goals}
        submitLabel={objective ? 'Save objective' : 'Add objective'}
        pending={write.isPending}
        error={write.error}
        onCancel={onClose}
        onSubmit={(draft) => {
          const fields = { title: draft.title, goalId: draft.goalId, keyResults: keyResultsInput(draft.keyResults) }
          if (objective) update.mutate({ id: objective.id, patch: fields }, { onSuccess: onClose })
          else create.mutate({ productId, ...fields }, { onSuccess: onClose })
        }}
      />
    </Dialog>
  )
}
