import { useId, useState } from 'react'
import type { Product } from '@shared/api'
import type { CostItem } from '@shared/api/methods/strategy'
import { formatNumber } from '@shared/domain/ebm/format'
import {
  COST_CATEGORIES,
  COST_CATEGORY_LABELS,
  COST_PERIODS,
  COST_PERIOD_LABELS,
  type CostCategory,
  type CostPeriod
} from '@shared/domain/strategy/costs'
import { Dialog } from '@renderer/ui/Dialog'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { SelectField } from '@renderer/ui/SelectField'
import { TextField } from '@renderer/ui/TextField'
import { useDraft } from '@renderer/ui/useDraft'
import { useCosts, useEbmWrite } from '../queries'
import { costTotalLines, type TotalLine } from './shape'
import { TechnicalStrategyNote } from './TechnicalStrategyNote'

/**
 * Total cost of ownership beside the measures: what building, running, supporting and licensing
 * the product costs, so value is read against what it takes. Amounts are in whatever currency the
 * product's finances use.
 */
export function CostsPanel({ product }: { product: Product }) {
  const sheet = useCosts(product.id)
  const remove = useEbmWrite(product.id, 'strategy.costs.delete')
  const [editing, setEditing] = useState<CostItem | null>(null)
  if (sheet.isPending) return <p className="muted">Loading the costs…</p>
  if (sheet.error) return <ErrorMessage error={sheet.error} />
  const { items, totals, context } = sheet.data
  const lines = costTotalLines(totals)
  return (
    <section className="card stack tco-panel" aria-labelledby="tco-title">
      <h2 id="tco-title">Total cost of ownership</h2>
      {context.map((sentence) => (
        <p key={sentence} className="small muted">
          {sentence}
        </p>
      ))}
      {items.length === 0 ? (
        <p>
          No cost items yet. Add what it costs to build, run, support and license the product, each with its period.
        </p>
      ) : (
        <>
          <div className="ebm-scroll">
            <table className="ebm-table">
              <caption className="visually-hidden">Cost items</caption>
              <thead>
                <tr>
                  <th scope="col">Cost</th>
                  <th scope="col">Category</th>
                  <th scope="col" className="num">
                    Amount
                  </th>
                  <th scope="col">Period</th>
                  <th scope="col">Note</th>
                  <th scope="col">
                    <span className="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id}>
                    <th scope="row">{item.name}</th>
                    <td>{COST_CATEGORY_LABELS[item.category]}</td>
                    <td className="num">{formatNumber(item.amount)}</td>
                    <td>{COST_PERIOD_LABELS[item.period]}</td>
                    <td className="small">{item.note}</td>
                    <td className="row-actions">
                      <button type="button" aria-label={`Edit the cost ${item.name}`} onClick={() => setEditing(item)}>
                        Edit…
                      </button>
                      <button
                        type="button"
                        aria-label={`Remove the cost ${item.name}`}
                        onClick={() => remove.mutate({ id: item.id })}
                      >
                        Remove
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="tco-totals">
            <Totals title="Per period, as entered" lines={lines.periods} />
            <Totals title="Per category" lines={lines.categories} />
            <Totals title="Over a year" lines={lines.year} />
          </div>
        </>
      )}
      <ErrorMessage error={remove.error} />
      <CostForm productId={product.id} item={null} />
      <TechnicalStrategyNote productId={product.id} />
      {editing && (
        <Dialog open title={`Edit the cost ${editing.name}`} onClose={() => setEditing(null)}>
          <CostForm productId={product.id} item={editing} onDone={() => setEditing(null)} />
        </Dialog>
      )}
    </section>
  )
}

function Totals({ title, lines }: { title: string; lines: readonly TotalLine[] }) {
  return (
    <div>
      <h3 className="small">{title}</h3>
      <dl className="tco-lines">
        {lines.map((line) => (
          <div key={line.label}>
            <dt>{line.label}</dt>
            <dd>{line.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}

type Draft = Pick<CostItem, 'name' | 'note'> & { category: CostCategory; period: CostPeriod; amount: string }
const EMPTY: Draft = { name: '', category: 'run', amount: '', period: 'monthly', note: '' }

const draftOf = (item: CostItem): Draft => ({
  name: item.name,
  category: item.category,
  amount: String(item.amount),
  period: item.period,
  note: item.note
})

/** Adds a cost item, or changes `item`; the amount is sent as typed, so the service names a wrong one. */
function CostForm({ productId, item, onDone }: { productId: number; item: CostItem | null; onDone?: () => void }) {
  const id = useId()
  const { draft, set, setDraft } = useDraft<Draft>(item ? draftOf(item) : EMPTY)
  const create = useEbmWrite(productId, 'strategy.costs.create')
  const update = useEbmWrite(productId, 'strategy.costs.update')
  const write = item ? update : create
  return (
    <form
      className="toolbar"
      aria-label={item ? `Change the cost ${item.name}` : 'Add a cost item'}
      onSubmit={(e) => {
        e.preventDefault()
        const fields = { ...draft, amount: draft.amount.trim() === '' ? Number.NaN : Number(draft.amount) }
        if (item) update.mutate({ id: item.id, patch: fields }, { onSuccess: onDone })
        else create.mutate({ productId, ...fields }, { onSuccess: () => setDraft(EMPTY) })
      }}
    >
      <TextField label="Name" placeholder="e.g. Cloud hosting" value={draft.name} onChange={set('name')} />
      <SelectField
        label="Category"
        options={COST_CATEGORIES}
        labels={COST_CATEGORY_LABELS}
        value={draft.category}
        onChange={set('category')}
      />
      <div className="field">
        <label htmlFor={`${id}-amount`}>Amount</label>
        <input
          id={`${id}-amount`}
          type="number"
          min={0}
          step="any"
          inputMode="decimal"
          value={draft.amount}
          onChange={(e) => set('amount')(e.target.value)}
        />
      </div>
      <SelectField
        label="Period"
        options={COST_PERIODS}
        labels={COST_PERIOD_LABELS}
        value={draft.period}
        onChange={set('period')}
      />
      <TextField label="Note" value={draft.note} onChange={set('note')} />
      <button type="submit" disabled={write.isPending}>
        {item ? 'Save cost' : 'Add cost'}
      </button>
      <ErrorMessage error={write.error} />
    </form>
  )
}
