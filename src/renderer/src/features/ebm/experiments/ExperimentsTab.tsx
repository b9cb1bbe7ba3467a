import { useState } from 'react'
import { Link } from 'wouter'
import type { Product } from '@shared/api'
import type { Experiment } from '@shared/api/methods/ebm'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { notify } from '@renderer/ui/toastStore'
import { useBacklog } from '@renderer/features/backlog/queries'
import { useEbmWrite, useExperiments, useGoals, useMeasures } from '../queries'
import { ExperimentCard } from './ExperimentCard'
import { ExperimentForm } from './ExperimentForm'

type Editing = { kind: 'new' } | { kind: 'edit'; experiment: Experiment }

export function ExperimentsTab({ product }: { product: Product }) {
  const experiments = useExperiments(product.id)
  const measures = useMeasures(product.id)
  const goals = useGoals(product.id)
  const backlog = useBacklog(product.id)
  const remove = useEbmWrite(product.id, 'ebm.experiments.delete', { inline: false })
  const [editing, setEditing] = useState<Editing | null>(null)
  const [deleting, setDeleting] = useState<Experiment | null>(null)

  const queries = [experiments, measures, goals, backlog]
  if (queries.some((q) => q.isPending)) return <p className="muted">Loading the experiments…</p>
  const failed = queries.find((q) => q.error)
  if (failed) return <ErrorMessage error={failed.error} />
  const measureById = new Map((measures.data ?? []).map((m) => [m.id, m]))
  const goalById = new Map((goals.data ?? []).map((g) => [g.id, g]))
  const itemById = new Map((backlog.data ?? []).map((i) => [i.id, i]))
  const list = experiments.data ?? []
  const noMeasures = measures.data?.length === 0

  return (
    <div className="ebm-experiments">
      <div className="ebm-goals-intro">
        <p>
          An experiment states a change, the outcome you expect and how you will know. The result is read from the
          measure’s values; then decide to <strong>persevere</strong>, <strong>pivot</strong> or <strong>stop</strong>.
        </p>
        <button type="button" className="primary" disabled={noMeasures} onClick={() => setEditing({ kind: 'new' })}>
          New experiment
        </button>
      </div>
      {noMeasures && (
        <p className="form-note">
          An experiment is judged by a measure: <Link href="/measures">adopt or create one first</Link>.
        </p>
      )}
      {editing && (
        <ExperimentForm
          key={editing.kind === 'edit' ? editing.experiment.id : 'new'}
          productId={product.id}
          experiment={editing.kind === 'edit' ? editing.experiment : null}
          measures={measures.data ?? []}
          goals={goals.data ?? []}
          items={backlog.data ?? []}
          onCancel={() => setEditing(null)}
          onDone={(experiment) => {
            setEditing(null)
            notify(`Saved “${experiment.title}”.`)
          }}
        />
      )}
      {list.length === 0 && !editing && !noMeasures && (
        <div className="empty-state card">
          <h2>No experiments yet</h2>
          <p>
            Pick the goal you are least sure how to reach, write down one change you believe will move it, and the value
            that would prove you right by a date. Small, quick experiments teach the most.
          </p>
        </div>
      )}
      {list.length > 0 && (
        <ul className="ebm-experiment-list" aria-label="Experiments">
          {list.map((experiment) => (
            <ExperimentCard
              key={experiment.id}
              productId={product.id}
              experiment={experiment}
              measure={measureById.get(experiment.measureId)}
              goal={experiment.goalId === null ? undefined : goalById.get(experiment.goalId)}
              items={itemById}
              onEdit={() => setEditing({ kind: 'edit', experiment })}
              onDelete={() => setDeleting(experiment)}
            />
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete “${deleting?.title ?? ''}”?`}
        message="The hypothesis, its links and the recorded decision go; the measure and its values stay."
        confirmLabel="Delete experiment"
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return
          const experiment = deleting
          remove.mutate({ id: experiment.id }, { onSuccess: () => notify(`Deleted “${experiment.title}”.`) })
          if (editing?.kind === 'edit' && editing.experiment.id === experiment.id) setEditing(null)
        }}
      />
    </div>
  )
}
