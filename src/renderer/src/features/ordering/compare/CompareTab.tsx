import { useMemo, useState } from 'react'
import type { Product } from '@shared/api'
import type { OrderingComparison } from '@shared/api/methods/ordering'
import { formatNumber } from '@shared/domain/ordering/compare'
import { MODEL_LABELS, ORDERING_MODELS, type OrderingModel } from '@shared/domain/ordering/scales'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { VirtualList } from '@renderer/ui/virtual/VirtualList'
import { ApplyModelOrder } from '../shared/ApplyModelOrder'
import { formatScore } from '../shared/fields'
import { useComparison } from '../queries'
import { readTau } from './reading'
import { formatCount } from '@shared/domain/format'

type ComparedItem = OrderingComparison['items'][number]
const itemKey = (item: ComparedItem) => item.id
/** One line of an order list at its font size. */
const ORDER_ITEM_HEIGHT = 23

export function CompareTab({ product }: { product: Product }) {
  const [model, setModel] = useState<OrderingModel>('wsjf')
  const comparison = useComparison(product.id, model)
  return (
    <>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="compare-model">Compare your order with</label>
          <select id="compare-model" value={model} onChange={(e) => setModel(e.target.value as OrderingModel)}>
            {ORDERING_MODELS.map((m) => (
              <option key={m} value={m}>
                {MODEL_LABELS[m]}
              </option>
            ))}
          </select>
        </div>
        <span className="grow" />
        <ApplyModelOrder productId={product.id} model={model} />
      </div>
      {comparison.isPending && <p className="muted">Comparing…</p>}
      {comparison.error && <ErrorMessage error={comparison.error} />}
      {comparison.data && <ComparisonView comparison={comparison.data} />}
    </>
  )
}

function ComparisonView({ comparison }: { comparison: OrderingComparison }) {
  const label = MODEL_LABELS[comparison.model]
  const total = comparison.items.length
  const manual = useMemo(
    () => [...comparison.items].sort((a, b) => a.manualPosition - b.manualPosition),
    [comparison.items]
  )
  const moverIds = useMemo(() => new Set(comparison.movers.map((m) => m.id)), [comparison.movers])
  if (total === 0) {
    return (
      <div className="empty-state">
        <h2>Nothing to compare</h2>
        <p>
          No backlog item is waiting to be started. Add items on the Backlog screen and score them to see how a model
          would order them.
        </p>
      </div>
    )
  }
  const moverClass = (item: ComparedItem) => (moverIds.has(item.id) ? 'mover' : undefined)
  return (
    <>
      <section className="card" aria-labelledby="compare-summary">
        <h2 id="compare-summary">How far apart are the two orders?</h2>
        <div className="undo-bar">
          {comparison.kendallTau !== null && (
            <span className="tau" aria-label={`Kendall tau ${comparison.kendallTau.toFixed(2)}`}>
              τ = {comparison.kendallTau.toFixed(2)}
            </span>
          )}
          <p>{readTau(comparison.kendallTau, label)}</p>
        </div>
        <p className="muted small">
          Kendall tau counts the pairs of items both orders put the same way round: 1 is the same order, 0 no relation,
          −1 the reverse. On average an item moves {formatNumber(comparison.averageDisplacement)}{' '}
          {comparison.averageDisplacement === 1 ? 'place' : 'places'}. Measured over the{' '}
          {formatCount(comparison.scoredCount, 'item')} {label} can score
          {comparison.unscoredCount > 0 &&
            `; ${formatCount(comparison.unscoredCount, 'not fully scored item follows', 'not fully scored items follow')} in your order`}
          .
        </p>
        <p className="tie-break">{comparison.tieBreak}</p>
      </section>

      <section className="card" aria-labelledby="compare-movers">
        <h2 id="compare-movers">Items that move most</h2>
        {comparison.movers.length === 0 ? (
          <p className="muted">No scored item changes place: your order already follows {label}.</p>
        ) : (
          <ol className="mover-list">
            {comparison.movers.map((mover) => (
              <li key={mover.id}>
                <strong>{mover.title}</strong>{' '}
                <span className={mover.shift > 0 ? 'move-up' : 'move-down'}>
                  {mover.shift > 0 ? '↑ up' : '↓ down'} {formatCount(Math.abs(mover.shift), 'place')}
                </span>
                <br />
                <span>{mover.reason}</span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <div className="compare-columns">
        <section className="card" aria-labelledby="compare-manual">
          <h2 id="compare-manual">Your order</h2>
          <VirtualList
            label={{ labelledBy: 'compare-manual' }}
            ordered
            className="order-list"
            items={manual}
            itemKey={itemKey}
            itemHeight={ORDER_ITEM_HEIGHT}
            itemClassName={moverClass}
            renderItem={(item) => item.title}
          />
        </section>
        <section className="card" aria-labelledby="compare-model-order">
          <h2 id="compare-model-order">By {label}</h2>
          <VirtualList
            label={{ labelledBy: 'compare-model-order' }}
            ordered
            className="order-list"
            items={comparison.items}
            itemKey={itemKey}
            itemHeight={ORDER_ITEM_HEIGHT}
            itemClassName={moverClass}
            renderItem={(item) => (
              <>
                {item.title}{' '}
                <span className="muted small">({item.score === null ? 'not scored' : formatScore(item.score)})</span>
              </>
            )}
          />
        </section>
      </div>
    </>
  )
}
