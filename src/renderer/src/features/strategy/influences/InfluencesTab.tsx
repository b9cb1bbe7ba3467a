import { useState } from 'react'
import type { Product } from '@shared/api'
import type { Influence } from '@shared/api/methods/strategy'
import { CONTROL_LABELS, PREDICTABILITY_LABELS, QUADRANT_INFO } from '@shared/domain/strategy/influences'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { Dialog } from '@renderer/ui/Dialog'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useInfluences, useStrategyWrite } from '../queries'
import { InfluenceForm } from './InfluenceForm'
import { InfluenceGrid } from './InfluenceGrid'

/** What helps or hinders delivering value, rated for predictability and control, as a table and a 2×2 grid. */
export function InfluencesTab({ product }: { product: Product }) {
  const board = useInfluences(product.id)
  const [editing, setEditing] = useState<Influence | null>(null)
  const [removing, setRemoving] = useState<Influence | null>(null)
  const remove = useStrategyWrite(product.id, 'strategy.influences.delete')
  if (board.isPending) return <p className="muted">Loading…</p>
  if (board.error) return <ErrorMessage error={board.error} />
  const { influences } = board.data

  return (
    <div className="stack">
      <p className="muted small">
        List what affects your ability to deliver value: people, suppliers, rules, technology, the market. Rate how
        predictable each factor is and how much it is in your control; ratings of 4 and 5 count as predictable or in
        your control. The grid then suggests how to handle each one.
      </p>
      <section className="card stack" aria-labelledby="influences-title">
        <h2 id="influences-title">Factors</h2>
        {influences.length === 0 ? (
          <p>No factors yet. Add the first thing that helps or gets in the way of delivering value.</p>
        ) : (
          <div className="ebm-scroll">
            <table className="influence-table">
              <caption className="visually-hidden">Factors, the one needing most attention first</caption>
              <thead>
                <tr>
                  <th scope="col">Factor</th>
                  <th scope="col">Predictability</th>
                  <th scope="col">Control</th>
                  <th scope="col">Quadrant</th>
                  <th scope="col">Note</th>
                  <th scope="col">
                    <span className="visually-hidden">Change</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {influences.map((f) => (
                  <tr key={f.id}>
                    <th scope="row">{f.name}</th>
                    <td>{PREDICTABILITY_LABELS[f.predictability]}</td>
                    <td>{CONTROL_LABELS[f.control]}</td>
                    <td>{QUADRANT_INFO[f.quadrant].title}</td>
                    <td className="small">{f.note}</td>
                    <td className="row-actions">
                      <button type="button" aria-label={`Edit the factor ${f.name}`} onClick={() => setEditing(f)}>
                        Edit…
                      </button>
                      <button type="button" aria-label={`Remove the factor ${f.name}`} onClick={() => setRemoving(f)}>
                        Remove…
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <ErrorMessage error={remove.error} />
        <InfluenceForm productId={product.id} influence={null} />
      </section>
      <section className="stack" aria-labelledby="influence-grid-title">
        <h2 id="influence-grid-title">Predictability and control</h2>
        <InfluenceGrid influences={influences} />
      </section>
      {editing && (
        <Dialog open title={`Edit the factor ${editing.name}`} onClose={() => setEditing(null)}>
          <InfluenceForm key={editing.id} productId={product.id} influence={editing} onDone={() => setEditing(null)} />
        </Dialog>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.name ?? ''}?`}
        message="The factor and its ratings go; evidence that linked the influences keeps its snapshot."
        confirmLabel="Remove"
        onConfirm={() => removing && remove.mutate({ id: removing.id })}
        onClose={() => setRemoving(null)}
      />
    </div>
  )
}
