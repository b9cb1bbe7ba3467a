import { useMemo } from 'react'
import type { Product } from '@shared/api'
import type { BoardItem } from '@shared/api/methods/ordering'
import { QUADRANTS, QUADRANT_LABELS } from '@shared/domain/ordering/scales'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { VirtualList } from '@renderer/ui/virtual/VirtualList'
import { VirtualTable } from '@renderer/ui/virtual/VirtualTable'
import { ApplyModelOrder } from '../shared/ApplyModelOrder'
import { SCORE_ROW_HEIGHT } from '../shared/fields'
import { withPending } from '../shared/scoreEdits'
import { useScoreEditor } from '../shared/useScoreEditor'
import { useBoard } from '../queries'
import { quadrantLists, scatterMarks } from './chartData'
import { ValueEffortChart } from './ValueEffortChart'
import { ValueEffortRow } from './ValueEffortRow'

const itemKey = (item: BoardItem) => item.id
const itemTitle = (item: BoardItem) => item.title
/** One line of a quadrant list: the title on one line at the list's font size. */
const LIST_ITEM_HEIGHT = 22

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
  // The chart shows a dragged dot where it was dropped while it is saved; lists and table follow the saved scores.
  const marks = useMemo(() => scatterMarks(withPending(items, editor.pending)), [items, editor.pending])
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
        {marks.placed > 0 ? (
          <ValueEffortChart
            marks={marks}
            onPlace={({ id, value, effort }) => void editor.save(id, { value, effort })}
          />
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
                <VirtualList
                  label={{ labelledBy: `quadrant-${q}` }}
                  items={lists[q]}
                  itemKey={itemKey}
                  itemHeight={LIST_ITEM_HEIGHT}
                  renderItem={itemTitle}
                />
              )}
            </section>
          ))}
        </div>
      </div>

      <VirtualTable
        label={{ ariaLabel: 'Value and effort' }}
        rows={items}
        rowKey={itemKey}
        rowHeight={SCORE_ROW_HEIGHT}
        columnCount={6}
        head={
          <>
            <th scope="col" className="num col-rank">
              #
            </th>
            <th scope="col">Item</th>
            <th scope="col" className="col-score">
              Value
            </th>
            <th scope="col" className="col-score">
              Effort
            </th>
            <th scope="col" className="num col-figure">
              Value / effort
            </th>
            <th scope="col" className="col-choice">
              Quadrant
            </th>
          </>
        }
        renderRow={(item, rowProps) => (
          <ValueEffortRow
            {...rowProps}
            item={item}
            pending={editor.pending.get(item.id)}
            errors={editor.errors.get(item.id)}
            onSave={editor.save}
          />
        )}
      />
    </>
  )
}
