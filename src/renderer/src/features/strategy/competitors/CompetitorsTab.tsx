import { useState } from 'react'
import type { Product } from '@shared/api'
import type { Competitor } from '@shared/api/methods/strategy'
import { blockNotes } from '@shared/domain/strategy/canvases'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useCompetitors, useStrategyWrite } from '../queries'
import { ComparisonTable } from './ComparisonTable'
import { CompetitorForm } from './CompetitorForm'

/** Who else serves your customers, what they offer, and how the product compares on criteria you choose. */
export function CompetitorsTab({ product }: { product: Product }) {
  const board = useCompetitors(product.id)
  const [editing, setEditing] = useState<Competitor | 'new' | null>(null)
  const [removing, setRemoving] = useState<Competitor | null>(null)
  const remove = useStrategyWrite(product.id, 'strategy.competitors.delete')
  if (board.isPending) return <p className="muted">Loading…</p>
  if (board.error) return <ErrorMessage error={board.error} />
  const { competitors } = board.data

  return (
    <div className="stack">
      <p className="muted small">
        Include the way customers manage today without any product: it is often the strongest competitor. Scores are
        your judgement; note the evidence behind them in each competitor’s strengths and weaknesses.
      </p>
      <section className="card stack" aria-labelledby="comparison-title">
        <h2 id="comparison-title">Comparison</h2>
        {board.data.criteria.length === 0 && (
          <p>
            No criteria yet. Add the few things your customers choose on, such as price or where it works, and weigh
            each one.
          </p>
        )}
        <ComparisonTable board={board.data} />
      </section>
      <section className="stack" aria-labelledby="competitors-title">
        <div className="toolbar">
          <h2 id="competitors-title" className="grow">
            Competitors
          </h2>
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            Add a competitor…
          </button>
        </div>
        {competitors.length === 0 ? (
          <div className="empty-state">
            <h3>No competitors yet</h3>
            <p>Add the products, companies and habits your customers could choose instead of yours.</p>
          </div>
        ) : (
          <ul className="competitor-list" aria-label="Competitors">
            {competitors.map((c) => (
              <li key={c.id} className="card competitor-card" aria-labelledby={`competitor-${c.id}`}>
                <h3 id={`competitor-${c.id}`}>{c.name}</h3>
                {c.offer && <p>{c.offer}</p>}
                <dl className="competitor-facts">
                  <Notes term="Strengths" text={c.strengths} />
                  <Notes term="Weaknesses" text={c.weaknesses} />
                  {c.positioning && (
                    <div>
                      <dt>Price and positioning</dt>
                      <dd>{c.positioning}</dd>
                    </div>
                  )}
                </dl>
                <div className="toolbar">
                  <button type="button" onClick={() => setEditing(c)} aria-label={`Edit ${c.name}`}>
                    Edit…
                  </button>
                  <button type="button" onClick={() => setRemoving(c)} aria-label={`Remove ${c.name}`}>
                    Remove…
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      {editing && (
        <CompetitorForm
          key={editing === 'new' ? 'new' : editing.id}
          productId={product.id}
          competitor={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.name ?? ''}?`}
        message="The competitor and its scores go; evidence that linked the comparison keeps its snapshot."
        confirmLabel="Remove"
        onConfirm={() => removing && remove.mutate({ id: removing.id })}
        onClose={() => setRemoving(null)}
      />
    </div>
  )
}

function Notes({ term, text }: { term: string; text: string }) {
  const notes = blockNotes(text)
  if (notes.length === 0) return null
  return (
    <div>
      <dt>{term}</dt>
      <dd>
        <ul>
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </dd>
    </div>
  )
}
