import { useMemo } from 'react'
import type { Product } from '@shared/api'
import { QUADRANTS, QUADRANT_LABELS } from '@shared/domain/ordering/scales'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { ApplyModelOrder } from '../shared/ApplyModelOrder'
import { formatScore } from '../shared/fields'
import { ScoreSelect } from '../shared/ScoreSelect'
import { useScoreEditor } from '../shared/useScoreEditor'
import { useBoard } from '../queries'
import { quadrantLists, scatterPoints } from './chartData'
import { ValueEffortChart } from './ValueEffortChart'

const QUADRANT_ADVICE = {
  'quick-win': 'High value, little effort: usually first.',
  'big-bet': 'High value, much effort: worth it, plan and slice them.',
  'fill-in': 'Little value, little effort: when there is room.',
  'money-pit': 'Little value, much effort: question them.'
} as const

export function ValueEffortTab({ product }: { product: Product }) {
  const board = useBoard(product.id)
  const editor = useScoreEditor(product.id)
  const items = useMemo(() => board.data?.items ?? [], [board.data])
  const points = useMemo(() => scatterPoints(items), [items])
  const lists = useMemo(() => quadrantLists(items), [items])

  if (board.isPending) return <p className="muted">Loading the scores…</p>
  if (board.error) return <ErrorMessage error={board.error} />
  if (items.length === 0) {
    return (
      <div className="empty-state">
        <h2>Nothing to place yet</h2>
        <p>Value versus effort works on the backlog items not started yet. Add items on the Backlog screen first.</p>
      </div>
    )
  }

  return (
    <>
      <div className="toolbar">
        <p className="grow muted">
          Give each item a value and an effort on the scale 1–20. Scores up to 5 count as low, 8 and above as high.
        </p>
        <ApplyModelOrder productId={product.id} model="value-effort" />
      </div>
      <div className="value-effort-layout">
        {points.length > 0 ? (
          <ValueEffortChart points={points} onPlace={({ id, value, effort }) => editor.save(id, { value, effort })} />
        ) : (
          <div className="chart-card empty-state">
            <h3>No item has both a value and an effort yet</h3>
            <p>Score a few items in the table below and they appear on the chart, in their quadrant.</p>
          </div>
        )}
        <div className="quadrant-lists">
          {QUADRANTS.map((q) => (
            <section key={q} className="quadrant-list card" aria-labelledby={`quadrant-${q}`}>
              <h3 id={`quadrant-${q}`}>
                <span className="swatch" style={{ background: `var(--${q})` }} aria-hidden="true" />
                {QUADRANT_LABELS[q]} <span className="muted small">({lists[q].length})</span>
              </h3>
              <p className="muted small">{QUADRANT_ADVICE[q]}</p>
              {lists[q].length === 0 ? (
                <p className="muted small">None.</p>
              ) : (
                <ul>
                  {lists[q].map((item) => (
                    <li key={item.id}>{item.title}</li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      </div>

      <div className="table-scroll">
        <table className="score-table" aria-label="Value and effort">
          <thead>
            <tr>
              <th scope="col" className="num">
                #
              </th>
              <th scope="col">Item</th>
              <th scope="col">Value</th>
              <th scope="col">Effort</th>
              <th scope="col" className="num">
                Value / effort
              </th>
              <th scope="col">Quadrant</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td className="rank">{item.manualPosition}</td>
                <th scope="row" className="title-cell">
                  <span title={item.title}>{item.title}</span>
                </th>
                <td>
                  <ScoreSelect
                    label={`Value of ${item.title}`}
                    value={item.scores.value}
                    error={editor.errorFor(item.id, 'value')}
                    onChange={(value) => editor.save(item.id, { value })}
                  />
                </td>
                <td>
                  <ScoreSelect
                    label={`Effort of ${item.title}`}
                    value={item.scores.effort}
                    error={editor.errorFor(item.id, 'effort')}
                    onChange={(effort) => editor.save(item.id, { effort })}
                  />
                </td>
                <td className="num result">{formatScore(item.valueEffort)}</td>
                <td>{item.quadrant ? QUADRANT_LABELS[item.quadrant] : <span className="muted">not placed</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
