import { memo } from 'react'
import type { BoardItem } from '@shared/api/methods/ordering'
import type { Release } from '@shared/api/methods/releases'
import { moscowSize } from '@shared/domain/ordering/moscow'
import { MOSCOW, MOSCOW_LABELS, type Moscow } from '@shared/domain/ordering/scales'
import type { VirtualRowProps } from '@renderer/ui/virtual/VirtualTable'
import type { ScoresInput } from '../liveScores'
import { formatScore } from '../shared/fields'
import type { CellErrors } from '../shared/scoreEdits'
import type { SaveScores } from '../shared/useScoreEditor'
import { usePendingItem } from '../shared/usePendingItem'

interface MoscowRowProps extends VirtualRowProps {
  item: BoardItem
  pending: ScoresInput | undefined
  errors: CellErrors | undefined
  releases: readonly Release[]
  onSave: SaveScores
}

/** One item's MoSCoW category and release; drawn again only when this item changes. */
export const MoscowRow = memo(function MoscowRow({
  item: saved,
  pending,
  errors,
  releases,
  onSave,
  ...rowProps
}: MoscowRowProps) {
  const item = usePendingItem(saved, pending)
  return (
    <tr {...rowProps}>
      <td className="rank">{item.manualPosition}</td>
      <th scope="row" className="title-cell">
        <span title={item.title}>{item.title}</span>
      </th>
      <td className="num">
        {formatScore(moscowSize({ estimate: item.estimate, effort: item.scores.effort, jobSize: item.scores.jobSize }))}
      </td>
      <td>
        <select
          aria-label={`MoSCoW for ${item.title}`}
          value={item.scores.moscow ?? ''}
          onChange={(e) => void onSave(item.id, { moscow: e.target.value === '' ? null : (e.target.value as Moscow) })}
        >
          <option value="">Not set</option>
          {MOSCOW.map((m) => (
            <option key={m} value={m}>
              {MOSCOW_LABELS[m]}
            </option>
          ))}
        </select>
        {errors?.moscow && <span className="cell-error">{errors.moscow}</span>}
      </td>
      <td>
        <select
          aria-label={`Release for ${item.title}`}
          value={item.scores.releaseId ?? ''}
          onChange={(e) => void onSave(item.id, { releaseId: e.target.value === '' ? null : Number(e.target.value) })}
        >
          <option value="">No release</option>
          {releases.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
        {errors?.releaseId && <span className="cell-error">{errors.releaseId}</span>}
      </td>
    </tr>
  )
})
