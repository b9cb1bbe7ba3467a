import { useState } from 'react'
import type { Product } from '@shared/api'
import type { ProductGoal } from '@shared/api/methods/goals'
import { isEnded } from '@shared/domain/vision/goals'
import { formatNumber } from '@shared/domain/format'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { notify } from '@renderer/ui/toastStore'
import { formatDateTime, formatOptionalDay } from '../format'
import { useGoals, useVisionWrite } from '../queries'
import { EndGoalDialog } from './EndGoalDialog'
import { ProductGoalForm, goalDraftOf } from './ProductGoalForm'
import { GoalStatus } from './GoalStatus'

export function GoalsTab({ product }: { product: Product }) {
  const goals = useGoals(product.id)
  const [ending, setEnding] = useState<ProductGoal | null>(null)
  if (goals.isPending) return <p className="muted">Loading the Product Goals…</p>
  if (goals.error) return <ErrorMessage error={goals.error} />
  const active = goals.data.find((g) => g.status === 'active')
  const drafts = goals.data.filter((g) => g.status === 'draft')
  const ended = goals.data.filter((g) => isEnded(g.status))

  return (
    <div className="stack">
      <p className="hint small">
        The Product Goal is the commitment of the Product Backlog: one measurable future state, pursued one at a time.
        It ends as achieved or abandoned before the next one starts.
      </p>
      <section aria-labelledby="active-goal-title" className="stack">
        <h2 id="active-goal-title">Active Product Goal</h2>
        {active ? (
          <GoalCard productId={product.id} goal={active} onEnd={setEnding} />
        ) : (
          <p className="muted">No goal is active. Start one of the drafts below, or write a new one.</p>
        )}
      </section>
      <section aria-labelledby="draft-goals-title" className="stack">
        <h2 id="draft-goals-title">Drafts</h2>
        {drafts.length === 0 && <p className="muted">No drafts waiting.</p>}
        <ul className="goal-list" aria-label="Draft goals">
          {drafts.map((goal) => (
            <li key={goal.id}>
              <GoalCard productId={product.id} goal={goal} onEnd={setEnding} />
            </li>
          ))}
        </ul>
        <NewGoal productId={product.id} />
      </section>
      <section aria-labelledby="ended-goals-title" className="stack">
        <h2 id="ended-goals-title">History</h2>
        {ended.length === 0 ? (
          <p className="muted">No goal has ended yet.</p>
        ) : (
          <ul className="goal-list" aria-label="Ended goals">
            {ended.map((goal) => (
              <li key={goal.id}>
                <GoalCard productId={product.id} goal={goal} onEnd={setEnding} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {ending && <EndGoalDialog key={ending.id} productId={product.id} goal={ending} onClose={() => setEnding(null)} />}
    </div>
  )
}

function GoalCard({
  productId,
  goal,
  onEnd
}: {
  productId: number
  goal: ProductGoal
  onEnd: (goal: ProductGoal) => void
}) {
  const [editing, setEditing] = useState(false)
  const activate = useVisionWrite(productId, 'goals.activate')
  const update = useVisionWrite(productId, 'goals.update')
  const remove = useVisionWrite(productId, 'goals.delete')
  const ended = isEnded(goal.status)
  const titleId = `goal-${goal.id}-title`

  if (editing)
    return (
      <article className="card goal-card" aria-labelledby={titleId}>
        <h3 id={titleId} className="visually-hidden">
          Edit {goal.title}
        </h3>
        <ProductGoalForm
          initial={goalDraftOf(goal)}
          submitLabel="Save goal"
          pending={update.isPending}
          error={update.error}
          onCancel={() => setEditing(false)}
          onSubmit={(patch) => update.mutate({ id: goal.id, patch }, { onSuccess: () => setEditing(false) })}
        />
      </article>
    )

  return (
    <article className={`card goal-card goal-card-${goal.status}`} aria-labelledby={titleId}>
      <header className="goal-card-head">
        <h3 id={titleId}>{goal.title}</h3>
        <GoalStatus status={goal.status} />
      </header>
      {goal.description && <p>{goal.description}</p>}
      <dl className="goal-measures">
        <div>
          <dt>Measure</dt>
          <dd>{goal.measure || '—'}</dd>
        </div>
        <div>
          <dt>Baseline</dt>
          <dd>{goal.baseline || '—'}</dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd>{goal.target || '—'}</dd>
        </div>
        <div>
          <dt>Target date</dt>
          <dd>{formatOptionalDay(goal.targetDate)}</dd>
        </div>
        <div>
          <dt>Items serving it</dt>
          <dd>{formatNumber(goal.itemIds.length)}</dd>
        </div>
      </dl>
      {ended && (
        <p className="goal-ending">
          <strong>{goal.status === 'achieved' ? 'Achieved' : 'Abandoned'}</strong>
          {goal.endedAt && <> on {formatDateTime(goal.endedAt)}</>}: {goal.endReason}
        </p>
      )}
      {!ended && (
        <div className="row-actions">
          {goal.status === 'draft' && (
            <button
              type="button"
              className="primary"
              disabled={activate.isPending}
              onClick={() =>
                activate.mutate(
                  { id: goal.id },
                  { onSuccess: () => notify(`“${goal.title}” is now the active Product Goal.`) }
                )
              }
            >
              Start pursuing
            </button>
          )}
          <button type="button" onClick={() => setEditing(true)}>
            Edit
          </button>
          <button type="button" onClick={() => onEnd(goal)}>
            End goal…
          </button>
          {goal.status === 'draft' && (
            <button
              type="button"
              className="danger"
              disabled={remove.isPending}
              onClick={() => remove.mutate({ id: goal.id })}
            >
              Delete draft
            </button>
          )}
        </div>
      )}
      <ErrorMessage error={activate.error ?? remove.error} />
    </article>
  )
}

function NewGoal({ productId }: { productId: number }) {
  const [open, setOpen] = useState(false)
  const create = useVisionWrite(productId, 'goals.create')
  if (!open)
    return (
      <div>
        <button type="button" onClick={() => setOpen(true)}>
          New Product Goal…
        </button>
      </div>
    )
  return (
    <section className="card" aria-labelledby="new-goal-title">
      <h3 id="new-goal-title">New Product Goal</h3>
      <p className="muted small">New goals start as drafts; start pursuing one when the active goal has ended.</p>
      <ProductGoalForm
        initial={goalDraftOf()}
        submitLabel="Add draft goal"
        pending={create.isPending}
        error={create.error}
        onCancel={() => {
          create.reset()
          setOpen(false)
        }}
        onSubmit={(draft) =>
          create.mutate(
            { productId, ...draft },
            {
              onSuccess: (goal) => {
                notify(`Added “${goal.title}” as a draft.`)
                setOpen(false)
              }
            }
          )
        }
      />
    </section>
  )
}
