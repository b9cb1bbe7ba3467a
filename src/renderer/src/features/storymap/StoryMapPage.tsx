import { useState, type FormEvent } from 'react'
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
import type { BacklogListItem, Product } from '@shared/api'
import type { StoryMap } from '@shared/api/methods/storymap'
import { formatNumber } from '@shared/domain/format'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { ProductPage } from '@renderer/ui/ProductPage'
import { VirtualList } from '@renderer/ui/virtual/VirtualList'
import { useBacklog, useWorkflow } from '@renderer/features/backlog/queries'
import { buildGrid, cellKey, parseCellKey, type Cell } from './grid'
import { MoveStoryDialog } from './MoveStoryDialog'
import { usePlaceStory, useShapeMap, useStoryMap } from './queries'
import '@renderer/styles/storymap.css'

const OFF_MAP = 'off-map'
const itemKey = (item: BacklogListItem) => item.id
const itemTitle = (item: BacklogListItem) => item.title
/** A card with a one-line title and its Move link, with the gap below it. */
const CARD_HEIGHT = 62

export function StoryMapPage() {
  return (
    <ProductPage
      title="Story map"
      className="storymap-page"
      intro="The user's journey left to right, releases top to bottom. The stories are your backlog items: moving one here moves nothing in the backlog order."
    >
      {(product) => <StoryMapView key={product.id} product={product} />}
    </ProductPage>
  )
}

function StoryMapView({ product }: { product: Product }) {
  const map = useStoryMap(product.id)
  const backlog = useBacklog(product.id)
  const workflow = useWorkflow(product.id)
  const place = usePlaceStory(product.id)
  const shape = useShapeMap(product.id)
  const [moving, setMoving] = useState<BacklogListItem | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }))

  if (map.isPending || backlog.isPending) return <p className="muted">Loading the story map…</p>
  if (map.error || backlog.error) return <ErrorMessage error={map.error ?? backlog.error} />
  const grid = buildGrid(map.data, backlog.data, workflow.data)
  const sliceRows: Array<{ id: number | null; name: string }> = [
    ...map.data.slices,
    { id: null, name: 'No release yet' }
  ]

  const moveTo = (item: BacklogListItem, cell: Cell | null) => {
    place.mutate({ itemId: item.id, cell })
    setAnnouncement(`Moved “${item.title}” to ${describeCell(map.data, cell)}.`)
  }
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const item = backlog.data.find((i) => `item-${i.id}` === active.id)
    if (!item || !over) return
    const target = over.id === OFF_MAP ? null : parseCellKey(String(over.id))
    const current = map.data.placements.find((p) => p.itemId === item.id)
    if (target && current && cellKey(target) === cellKey(current)) return
    if (!target && !current) return
    moveTo(item, target)
  }

  return (
    <div className="stack">
      <div className="storymap-toolbar">
        <AddForm
          id="new-activity"
          label="New activity"
          button="Add activity"
          onAdd={(name) => shape.mutate({ method: 'storymap.addActivity', input: { productId: product.id, name } })}
        />
        <AddForm
          id="new-slice"
          label="New release slice"
          button="Add slice"
          onAdd={(name) => shape.mutate({ method: 'storymap.addSlice', input: { productId: product.id, name } })}
        />
      </div>
      <ErrorMessage error={shape.error} />
      {grid.columns.length === 0 ? (
        <div className="empty-state">
          <h2>Start with the backbone</h2>
          <p>
            Add the activities a user goes through, left to right (for example “Find a swim”, “Book”, “Manage
            bookings”), then the steps of each. Release slices are the rows: the first is the smallest release that
            still works end to end.
          </p>
        </div>
      ) : (
        <DndContext sensors={sensors} onDragEnd={onDragEnd}>
          <div className="storymap-layout">
            <div className="storymap-scroll">
              <div
                className="storymap-grid"
                style={{ gridTemplateColumns: `9rem repeat(${grid.columns.length}, minmax(11rem, 1fr))` }}
              >
                <div className="storymap-corner muted small">Activities</div>
                {map.data.activities.map((activity) => (
                  <div
                    key={activity.id}
                    className="storymap-activity"
                    style={{ gridColumn: `span ${Math.max(1, activity.steps.length)}` }}
                  >
                    <div className="storymap-head">
                      <h2>{activity.name}</h2>
                      <RemoveButton
                        label={`Remove activity ${activity.name}`}
                        onRemove={() =>
                          shape.mutate({ method: 'storymap.remove', input: { kind: 'activity', id: activity.id } })
                        }
                      />
                    </div>
                    <AddForm
                      id={`new-step-${activity.id}`}
                      label={`New step in ${activity.name}`}
                      button="Add step"
                      compact
                      onAdd={(name) =>
                        shape.mutate({ method: 'storymap.addStep', input: { activityId: activity.id, name } })
                      }
                    />
                  </div>
                ))}
                <div className="storymap-corner muted small">Steps</div>
                {grid.columns.map((column) =>
                  column.step ? (
                    <div key={`step-${column.step.id}`} className="storymap-step">
                      <h3>{column.step.name}</h3>
                      <RemoveButton
                        label={`Remove step ${column.step.name}`}
                        onRemove={() =>
                          column.step &&
                          shape.mutate({ method: 'storymap.remove', input: { kind: 'step', id: column.step.id } })
                        }
                      />
                    </div>
                  ) : (
                    <div key={`empty-${column.activityId}`} className="storymap-step muted small">
                      No steps yet
                    </div>
                  )
                )}
                {sliceRows.map((slice) => (
                  <SliceRow
                    key={slice.id ?? 'none'}
                    slice={slice}
                    grid={grid}
                    onMoveDialog={setMoving}
                    onRemove={
                      slice.id === null
                        ? undefined
                        : () =>
                            slice.id !== null &&
                            shape.mutate({ method: 'storymap.remove', input: { kind: 'slice', id: slice.id } })
                    }
                  />
                ))}
              </div>
            </div>
            <OffMap items={grid.unplaced} onMoveDialog={setMoving} />
          </div>
        </DndContext>
      )}
      {moving && (
        <MoveStoryDialog
          item={moving}
          map={map.data}
          current={map.data.placements.find((p) => p.itemId === moving.id) ?? null}
          onMove={(cell) => moveTo(moving, cell)}
          onClose={() => setMoving(null)}
        />
      )}
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
    </div>
  )
}

function describeCell(map: StoryMap, cell: Cell | null): string {
  if (!cell) return 'off the map'
  const step = map.activities
    .flatMap((a) => a.steps.map((s) => ({ ...s, activity: a.name })))
    .find((s) => s.id === cell.stepId)
  const slice = map.slices.find((s) => s.id === cell.sliceId)
  return `${step ? `${step.activity} › ${step.name}` : 'a step'}, ${slice ? slice.name : 'no release yet'}`
}

interface SliceRowProps {
  slice: { id: number | null; name: string }
  grid: ReturnType<typeof buildGrid>
  onMoveDialog: (item: BacklogListItem) => void
  onRemove?: () => void
}

function SliceRow({ slice, grid, onMoveDialog, onRemove }: SliceRowProps) {
  return (
    <>
      <div className="storymap-slice-name">
        <h3>{slice.name}</h3>
        {onRemove && <RemoveButton label={`Remove slice ${slice.name}`} onRemove={onRemove} />}
      </div>
      {grid.columns.map((column) =>
        column.step ? (
          <MapCell
            key={`${column.step.id}-${slice.id ?? 'none'}`}
            cell={{ stepId: column.step.id, sliceId: slice.id }}
            label={`${column.activityName} › ${column.step.name}, ${slice.name}`}
            items={grid.cells.get(cellKey({ stepId: column.step.id, sliceId: slice.id })) ?? []}
            onMoveDialog={onMoveDialog}
          />
        ) : (
          <div key={`none-${column.activityId}-${slice.id ?? 'none'}`} className="storymap-cell disabled" />
        )
      )}
    </>
  )
}

function MapCell({
  cell,
  label,
  items,
  onMoveDialog
}: {
  cell: Cell
  label: string
  items: BacklogListItem[]
  onMoveDialog: (item: BacklogListItem) => void
}) {
  const { setNodeRef, isOver } = useDroppable({ id: cellKey(cell) })
  return (
    <section
      ref={setNodeRef}
      className={isOver ? 'storymap-cell drop-over' : 'storymap-cell'}
      aria-label={label}
      data-cell={cellKey(cell)}
    >
      <ul className="storymap-cards">
        {items.map((item) => (
          <li key={item.id} aria-label={item.title}>
            <StoryCard item={item} onMoveDialog={onMoveDialog} />
          </li>
        ))}
      </ul>
    </section>
  )
}

function OffMap({ items, onMoveDialog }: { items: BacklogListItem[]; onMoveDialog: (item: BacklogListItem) => void }) {
  const { setNodeRef, isOver } = useDroppable({ id: OFF_MAP })
  return (
    <aside
      ref={setNodeRef}
      className={isOver ? 'storymap-offmap drop-over' : 'storymap-offmap'}
      aria-labelledby="offmap-title"
    >
      <h2 id="offmap-title">
        Not on the map <span className="muted small">({formatNumber(items.length)})</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted small">Every story is on the map.</p>
      ) : (
        // Every open story can be here in a new map of a big backlog: only the cards in view are drawn.
        <VirtualList
          label={{ labelledBy: 'offmap-title' }}
          className="storymap-cards"
          items={items}
          itemKey={itemKey}
          itemHeight={CARD_HEIGHT}
          itemLabel={itemTitle}
          renderItem={(item) => <StoryCard item={item} onMoveDialog={onMoveDialog} />}
        />
      )}
    </aside>
  )
}

function StoryCard({ item, onMoveDialog }: { item: BacklogListItem; onMoveDialog: (item: BacklogListItem) => void }) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: `item-${item.id}` })
  return (
    <div
      ref={setNodeRef}
      className={isDragging ? 'storymap-card dragging' : 'storymap-card'}
      style={{ transform: CSS.Translate.toString(transform) }}
    >
      <button type="button" className="drag-handle" aria-label={`Drag ${item.title}`} {...attributes} {...listeners}>
        ⠿
      </button>
      <span className="storymap-card-title">
        {item.title}
        {item.estimate !== null && <span className="muted small"> · {item.estimate}</span>}
      </span>
      <button
        type="button"
        className="button-link small"
        onClick={() => onMoveDialog(item)}
        aria-label={`Move ${item.title}`}
      >
        Move…
      </button>
    </div>
  )
}

function RemoveButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <button type="button" className="icon-button" aria-label={label} title={label} onClick={onRemove}>
      ×
    </button>
  )
}

interface AddFormProps {
  id: string
  label: string
  button: string
  compact?: boolean
  onAdd: (name: string) => void
}

function AddForm({ id, label, button, compact, onAdd }: AddFormProps) {
  const [name, setName] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!name.trim()) return
    onAdd(name.trim())
    setName('')
  }
  return (
    <form className={compact ? 'storymap-add compact' : 'storymap-add'} onSubmit={submit}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        value={name}
        maxLength={80}
        placeholder={compact ? 'New step' : undefined}
        onChange={(e) => setName(e.target.value)}
      />
      <button type="submit" disabled={!name.trim()}>
        {button}
      </button>
    </form>
  )
}
