import { memo } from 'react'
import type { BoardItem } from '@shared/api/methods/ordering'
import type { VirtualRowProps } from '@renderer/ui/virtual/VirtualTable'
import type { ScoresInput } from '../liveScores'
import { FIELD_LABELS, WSJF_FIELDS, formatScore, type WsjfField } from '../shared/fields'
import { NumberCell } from '../shared/NumberCell'
import { ScoreSelect } from '../shared/ScoreSelect'
import type { CellErrors } from '../shared/scoreEdits'
import type { SaveScores } from '../shared/useScoreEditor'
import { usePendingItem } from '../shared/usePendingItem'

interface WsjfRowProps extends VirtualRowProps {
  item: BoardItem
  /** Scores being saved for this item, shown (with their CoD and WSJF) until the server answers. */
  pending: ScoresInput | undefined
  errors: CellErrors | undefined
  /** The place in the model's order when rows follow a model; null for your order or an unscored item. */
  rank: number | null
  showRank: boolean
  /** In column mode only that column is editable, so Tab walks down one column. */
  column: WsjfField | 'all'
  showMoney: boolean
  onSave: SaveScores
}

/** One item's scores; drawn again only when this item, its pending scores or its errors change. */
export const WsjfRow = memo(function WsjfRow({
  item: saved,
  pending,
  errors,
  rank,
  showRank,
  column,
  showMoney,
  onSave,
  ...rowProps
}: WsjfRowProps) {
  const item = usePendingItem(saved, pending)
  const save = (scores: ScoresInput) => void onSave(item.id, scores)
  return (
    <tr {...rowProps}>
      <td className="rank">{item.manualPosition}</td>
      {showRank && <td className="rank">{rank ?? '–'}</td>}
      <th scope="row" className="title-cell">
        <span title={item.title}>{item.title}</span>
      </th>
      {WSJF_FIELDS.map((field) => (
        <td key={field} className={column === field ? 'focus-column' : undefined}>
          {column === 'all' || column === field ? (
            <ScoreSelect
              label={`${FIELD_LABELS[field]} for ${item.title}`}
              value={item.scores[field]}
              error={errors?.[field]}
              onChange={(value) => save({ [field]: value })}
            />
          ) : (
            <span className="muted">{formatScore(item.scores[field])}</span>
          )}
        </td>
      ))}
      <td className="num">{formatScore(item.costOfDelay)}</td>
      <td className="num result" aria-label={`WSJF of ${item.title}`}>
        {formatScore(item.wsjf)}
      </td>
      {showMoney && (
        <>
          <td>
            <NumberCell
              label={`Cost of Delay per week for ${item.title}`}
              value={item.scores.codPerWeek}
              error={errors?.codPerWeek}
              onCommit={(value) => save({ codPerWeek: value })}
            />
          </td>
          <td>
            <NumberCell
              label={`Duration in weeks for ${item.title}`}
              value={item.scores.durationWeeks}
              error={errors?.durationWeeks}
              onCommit={(value) => save({ durationWeeks: value })}
            />
          </td>
          <td className="num result">{formatScore(item.cd3)}</td>
        </>
      )}
    </tr>
  )
})
