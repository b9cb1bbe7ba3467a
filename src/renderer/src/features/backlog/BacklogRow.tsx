import { memo } from 'react'
import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import type { BacklogItem, WorkflowState } from '@shared/api'
import { ITEM_TYPE_LABELS } from '@shared/domain/backlog'
import { RowCheckbox, RowSnippet } from '@renderer/features/search/RowParts'

interface BacklogRowProps {
  item: BacklogItem
  position: number
  setSize: number
  state: WorkflowState | undefined
  top: number
  height: number
  tabbable: boolean
  selected: boolean
}

export const BacklogRow = memo(function BacklogRow({ item, position, setSize, state, top, height, tabbable, selected }: BacklogRowProps) {
  const { listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.id })
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
      className={`backlog-row${selected ? ' selected' : ''}${isDragging ? ' dragging' : ''}`}
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
        {item.title}
        <RowSnippet id={item.id} />
      </span>
      <span className="row-estimate" title="Estimate">
        {item.estimate ?? '–'}
      </span>
      <span className={`state-chip state-${state?.category ?? 'todo'}`}>{state?.name ?? 'Unknown state'}</span>
    </div>
  )
})
