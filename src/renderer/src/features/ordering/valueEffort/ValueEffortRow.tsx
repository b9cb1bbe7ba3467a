import { memo } from 'react'
import type { BoardItem } from '@shared/api/methods/ordering'
import { QUADRANT_LABELS } from '@shared/domain/ordering/scales'
import type { VirtualRowProps } from '@renderer/ui/virtual/VirtualTable'
import type { ScoresInput } from '../liveScores'
import { formatScore } from '../shared/fields'
import { ScoreSelect } from '../shared/ScoreSelect'
import type { CellErrors } from '../shared/scoreEdits'
import type { SaveScores } from '../shared/useScoreEditor'
import { usePendingItem } from '../shared/usePendingItem'

interface ValueEffortRowProps extends VirtualRowProps {
  item: BoardItem
  pending: ScoresInput | undefined
  errors: CellErrors | undefined
  onSave: SaveScores
}

/** One item's value and effort; drawn again only when this item changes. */
export const ValueEffortRow = memo(function ValueEffortRow({
  item: saved,
  pending,
  errors,
  onSave,
  ...rowProps
}: ValueEffortRowProps) {
  const item = usePendingItem(saved, pending)
  return (
    <tr {...rowProps}>
      <td className="rank">{item.manualPosition}</td>
      <th scope="row" className="title-cell">
        <span title={item.title}>{item.title}</span>
      </th>
      <td>
        <ScoreSelect
          label={`Value of ${item.title}`}
          value={item.scores.value}
          error={errors?.value}
          onChange={(value) => void onSave(item.id, { value })}
        />
      </td>
      <td>
        <ScoreSelect
          label={`Effort of ${item.title}`}
          value={item.scores.effort}
          error={errors?.effort}
          onChange={(effort) => void onSave(item.id, { effort })}
        />
      </td>
      <td className="num result">{formatScore(item.valueEffort)}</td>
      <td>{item.quadrant ? QUADRANT_LABELS[item.quadrant] : <span className="muted">not placed</span>}</td>
    </tr>
  )
})
