import { useState } from 'react'
import { Link } from 'wouter'
import type { Product } from '@shared/api'
import type { Assumption } from '@shared/api/methods/discovery'
import { ASSUMPTION_RISK_LABELS, QUADRANT_TEXT, RISKIEST_ADVICE } from '@shared/domain/discovery/assumptions'
import { useBacklog } from '@renderer/features/backlog/queries'
import { ExperimentForm } from '@renderer/features/ebm/experiments/ExperimentForm'
import { useGoals, useMeasures } from '@renderer/features/ebm/queries'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { Dialog } from '@renderer/ui/Dialog'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { notify } from '@renderer/ui/toastStore'
import { useAssumptionMap, useDiscoveryWrite } from '../queries'
import { AssumptionForm, assumptionDraftOf } from './AssumptionForm'
import { mapCells, type MapCell } from './shape'

type Editing = { assumption?: Assumption } | null

/** The assumption map (importance against evidence), its table, and the step from the riskiest assumption to an experiment. */
export function AssumptionsTab({ product }: { product: Product }) {
  const map = useAssumptionMap(product.id)
  const measures = useMeasures(product.id)
  const goals = useGoals(product.id)
  const backlog = useBacklog(product.id)
  const [editing, setEditing] = useState<Editing>(null)
  const [deleting, setDeleting] = useState<Assumption | null>(null)
  const [promoting, setPromoting] = useState<Assumption | null>(null)
  const remove = useDiscoveryWrite(product.id, 'discovery.assumptions.delete')
  const failed = [map, measures, goals, backlog].find((q) => q.error)
  if (failed) return <ErrorMessage error={failed.error} />
  if (!map.data || !measures.data || !goals.data || !backlog.data)
    return <p className="muted">Loading the assumption map…</p>
  const { assumptions, riskiestId } = map.data
  const riskiest = assumptions.find((a) => a.id === riskiestId)
  const canPromote = measures.data.length > 0

  return (
    <div className="stack">
      <div className="toolbar">
        <p className="grow muted small">{RISKIEST_ADVICE}</p>
        <button type="button" className="primary" onClick={() => setEditing({})}>
          Add assumption…
        </button>
      </div>
      {assumptions.length === 0 ? (
        <div className="empty-state">
          <h2>No assumptions yet</h2>
          <p>
            Write down what the product depends on that nobody has shown yet: that people want it, can use it, that it
            can be built and that it pays.
          </p>
        </div>
      ) : (
        <>
          {riskiest && (
            <section className="card riskiest" aria-labelledby="riskiest-title">
              <h2 id="riskiest-title">Test this next</h2>
              <p>
                <strong>{riskiest.statement}</strong>{' '}
                <span className="muted small">
                  (importance {riskiest.importance}, evidence {riskiest.evidence})
                </span>
              </p>
              {canPromote ? (
                <button type="button" className="primary" onClick={() => setPromoting(riskiest)}>
                  Make it an experiment…
                </button>
              ) : (
                <p className="hint small">
                  An experiment is judged by a measure:{' '}
                  <Link href="~/ebm/measures">adopt or create one in Evidence-Based Management</Link> first.
                </p>
              )}
            </section>
          )}
          {promoting && (
            <ExperimentForm
              key={promoting.id}
              productId={product.id}
              experiment={null}
              fromAssumption={promoting}
              measures={measures.data}
              goals={goals.data}
              items={backlog.data}
              onCancel={() => setPromoting(null)}
              onDone={(experiment) => {
                setPromoting(null)
                notify(`The experiment “${experiment.title}” now tests this assumption.`)
              }}
            />
          )}
          <AssumptionMapView cells={mapCells(assumptions)} onOpen={(assumption) => setEditing({ assumption })} />
          <AssumptionTable
            assumptions={assumptions}
            canPromote={canPromote}
            onEdit={(assumption) => setEditing({ assumption })}
            onPromote={setPromoting}
            onDelete={setDeleting}
          />
        </>
      )}
      <ErrorMessage error={remove.error} />
      {editing && (
        <AssumptionDialog productId={product.id} assumption={editing.assumption} onClose={() => setEditing(null)} />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete the assumption?"
        message="An experiment made from it stays in Evidence-Based Management."
        confirmLabel="Delete assumption"
        onConfirm={() =>
          deleting && remove.mutate({ id: deleting.id }, { onSuccess: () => notify('Deleted the assumption.') })
        }
        onClose={() => setDeleting(null)}
      />
    </div>
  )
}

/** The 2×2 map: importance upwards, evidence growing to the left, so the riskiest quadrant is top right. */
function AssumptionMapView({ cells, onOpen }: { cells: readonly MapCell[]; onOpen: (assumption: Assumption) => void }) {
  return (
    <figure className="assumption-map" aria-labelledby="assumption-map-caption">
      <figcaption id="assumption-map-caption">
        Assumption map: importance upwards, evidence growing to the left. Each assumption is numbered by risk, 1 the
        riskiest; the table below lists the same.
      </figcaption>
      <div className="assumption-axes">
        <span className="axis-y" aria-hidden="true">
          Importance ↑
        </span>
        <div className="assumption-grid">
          {cells.map((cell) => (
            <section
              key={cell.quadrant}
              className={`assumption-quadrant quadrant-${cell.quadrant}`}
              aria-label={`${cell.title}: ${cell.advice}`}
            >
              <h3>{cell.title}</h3>
              <p className="muted small">{cell.advice}</p>
              {cell.assumptions.length === 0 ? (
                <p className="muted small">None</p>
              ) : (
                <ul className="plain-list">
                  {cell.assumptions.map((a) => (
                    <li key={a.id}>
                      <button type="button" className="assumption-chip" onClick={() => onOpen(a)}>
                        <span className="assumption-rank">{a.rank}</span> {a.statement}
                        <span className="visually-hidden">
                          {' '}
                          (importance {a.importance}, evidence {a.evidence})
                        </span>
                        {a.experiment && <span className="badge">Experiment</span>}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
        <span className="axis-x" aria-hidden="true">
          ← Evidence
        </span>
      </div>
    </figure>
  )
}

interface AssumptionTableProps {
  assumptions: readonly Assumption[]
  canPromote: boolean
  onEdit: (assumption: Assumption) => void
  onPromote: (assumption: Assumption) => void
  onDelete: (assumption: Assumption) => void
}

function AssumptionTable({ assumptions, canPromote, onEdit, onPromote, onDelete }: AssumptionTableProps) {
  return (
    <section className="stack" aria-labelledby="assumption-table-title">
      <h2 id="assumption-table-title">Assumptions, riskiest first</h2>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Assumption</th>
              <th scope="col">Risk</th>
              <th scope="col">Importance</th>
              <th scope="col">Evidence</th>
              <th scope="col">On the map</th>
              <th scope="col">Experiment</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {assumptions.map((a, index) => (
              <tr key={a.id}>
                <td>{index + 1}</td>
                <th scope="row">{a.statement}</th>
                <td>{ASSUMPTION_RISK_LABELS[a.risk].split(':')[0]}</td>
                <td>{a.importance}</td>
                <td>{a.evidence}</td>
                <td>{QUADRANT_TEXT[a.quadrant].title}</td>
                <td>
                  {a.experiment ? (
                    <Link href="~/ebm/experiments">{a.experiment.title}</Link>
                  ) : canPromote ? (
                    <button type="button" onClick={() => onPromote(a)}>
                      Make an experiment…
                    </button>
                  ) : (
                    <span className="muted">none</span>
                  )}
                </td>
                <td className="row-actions">
                  <button type="button" onClick={() => onEdit(a)} aria-label={`Edit ${a.statement}`}>
                    Edit
                  </button>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => onDelete(a)}
                    aria-label={`Delete ${a.statement}`}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

function AssumptionDialog({
  productId,
  assumption,
  onClose
}: {
  productId: number
  assumption?: Assumption
  onClose: () => void
}) {
  const create = useDiscoveryWrite(productId, 'discovery.assumptions.create')
  const update = useDiscoveryWrite(productId, 'discovery.assumptions.update')
  const write = assumption ? update : create
  return (
    <Dialog open title={assumption ? 'Edit the assumption' : 'New assumption'} onClose={onClose}>
      <AssumptionForm
        initial={assumptionDraftOf(assumption)}
        submitLabel={assumption ? 'Save assumption' : 'Add assumption'}
        pending={write.isPending}
        error={write.error}
        onCancel={onClose}
        onSubmit={(draft) =>
          assumption
            ? update.mutate({ id: assumption.id, patch: draft }, { onSuccess: onClose })
            : create.mutate({ productId, ...draft }, { onSuccess: onClose })
        }
      />
    </Dialog>
  )
}
