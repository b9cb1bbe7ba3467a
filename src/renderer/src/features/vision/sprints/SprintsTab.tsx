import { useId, useState } from 'react'
import { useLocation } from 'wouter'
import type { BacklogListItem, Product } from '@shared/api'
import type { Team } from '@shared/api/methods/teams'
import type { ProductGoal } from '@shared/api/methods/goals'
import type { Sprint } from '@shared/api/methods/sprints'
import { SPRINT_OUTCOMES, SPRINT_OUTCOME_LABELS, type SprintOutcome } from '@shared/domain/vision/sprints'
import { useBacklog } from '@renderer/features/backlog/queries'
import { useTeams } from '@renderer/features/teams/queries'
import { reviewSprintPreference } from '@renderer/features/sprint-review/SprintReviewTab'
import { Dialog } from '@renderer/ui/Dialog'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { writePreference } from '@renderer/ui/storage'
import { notify } from '@renderer/ui/toastStore'
import { formatOptionalDay, todayIso } from '../format'
import { useGoals, useSprintStats, useSprints, useVisionWrite } from '../queries'
import { SprintForm, sprintDraftOf } from './SprintForm'
import { OUTCOME_ICONS, SprintStatsView } from './SprintStatsView'
import '@renderer/styles/teams.css'
import { formatCount } from '@shared/domain/format'

type Editing = { kind: 'new' } | { kind: 'edit'; sprint: Sprint } | null

export function SprintsTab({ product }: { product: Product }) {
  const sprints = useSprints(product.id)
  const stats = useSprintStats(product.id)
  const goals = useGoals(product.id)
  const backlog = useBacklog(product.id)
  const teams = useTeams(product.id).data ?? []
  const [editing, setEditing] = useState<Editing>(null)
  const error = sprints.error ?? stats.error ?? goals.error
  if (error) return <ErrorMessage error={error} />
  if (!sprints.data || !stats.data || !goals.data) return <p className="muted">Loading the Sprints…</p>
  // Without the backlog, Sprints still show; only item titles and the item picker are missing.
  const items = backlog.data ?? []
  const newestFirst = [...sprints.data].reverse()

  return (
    <div className="stack">
      <SprintStatsView stats={stats.data} />
      <ErrorMessage error={backlog.error} />
      <div className="toolbar">
        <h2 className="grow">Sprints</h2>
        <button type="button" className="primary" onClick={() => setEditing({ kind: 'new' })}>
          New Sprint…
        </button>
      </div>
      {newestFirst.length === 0 ? (
        <div className="empty-state">
          <h2>No Sprints yet</h2>
          <p>Add a Sprint with its dates and one Sprint Goal; at the Sprint Review, record whether the goal was met.</p>
        </div>
      ) : (
        <ul className="sprint-list" aria-label="Sprints, newest first">
          {newestFirst.map((sprint) => (
            <li key={sprint.id}>
              <SprintCard
                productId={product.id}
                sprint={sprint}
                goals={goals.data}
                items={items}
                teams={teams}
                onEdit={() => setEditing({ kind: 'edit', sprint })}
              />
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <SprintDialog
          productId={product.id}
          editing={editing}
          goals={goals.data}
          items={items}
          teams={teams}
          sprints={sprints.data}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  )
}

function SprintDialog({
  productId,
  editing,
  goals,
  items,
  teams,
  sprints,
  onClose
}: {
  productId: number
  editing: NonNullable<Editing>
  goals: readonly ProductGoal[]
  items: readonly BacklogListItem[]
  teams: readonly Team[]
  sprints: readonly Sprint[]
  onClose: () => void
}) {
  const create = useVisionWrite(productId, 'sprints.create')
  const update = useVisionWrite(productId, 'sprints.update')
  const sprint = editing.kind === 'edit' ? editing.sprint : undefined
  const write = sprint ? update : create
  const activeGoalId = goals.find((g) => g.status === 'active')?.id ?? null
  return (
    <Dialog open title={sprint ? `Edit ${sprint.name}` : 'New Sprint'} onClose={onClose}>
      <SprintForm
        initial={sprintDraftOf(sprint, activeGoalId, todayIso())}
        goals={goals}
        items={items}
        teams={teams}
        others={sprints.filter((other) => other.id !== sprint?.id)}
        submitLabel={sprint ? 'Save Sprint' : 'Add Sprint'}
        pending={write.isPending}
        error={write.error}
        onCancel={onClose}
        onSubmit={(draft) =>
          sprint
            ? update.mutate({ id: sprint.id, patch: draft }, { onSuccess: onClose })
            : create.mutate(
                { productId, ...draft },
                {
                  onSuccess: (added) => {
                    notify(`Added ${added.name}.`)
                    onClose()
                  }
                }
              )
        }
      />
    </Dialog>
  )
}

function SprintCard({
  productId,
  sprint,
  goals,
  items,
  teams,
  onEdit
}: {
  productId: number
  sprint: Sprint
  goals: readonly ProductGoal[]
  items: readonly BacklogListItem[]
  teams: readonly Team[]
  onEdit: () => void
}) {
  const team = teams.find((t) => t.id === sprint.teamId)
  const productGoal = goals.find((g) => g.id === sprint.productGoalId)
  const titles = new Map(items.map((i) => [i.id, i.title]))
  const remove = useVisionWrite(productId, 'sprints.delete')
  const [, navigate] = useLocation()
  const openReview = () => {
    writePreference(reviewSprintPreference(productId), String(sprint.id))
    navigate('/review')
  }
  const titleId = `sprint-${sprint.id}-title`
  return (
    <article className="card sprint-card" aria-labelledby={titleId}>
      <header className="goal-card-head">
        <h3 id={titleId}>{sprint.name}</h3>
        <span className="muted small">
          {formatOptionalDay(sprint.startDate)} – {formatOptionalDay(sprint.endDate)}
        </span>
        {team && <span className="team-chip">{team.name}</span>}
        {sprint.outcome && (
          <span className={`outcome outcome-${sprint.outcome}`}>
            <span aria-hidden="true">{OUTCOME_ICONS[sprint.outcome]}</span> {SPRINT_OUTCOME_LABELS[sprint.outcome]}
          </span>
        )}
      </header>
      <p className="sprint-goal">
        <strong>Sprint Goal:</strong> {sprint.goal || <span className="muted">not written yet</span>}
      </p>
      <p className="small">
        <strong>Serves:</strong> {productGoal ? productGoal.title : <span className="muted">no Product Goal</span>}
      </p>
      <details>
        <summary>{formatCount(sprint.itemIds.length, 'selected item')}</summary>
        <ul className="plain-list small">
          {sprint.itemIds.map((id) => (
            <li key={id}>{titles.get(id) ?? `#${id}`}</li>
          ))}
        </ul>
      </details>
      <SprintReview key={sprint.updatedAt} productId={productId} sprint={sprint} />
      <div className="row-actions">
        <button type="button" onClick={onEdit}>
          Edit…
        </button>
        <button type="button" onClick={openReview}>
          Sprint Review…
        </button>
        <button
          type="button"
          className="danger"
          disabled={remove.isPending}
          onClick={() => remove.mutate({ id: sprint.id })}
        >
          Delete
        </button>
      </div>
      <ErrorMessage error={remove.error} />
    </article>
  )
}

/** The Sprint Review's verdict on the Sprint Goal, and its notes. */
function SprintReview({ productId, sprint }: { productId: number; sprint: Sprint }) {
  const [outcome, setOutcome] = useState<SprintOutcome | null>(sprint.outcome)
  const [notes, setNotes] = useState(sprint.reviewNotes)
  const update = useVisionWrite(productId, 'sprints.update')
  const notesId = useId()
  const dirty = outcome !== sprint.outcome || notes !== sprint.reviewNotes
  return (
    <form
      className="sprint-review stack"
      onSubmit={(e) => {
        e.preventDefault()
        update.mutate(
          { id: sprint.id, patch: { outcome, reviewNotes: notes } },
          { onSuccess: () => notify(`Saved the review of ${sprint.name}.`) }
        )
      }}
    >
      <fieldset className="choice-group">
        <legend>Sprint Goal outcome</legend>
        <label className="checkbox">
          <input
            type="radio"
            name={`outcome-${sprint.id}`}
            checked={outcome === null}
            onChange={() => setOutcome(null)}
          />
          Not judged yet
        </label>
        {SPRINT_OUTCOMES.map((o) => (
          <label key={o} className="checkbox">
            <input type="radio" name={`outcome-${sprint.id}`} checked={outcome === o} onChange={() => setOutcome(o)} />
            {SPRINT_OUTCOME_LABELS[o]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={notesId}>Sprint Review notes</label>
        <textarea id={notesId} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </div>
      <ErrorMessage error={update.error} />
      {dirty && (
        <div>
          <button type="submit" className="primary" disabled={update.isPending}>
            Save review
          </button>
        </div>
      )}
    </form>
  )
}
