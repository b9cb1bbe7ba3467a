import { useState } from 'react'
import type { Product } from '@shared/api'
import type { Goal } from '@shared/api/methods/ebm'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { notify } from '@renderer/ui/toastStore'
import { useEbmWrite, useGoals, useMeasures } from '../queries'
import { buildGoalTree } from '../shape/goalTree'
import { GoalCard, type GoalAction } from './GoalCard'
import { EbmGoalForm, type GoalEditing } from './EbmGoalForm'

const editingKey = (e: GoalEditing) =>
  e.kind === 'edit' ? `edit-${e.goal.id}` : `new-${e.level}-${e.parentId ?? 'root'}`

export function GoalsTab({ product }: { product: Product }) {
  const goals = useGoals(product.id)
  const measures = useMeasures(product.id)
  const remove = useEbmWrite(product.id, 'ebm.goals.delete', { inline: false })
  const [editing, setEditing] = useState<GoalEditing | null>(null)
  const [deleting, setDeleting] = useState<Goal | null>(null)

  if (goals.isPending || measures.isPending) return <p className="muted">Loading the goals…</p>
  if (goals.error) return <ErrorMessage error={goals.error} />
  if (measures.error) return <ErrorMessage error={measures.error} />
  const tree = buildGoalTree(goals.data)

  const onAction = (action: GoalAction) => {
    if (action.kind === 'delete') setDeleting(action.goal)
    else if (action.kind === 'edit') setEditing({ kind: 'edit', goal: action.goal })
    else
      setEditing({
        kind: 'create',
        level: action.parent.level === 'strategic' ? 'intermediate' : 'tactical',
        parentId: action.parent.id
      })
  }

  return (
    <div className="ebm-goals">
      <div className="ebm-goals-intro">
        <p>
          A <strong>Strategic Goal</strong> is the long-range ambition; <strong>Intermediate Goals</strong> are
          milestones on the way; <strong>Immediate Tactical Goals</strong> are what the team works toward next. Set
          targets on measures and the progress bars follow the values you record.
        </p>
        <button
          type="button"
          className="primary"
          onClick={() => setEditing({ kind: 'create', level: 'strategic', parentId: null })}
        >
          New Strategic Goal
        </button>
      </div>
      {editing && (
        <EbmGoalForm
          key={editingKey(editing)}
          productId={product.id}
          goals={goals.data}
          measures={measures.data}
          editing={editing}
          onCancel={() => setEditing(null)}
          onDone={(goal) => {
            setEditing(null)
            notify(`Saved “${goal.title}”.`)
          }}
        />
      )}
      {tree.length === 0 ? (
        !editing && (
          <div className="empty-state card">
            <h2>No goals yet</h2>
            <p>
              Start with a Strategic Goal: the change in the world the product aims for, with a Current State that says
              where things stand today. Then break it into Intermediate and Immediate Tactical Goals with targets on
              your measures.
            </p>
          </div>
        )
      ) : (
        <ul className="ebm-goal-tree" aria-label="Goal tree">
          {tree.map((node) => (
            <GoalCard key={node.goal.id} node={node} onAction={onAction} />
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete “${deleting?.title ?? ''}”?`}
        message="Goals under it stay, without a parent; experiments linked to it stay, without a goal."
        confirmLabel="Delete goal"
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return
          const goal = deleting
          remove.mutate({ id: goal.id }, { onSuccess: () => notify(`Deleted “${goal.title}”.`) })
          if (editing?.kind === 'edit' && editing.goal.id === goal.id) setEditing(null)
        }}
      />
    </div>
  )
}
