import { useState } from 'react'
import type { Product } from '@shared/api'
import type { ProductGoal } from '@shared/api/methods/goals'
import type { Roadmap, RoadmapRow } from '@shared/api/methods/roadmap'
import { Dialog } from '@renderer/ui/Dialog'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { ExportButtons } from '../export/ExportButtons'
import { goTableMarkup } from '../export/roadmapMarkup'
import { useVisionWrite } from '../queries'
import { RoadmapRowForm, rowDraftOf, rowInput } from './RoadmapRowForm'

type Editing = { row?: RoadmapRow } | null

/** Pichler's goal-oriented roadmap: per period a goal, three to five features that reach it, and its metrics. */
export function GoRoadmapTable({
  product,
  roadmap,
  goals
}: {
  product: Product
  roadmap: Roadmap
  goals: readonly ProductGoal[]
}) {
  const [editing, setEditing] = useState<Editing>(null)
  const reorder = useVisionWrite(product.id, 'roadmap.rows.reorder')
  const remove = useVisionWrite(product.id, 'roadmap.rows.delete')
  const rows = roadmap.rows
  const goalTitles = new Map(goals.map((g) => [g.id, g.title]))

  const shift = (index: number, delta: number) => {
    const ids = rows.map((r) => r.id)
    const [moved] = ids.splice(index, 1)
    if (moved === undefined) return
    ids.splice(index + delta, 0, moved)
    reorder.mutate({ productId: product.id, ids })
  }

  return (
    <section className="stack" aria-labelledby="go-title">
      <div className="toolbar">
        <h2 id="go-title" className="grow">
          Goal-oriented roadmap
        </h2>
        <ExportButtons
          title={`${product.name} goal-oriented roadmap`}
          width={1100}
          markup={() => goTableMarkup(product.name, rows)}
        />
        <button type="button" className="primary" onClick={() => setEditing({})}>
          Add row…
        </button>
      </div>
      <ErrorMessage error={reorder.error ?? remove.error} />
      {rows.length === 0 ? (
        <p className="muted">
          No rows yet. Add one per release or period: its timeframe, a name, the goal, three to five features and a
          metric.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table go-table">
            <thead>
              <tr>
                <th scope="col">Timeframe</th>
                <th scope="col">Name</th>
                <th scope="col">Goal</th>
                <th scope="col">Features</th>
                <th scope="col">Metrics</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={row.id}>
                  <td>{row.timeframe}</td>
                  <th scope="row">{row.name}</th>
                  <td>
                    {row.goal}
                    {row.productGoalId !== null && (
                      <p className="muted small">
                        Product Goal: {goalTitles.get(row.productGoalId) ?? `#${row.productGoalId}`}
                      </p>
                    )}
                    {row.warnings.length > 0 && (
                      <ul className="row-warnings small">
                        {row.warnings.map((w) => (
                          <li key={w}>
                            <span aria-hidden="true">⚠ </span>
                            {w}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    <ul className="plain-list">
                      {row.features.map((f, i) => (
                        <li key={i}>{f}</li>
                      ))}
                    </ul>
                  </td>
                  <td>{row.metrics}</td>
                  <td className="row-actions-cell">
                    <button
                      type="button"
                      aria-label={`Move ${row.name || 'row'} up`}
                      disabled={index === 0}
                      onClick={() => shift(index, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      aria-label={`Move ${row.name || 'row'} down`}
                      disabled={index === rows.length - 1}
                      onClick={() => shift(index, 1)}
                    >
                      ↓
                    </button>
                    <button type="button" onClick={() => setEditing({ row })}>
                      Edit
                    </button>
                    <button
                      type="button"
                      className="danger"
                      aria-label={`Delete ${row.name || 'row'}`}
                      onClick={() => remove.mutate({ id: row.id })}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && <RowDialog productId={product.id} row={editing.row} goals={goals} onClose={() => setEditing(null)} />}
    </section>
  )
}

function RowDialog({
  productId,
  row,
  goals,
  onClose
}: {
  productId: number
  row?: RoadmapRow
  goals: readonly ProductGoal[]
  onClose: () => void
}) {
  const create = useVisionWrite(productId, 'roadmap.rows.create')
  const update = useVisionWrite(productId, 'roadmap.rows.update')
  const write = row ? update : create
  return (
    <Dialog open title={row ? 'Edit roadmap row' : 'New roadmap row'} onClose={onClose}>
      <RoadmapRowForm
        initial={rowDraftOf(row)}
        goals={goals}
        submitLabel={row ? 'Save row' : 'Add row'}
        pending={write.isPending}
        error={write.error}
        onCancel={onClose}
        onSubmit={(draft) =>
          row
            ? update.mutate({ id: row.id, patch: rowInput(draft) }, { onSuccess: onClose })
            : create.mutate({ productId, ...rowInput(draft) }, { onSuccess: onClose })
        }
      />
    </Dialog>
  )
}
