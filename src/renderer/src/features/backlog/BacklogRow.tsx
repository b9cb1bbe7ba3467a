import { memo } from 'react'
import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import type { BacklogListItem, WorkflowState } from '@shared/api'
import { isRemovedCategory, ITEM_TYPE_LABELS } from '@shared/domain/backlog'
import { INVEST_NAMES } from '@shared/domain/invest'
import { formatEstimate } from '@shared/domain/items/estimate-scale'
import { useEstimateScale } from '@renderer/features/settings/queries'
import { RowCheckbox, RowSnippet } from '@renderer/features/search/RowParts'
import { investScore, rowInvest } from './item-invest'
import '@renderer/styles/backlog-items.css'

interface BacklogRowProps {
  productId: number
  item: BacklogListItem
  position: number
  setSize: number
  state: WorkflowState | undefined
  /** The item's team for the Team column; undefined when the product has no teams (no column). */
  team: string | undefined
  top: number
  height: number
  tabbable: boolean
  selected: boolean
}

/** Labels beyond this many show as "+n", so the title keeps its room. */
const SHOWN_LABELS = 2

export const BacklogRow = memo(function BacklogRow({
  productId,
  item,
  position,
  setSize,
  state,
  team,
  top,
  height,
  tabbable,
  selected
}: BacklogRowProps) {
  const { listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.id })
  const { scale, threshold } = useEstimateScale(productId)
  const { passed, weak } = investScore(rowInvest(item, threshold).letters)
  const investTitle =
    weak.length === 0
      ? 'INVEST: every letter passes'
      : `INVEST: ${weak.map((w) => `${INVEST_NAMES[w.letter]} ${w.status === 'fail' ? 'fails' : 'warns'}`).join(', ')}`
  return (
    <div
      ref={setNodeRef}
      role="listitem"
      aria-label={item.title}
      aria-posinset={position}
      aria-setsize={setSize}
      aria-current={selected ? 'true' : undefined}
      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Enter Delete"
      data-item-id={item.id}
      tabIndex={tabbable ? 0 : -1}
      className={`backlog-row${selected ? ' selected' : ''}${isDragging ? ' dragging' : ''}${state && isRemovedCategory(state.category) ? ' removed' : ''}`}
      style={{ top, height, transform: CSS.Translate.toString(transform), transition }}
    >
      {/* Only the pointer listeners: keyboard users move the focused row with Alt+Arrow, so the handle is no tab stop. */}
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="drag-handle"
        aria-label={`Drag ${item.title}`}
        tabIndex={-1}
        {...listeners}
      >
        ⋮⋮
      </button>
      <span className="row-position">
        <RowCheckbox id={item.id} title={item.title} />
        {position}
      </span>
      <span className={`type-badge type-${item.type}`}>{ITEM_TYPE_LABELS[item.type]}</span>
      <span className="row-title">
        <span className="row-key">{item.key}</span>
        <span className="row-title-text">{item.title}</span>
        <RowSnippet id={item.id} />
        {item.labels.slice(0, SHOWN_LABELS).map((label) => (
          <span key={label} className="row-label">
            {label}
          </span>
        ))}
        {item.labels.length > SHOWN_LABELS && (
          <span className="row-label" title={item.labels.join(', ')}>
            +{item.labels.length - SHOWN_LABELS}
          </span>
        )}
        {item.ready && (
          <span className="ready-badge" title="Meets the Definition of Ready">
            Ready
          </span>
        )}
        <span
          className={`invest-badge${weak.some((w) => w.status === 'fail') ? ' invest-fail' : weak.length > 0 ? ' invest-warn' : ''}`}
          title={investTitle}
        >
          <span className="invest-badge-word">INVEST </span>
          {passed}/6
          {weak.length > 0 && <span className="invest-badge-letters"> {weak.map((w) => w.letter).join('')}</span>}
        </span>
      </span>
      {team !== undefined && (
        <span className={`row-team${item.teamId === null ? ' muted' : ''}`} title="Team">
          {team}
        </span>
      )}
      <span className="row-estimate" title="Estimate">
        {formatEstimate(scale, item.estimate)}
      </span>
      <span className={`state-chip state-${state?.category ?? 'todo'}`}>{state?.name ?? 'Unknown state'}</span>
    </div>
  )
})
