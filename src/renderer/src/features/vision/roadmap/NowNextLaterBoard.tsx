import { useState } from 'react'
import {
  DndContext,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent
} from '@dnd-kit/core'
import { CSS } from '@dnd-kit/utilities'
import type { Product } from '@shared/api'
import type { ProductGoal } from '@shared/api/methods/goals'
import type { Roadmap } from '@shared/api/methods/roadmap'
import { ROADMAP_COLUMNS, ROADMAP_COLUMN_LABELS } from '@shared/domain/vision/roadmap'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { dragAnnouncements, dragInstructions } from '@renderer/ui/dragAnnouncements'
import { ExportButtons } from '../export/ExportButtons'
import { boardMarkup } from '../export/roadmapMarkup'
import { GoalStatus } from '../goals/GoalStatus'
import { formatOptionalDay } from '../format'
import { useSetBoard } from '../queries'
import { boardColumns, moveGoal, placementOf, type Placement } from './board'

const PLACEMENT_LABELS: Record<Placement, string> = { ...ROADMAP_COLUMN_LABELS, unplanned: 'Not on the board' }
const PLACEMENTS: readonly Placement[] = ['unplanned', ...ROADMAP_COLUMNS]

/** Goals, not features, in three horizons. Drag a card by its handle, or choose its column from the list on the card. */
export function NowNextLaterBoard({
  product,
  roadmap,
  goals
}: {
  product: Product
  roadmap: Roadmap
  goals: readonly ProductGoal[]
}) {
  const setBoard = useSetBoard(product.id)
  const [announcement, setAnnouncement] = useState('')
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }))
  const { columns, unplanned } = boardColumns(roadmap.board, goals)

  const move = (goal: ProductGoal, target: Placement) => {
    if (placementOf(roadmap.board, goal.id) === target) return
    setBoard.mutate(moveGoal(roadmap.board, goal.id, target))
    setAnnouncement(`Moved “${goal.title}” to ${PLACEMENT_LABELS[target]}.`)
  }
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const goal = goals.find((g) => g.id === active.id)
    if (goal && over) move(goal, over.id as Placement)
  }

  return (
    <section className="stack" aria-labelledby="nnl-title">
      <div className="toolbar">
        <h2 id="nnl-title" className="grow">
          Now / Next / Later
        </h2>
        <ExportButtons
          title={`${product.name} Now Next Later roadmap`}
          width={1000}
          markup={() => boardMarkup(product.name, columns)}
        />
      </div>
      <ErrorMessage error={setBoard.error} />
      <DndContext
        accessibility={{
          announcements: dragAnnouncements({
            item: (id) => `“${goals.find((g) => g.id === id)?.title ?? 'the goal'}”`,
            place: (id) => {
              const placement = typeof id === 'number' ? placementOf(roadmap.board, id) : (id as Placement)
              return placement ? PLACEMENT_LABELS[placement] : 'no column'
            }
          }),
          screenReaderInstructions: dragInstructions('With the keyboard, choose the column from the list on the card.')
        }}
        sensors={sensors}
        onDragEnd={onDragEnd}
      >
        <div className="nnl-board">
          {PLACEMENTS.map((placement) => (
            <BoardColumn
              key={placement}
              placement={placement}
              goals={placement === 'unplanned' ? unplanned : columns[placement]}
              onMove={move}
            />
          ))}
        </div>
      </DndContext>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
    </section>
  )
}

function BoardColumn({
  placement,
  goals,
  onMove
}: {
  placement: Placement
  goals: readonly ProductGoal[]
  onMove: (goal: ProductGoal, to: Placement) => void
}) {
  const { setNodeRef, isOver } = useDroppable({ id: placement })
  const headingId = `nnl-column-${placement}`
  return (
    <section
      ref={setNodeRef}
      className={`nnl-column nnl-${placement}${isOver ? ' drop-over' : ''}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>
        {PLACEMENT_LABELS[placement]} <span className="muted small">({goals.length})</span>
      </h3>
      <ul className="nnl-cards" aria-labelledby={headingId}>
        {goals.map((goal) => (
          <GoalCardOnBoard key={goal.id} goal={goal} placement={placement} onMove={onMove} />
        ))}
      </ul>
      {goals.length === 0 && (
        <p className="muted small">{placement === 'unplanned' ? 'Every open goal is placed.' : 'Drop goals here.'}</p>
      )}
    </section>
  )
}

function GoalCardOnBoard({
  goal,
  placement,
  onMove
}: {
  goal: ProductGoal
  placement: Placement
  onMove: (goal: ProductGoal, to: Placement) => void
}) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: goal.id })
  return (
    <li
      ref={setNodeRef}
      className={isDragging ? 'nnl-card dragging' : 'nnl-card'}
      style={{ transform: CSS.Translate.toString(transform) }}
      aria-label={goal.title}
    >
      <div className="nnl-card-head">
        <button type="button" className="drag-handle" aria-label={`Drag ${goal.title}`} {...attributes} {...listeners}>
          ⠿
        </button>
        <strong className="grow">{goal.title}</strong>
      </div>
      <p className="small">
        <GoalStatus status={goal.status} />
        {goal.targetDate && <span className="muted"> · by {formatOptionalDay(goal.targetDate)}</span>}
      </p>
      <label className="small nnl-move">
        Column{' '}
        <select
          value={placement}
          onChange={(e) => onMove(goal, e.target.value as Placement)}
          aria-label={`Column for ${goal.title}`}
        >
          {PLACEMENTS.map((p) => (
            <option key={p} value={p}>
              {PLACEMENT_LABELS[p]}
            </option>
          ))}
        </select>
      </label>
    </li>
  )
}
