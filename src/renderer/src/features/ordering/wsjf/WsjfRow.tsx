import type { BoardItem } from '@shared/api/methods/ordering'
import { FIELD_LABELS, WSJF_FIELDS, formatScore, type WsjfField } from '../shared/fields'
import { NumberCell } from '../shared/NumberCell'
import { ScoreSelect } from '../shared/ScoreSelect'
import type { useScoreEditor } from '../shared/useScoreEditor'

interface WsjfRowProps {
  item: BoardItem
  /** The place in the model's order when rows follow a model; null for your order or an unscored item. */
  rank: number | null
  showRank: boolean
  /** In column mode only that column is editable, so Tab walks down one column. */
  column: WsjfField | 'all'
  showMoney: boolean
  editor: ReturnType<typeof useScoreEditor>
}

export function WsjfRow({ item, rank, showRank, column, showMoney, editor }: WsjfRowProps) {
  return (
    <tr>
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
              error={editor.errorFor(item.id, field)}
              onChange={(value) => editor.save(item.id, { [field]: value })}
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
              error={editor.errorFor(item.id, 'codPerWeek')}
              onCommit={(value) => editor.save(item.id, { codPerWeek: value })}
            />
          </td>
          <td>
            <NumberCell
              label={`Duration in weeks for ${item.title}`}
              value={item.scores.durationWeeks}
              error={editor.errorFor(item.id, 'durationWeeks')}
              onCommit={(value) => editor.save(item.id, { durationWeeks: value })}
            />
          </td>
          <td className="num result">{formatScore(item.cd3)}</td>
        </>
      )}
    </tr>
  )
}
