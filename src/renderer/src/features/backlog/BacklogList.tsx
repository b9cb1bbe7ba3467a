import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type Ref
} from 'react'
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import {
  DndContext,
  MeasuringStrategy,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent
} from '@dnd-kit/core'
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable'
import type { BacklogListItem, WorkflowState } from '@shared/api'
import { formatNumber } from '@shared/domain/format'
import { dragAnnouncements, dragInstructions } from '@renderer/ui/dragAnnouncements'
import { BacklogRow } from './BacklogRow'

const ROW_HEIGHT = 44

interface BacklogListProps {
  productId: number
  items: readonly BacklogListItem[]
  /** 1-based place of each item in the whole backlog, also when the view is filtered. */
  positions: ReadonlyMap<number, number>
  total: number
  states: ReadonlyMap<number, WorkflowState>
  /** Each item's team name for the Team column; absent while the product has no teams. */
  teamName?: (teamId: number | null) => string
  selectedId: number | null
  onOpen: (id: number) => void
  onDelete: (item: BacklogListItem) => void
  /** Returns the item's new index in the visible list, or null when it did not move. */
  onMove: (id: number, target: MoveTarget) => number | null
  ref?: Ref<BacklogListHandle>
}

/** One place up or down (keyboard), or onto another row's place (drop). */
export type MoveTarget = { delta: number } | { overId: number }

export interface BacklogListHandle {
  /** Scrolls to the row and focuses it (e.g. when the detail panel closes). */
  focusItem(id: number): void
  /** Scrolls to the row without taking focus (e.g. after adding an item). */
  revealItem(id: number): void
}

/**
 * The ordered backlog: only the rows in view are in the DOM. Focus is a roving tab stop that
 * the arrow keys move; the row being dragged stays rendered even when scrolled out of view.
 */
export function BacklogList({
  productId,
  items,
  positions,
  total,
  states,
  teamName,
  selectedId,
  onOpen,
  onDelete,
  onMove,
  ref
}: BacklogListProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const [activeId, setActiveId] = useState<number | null>(null)
  const [dragId, setDragId] = useState<number | null>(null)
  const pendingFocus = useRef<number | null>(null)
  const pendingReveal = useRef<number | null>(null)

  const ids = useMemo(() => items.map((i) => i.id), [items])
  const indexById = useMemo(() => new Map(ids.map((id, index) => [id, index])), [ids])
  const dragIndex = dragId === null ? undefined : indexById.get(dragId)

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range)
      if (dragIndex !== undefined && !indexes.includes(dragIndex)) indexes.push(dragIndex)
      return indexes
    },
    [dragIndex]
  )

  // The app does not use the React Compiler, so the virtualizer's unmemoisable API is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => ids[index] ?? index,
    overscan: 12,
    rangeExtractor
  })

  const tabbableId = activeId !== null && indexById.has(activeId) ? activeId : (ids[0] ?? null)

  /** `id` is given when the row at `index` is about to change, e.g. the item just moved there. */
  const focusIndex = useCallback(
    (index: number, movedId?: number) => {
      const clamped = Math.max(0, Math.min(ids.length - 1, index))
      const id = movedId ?? ids[clamped]
      if (id === undefined) return
      setActiveId(id)
      pendingFocus.current = id
      virtualizer.scrollToIndex(clamped, { align: 'auto' })
    },
    [ids, virtualizer]
  )

  useImperativeHandle(
    ref,
    () => ({
      focusItem: (id) => {
        const index = indexById.get(id)
        if (index !== undefined) focusIndex(index)
      },
      // The new item may reach the list one render later; the effect below finishes the job then.
      revealItem: (id) => {
        pendingReveal.current = id
      }
    }),
    [indexById, focusIndex]
  )

  // Runs after every render: the row to focus may only appear once the scroll has re-rendered the window.
  useEffect(() => {
    const reveal = pendingReveal.current === null ? undefined : indexById.get(pendingReveal.current)
    if (reveal !== undefined) {
      pendingReveal.current = null
      virtualizer.scrollToIndex(reveal, { align: 'auto' })
    }
    const id = pendingFocus.current
    if (id === null) return
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-item-id="${id}"]`)
    if (row) {
      pendingFocus.current = null
      row.focus({ preventScroll: true })
    }
  })

  const rowFromEvent = (target: EventTarget): { id: number; index: number } | null => {
    const row = (target as HTMLElement).closest<HTMLElement>('[data-item-id]')
    const id = Number(row?.dataset.itemId)
    const index = indexById.get(id)
    return index === undefined ? null : { id, index }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = rowFromEvent(event.target)
    if (!row) return
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1)
    const moveBy = (delta: number) => {
      const to = onMove(row.id, { delta })
      if (to !== null) focusIndex(to, row.id)
    }
    const keys: Record<string, () => void> = event.altKey
      ? { ArrowUp: () => moveBy(-1), ArrowDown: () => moveBy(1) }
      : {
          ArrowUp: () => focusIndex(row.index - 1),
          ArrowDown: () => focusIndex(row.index + 1),
          PageUp: () => focusIndex(row.index - page),
          PageDown: () => focusIndex(row.index + page),
          Home: () => focusIndex(0),
          End: () => focusIndex(ids.length - 1),
          Enter: () => onOpen(row.id),
          Delete: () => {
            const item = items[row.index]
            if (item) onDelete(item)
          }
        }
    const action = keys[event.key]
    if (action && !event.ctrlKey && !event.metaKey) {
      event.preventDefault()
      action()
    }
  }

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const row = rowFromEvent(event.target)
    if (row && !(event.target as HTMLElement).closest('.drag-handle')) onOpen(row.id)
  }

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const row = rowFromEvent(event.target)
    if (row) setActiveId(row.id)
    else if (event.target === scrollRef.current) focusIndex(virtualizer.getVirtualItems()[0]?.index ?? 0)
  }

  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }))
  const onDragStart = (event: DragStartEvent) => setDragId(Number(event.active.id))
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragId(null)
    if (over && over.id !== active.id) onMove(Number(active.id), { overId: Number(over.id) })
  }

  const accessibility = useMemo(() => {
    const titles = new Map(items.map((item) => [item.id, item.title]))
    return {
      announcements: dragAnnouncements({
        item: (id) => `‘${titles.get(Number(id)) ?? 'the item'}’`,
        place: (id) => {
          const position = positions.get(Number(id))
          return `position ${position === undefined ? '?' : formatNumber(position)} of ${formatNumber(total)}`
        }
      }),
      screenReaderInstructions: dragInstructions(
        'With the keyboard, focus a row and press Alt+Up or Alt+Down to move it one place.'
      )
    }
  }, [items, positions, total])

  const virtualItems = virtualizer.getVirtualItems()
  const tabbableRendered = virtualItems.some((v) => ids[v.index] === tabbableId)

  return (
    <DndContext
      accessibility={accessibility}
      sensors={sensors}
      collisionDetection={closestCenter}
      measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragId(null)}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <div
          ref={scrollRef}
          className="backlog-scroll"
          // Without a rendered tab stop (it scrolled away), the container takes focus and hands it to the first row in view.
          tabIndex={tabbableRendered ? -1 : 0}
          onKeyDown={onKeyDown}
          onClick={onClick}
          onFocus={onFocus}
        >
          <div
            role="list"
            aria-label="Product Backlog"
            className="backlog-list"
            style={{ height: virtualizer.getTotalSize() }}
          >
            {virtualItems.map((v) => {
              const item = items[v.index]
              if (!item) return null
              return (
                <BacklogRow
                  key={item.id}
                  productId={productId}
                  item={item}
                  position={positions.get(item.id) ?? v.index + 1}
                  setSize={total}
                  state={states.get(item.stateId)}
                  team={teamName?.(item.teamId)}
                  top={v.start}
                  height={ROW_HEIGHT}
                  tabbable={item.id === tabbableId}
                  selected={item.id === selectedId}
                />
              )
            })}
          </div>
        </div>
      </SortableContext>
    </DndContext>
  )
}
