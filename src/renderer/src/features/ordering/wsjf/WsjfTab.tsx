import { useMemo, useState } from 'react'
import type { BoardItem } from '@shared/api/methods/ordering'
import type { Product } from '@shared/api'
import { MODELS } from '@shared/domain/ordering/models'
import { modelOrder } from '@shared/domain/ordering/order'
import { formatNumber } from '@shared/domain/format'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { VirtualTable } from '@renderer/ui/virtual/VirtualTable'
import { ApplyModelOrder } from '../shared/ApplyModelOrder'
import { FIELD_LABELS, SCORE_ROW_HEIGHT, WSJF_FIELDS, WSJF_SHORT_LABELS, type WsjfField } from '../shared/fields'
import { useScoreEditor } from '../shared/useScoreEditor'
import { useBoard } from '../queries'
import { columnMissesOne, scoredCount } from './columns'
import { WsjfRow } from './WsjfRow'

type SortBy = 'manual' | 'wsjf' | 'cd3'
type Row = { item: BoardItem; rank: number | null }
const rowKey = (row: Row) => row.item.id

export function WsjfTab({ product }: { product: Product }) {
  const board = useBoard(product.id)
  const editor = useScoreEditor(product.id)
  const [column, setColumn] = useState<WsjfField | 'all'>('all')
  const [sortBy, setSortBy] = useState<SortBy>('manual')
  const items = useMemo(() => board.data?.items ?? [], [board.data])
  const hasMoney = useMemo(
    () => items.some((item) => item.scores.codPerWeek !== null || item.scores.durationWeeks !== null),
    [items]
  )
  const [moneyChoice, setMoneyChoice] = useState<boolean | null>(null)
  const showMoney = moneyChoice ?? hasMoney

  const rows = useMemo(() => sortRows(items, sortBy), [items, sortBy])
  const missingOne = useMemo(() => WSJF_FIELDS.filter((field) => columnMissesOne(items, field)), [items])

  if (board.isPending) return <p className="muted">Loading the scores…</p>
  if (board.error) return <ErrorMessage error={board.error} />
  if (items.length === 0) {
    return (
      <div className="empty-state">
        <h2>Nothing to score yet</h2>
        <p>
          Scoring works on the backlog items not started yet. Add items on the Backlog screen, then come back to score
          them.
        </p>
      </div>
    )
  }

  const applyModel = sortBy === 'cd3' ? 'cd3' : 'wsjf'
  const showRank = sortBy !== 'manual'
  return (
    <>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="wsjf-column">Score</label>
          <select id="wsjf-column" value={column} onChange={(e) => setColumn(e.target.value as WsjfField | 'all')}>
            <option value="all">All columns</option>
            {WSJF_FIELDS.map((field) => (
              <option key={field} value={field}>
                One column: {FIELD_LABELS[field]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="wsjf-sort">Rows in</label>
          <select id="wsjf-sort" value={sortBy} onChange={(e) => setSortBy(e.target.value as SortBy)}>
            <option value="manual">Your order</option>
            <option value="wsjf">WSJF order</option>
            <option value="cd3">CD3 order</option>
          </select>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={showMoney} onChange={(e) => setMoneyChoice(e.target.checked)} />
          Money figures (CD3)
        </label>
        <span className="grow" />
        <ApplyModelOrder productId={product.id} model={applyModel} />
      </div>

      {sortBy !== 'manual' && <p className="tie-break">{MODELS[sortBy].tieBreak}</p>}
      <ColumnGuide column={column} items={items} missingOne={missingOne} />

      <VirtualTable
        label={{ ariaLabel: 'WSJF scores' }}
        rows={rows}
        rowKey={rowKey}
        rowHeight={SCORE_ROW_HEIGHT}
        columnCount={WSJF_FIELDS.length + (showRank ? 5 : 4) + (showMoney ? 3 : 0)}
        head={
          <>
            <th scope="col" className="num col-rank">
              #
            </th>
            {showRank && (
              <th scope="col" className="num col-rank">
                {MODELS[sortBy].label} rank
              </th>
            )}
            <th scope="col">Item</th>
            {WSJF_FIELDS.map((field) => (
              <th
                key={field}
                scope="col"
                title={FIELD_LABELS[field]}
                className={[
                  'col-score',
                  column === field && 'focus-column',
                  missingOne.includes(field) && 'column-missing-one'
                ]
                  .filter(Boolean)
                  .join(' ')}
              >
                {WSJF_SHORT_LABELS[field]}
                {missingOne.includes(field) && <span className="visually-hidden"> (no item has 1 yet)</span>}
              </th>
            ))}
            <th scope="col" className="num col-figure" title="Cost of Delay = UBV + TC + RR / OE">
              CoD
            </th>
            <th scope="col" className="num col-figure" title="WSJF = Cost of Delay / Job Size">
              WSJF
            </th>
            {showMoney && (
              <>
                <th scope="col" className="col-money" title="Cost of Delay per week, in money">
                  CoD / week
                </th>
                <th scope="col" className="col-money" title="Duration in weeks">
                  Weeks
                </th>
                <th scope="col" className="num col-figure">
                  CD3
                </th>
              </>
            )}
          </>
        }
        renderRow={({ item, rank }, rowProps) => (
          <WsjfRow
            {...rowProps}
            item={item}
            pending={editor.pending.get(item.id)}
            errors={editor.errors.get(item.id)}
            rank={rank}
            showRank={showRank}
            column={column}
            showMoney={showMoney}
            onSave={editor.save}
          />
        )}
      />
      <p className="muted small">
        Cost of Delay (CoD) = User-Business Value (UBV) + Time Criticality (TC) + Risk Reduction / Opportunity
        Enablement (RR / OE). WSJF = CoD ÷ Job Size. CD3 = Cost of Delay per week ÷ duration in weeks. Items in progress
        or done are not listed: the models advise on what to start next.
      </p>
    </>
  )
}

function sortRows(items: readonly BoardItem[], sortBy: SortBy): Row[] {
  if (sortBy === 'manual') return items.map((item) => ({ item, rank: null }))
  const byId = new Map(items.map((item) => [item.id, item]))
  return modelOrder(items, sortBy).map((entry) => ({
    item: byId.get(entry.id) as BoardItem,
    rank: entry.score === null ? null : entry.modelPosition
  }))
}

interface ColumnGuideProps {
  column: WsjfField | 'all'
  items: readonly BoardItem[]
  missingOne: readonly WsjfField[]
}

/** Relative scoring needs an anchor: the smallest item in each column gets 1. */
function ColumnGuide({ column, items, missingOne }: ColumnGuideProps) {
  if (column !== 'all') {
    const label = FIELD_LABELS[column]
    return (
      <div className="hint" aria-live="polite">
        <p>
          <strong>Scoring {label}</strong> for every item, {formatNumber(scoredCount(items, column))} of{' '}
          {formatNumber(items.length)} done. Find the item with the least {column === 'jobSize' ? 'work' : label} and
          give it 1, then score each other item relative to it.
        </p>
        {missingOne.includes(column) && <p>No item has 1 in {label} yet: which one is the smallest?</p>}
      </div>
    )
  }
  if (missingOne.length === 0) return null
  return (
    <p className="hint" aria-live="polite">
      No item has 1 yet in {missingOne.map((field) => FIELD_LABELS[field]).join(', ')}. Each column should give its
      smallest item 1, so the others are scored relative to it. Scoring one column at a time helps.
    </p>
  )
}
