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
import type { BacklogListItem } from '@shared/api'
import { REFINEMENT_TIPS, bucketChanges, groupIntoBuckets } from '@shared/domain/estimation'
import { scaleSteps, type EstimateScale } from '@shared/domain/items/estimate-scale'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { notify } from '@renderer/ui/toastStore'
import { dragAnnouncements, dragInstructions } from '@renderer/ui/dragAnnouncements'
import { useSaveEstimates } from './queries'
import { formatCount, formatNumber } from '@shared/domain/format'

const UNSORTED = 'unsorted'

interface BucketEstimationProps {
  productId: number
  items: readonly BacklogListItem[]
  scale: EstimateScale
}

/** Drag items into buckets of the estimate scale (or choose a bucket from the list on the card), then save them all at once. */
export function BucketEstimation({ productId, items, scale }: BucketEstimationProps) {
  const steps = scaleSteps(scale)
  const [placed, setPlaced] = useState<Map<number, number>>(new Map())
  const save = useSaveEstimates(productId)
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }))
  const { buckets, unsorted } = groupIntoBuckets(
    items,
    placed,
    steps.map((s) => s.points)
  )
  const changes = bucketChanges(items, placed)
  const labelOf = (points: number) => steps.find((s) => s.points === points)?.label ?? String(points)

  const put = (itemId: number, value: number | null) =>
    setPlaced((current) => {
      const next = new Map(current)
      if (value === null) next.delete(itemId)
      else next.set(itemId, value)
      return next
    })
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return
    const itemId = Number(String(active.id).replace('bucket-item-', ''))
    put(itemId, over.id === UNSORTED ? null : Number(over.id))
  }
  const saveAll = () =>
    save.mutate(
      { productId, estimates: changes },
      {
        onSuccess: ({ saved }) => {
          notify(`Saved ${formatCount(saved, 'estimate')}.`)
          setPlaced(new Map())
        }
      }
    )

  if (items.length === 0) {
    return (
      <div className="empty-state">
        <h2>Nothing to sort</h2>
        <p>Bucket estimation sorts the open items near the top of the backlog; there are none.</p>
      </div>
    )
  }
  return (
    <section className="stack" aria-labelledby="buckets-title">
      <div className="toolbar">
        <h2 id="buckets-title" className="grow">
          Bucket estimation
        </h2>
        <span className="muted small" aria-live="polite">
          {changes.length === 0 ? 'No changes yet' : `${formatCount(changes.length, 'estimate')} to save`}
        </span>
        <button type="button" onClick={() => setPlaced(new Map())} disabled={changes.length === 0}>
          Start over
        </button>
        <button type="button" className="primary" onClick={saveAll} disabled={changes.length === 0 || save.isPending}>
          Save all estimates
        </button>
      </div>
      <p className="muted small">{REFINEMENT_TIPS.bucketEstimation}</p>
      <ErrorMessage error={save.error} />
      <DndContext
        accessibility={{
          announcements: dragAnnouncements({
            item: (id) => `“${items.find((i) => `bucket-item-${i.id}` === id)?.title ?? 'the item'}”`,
            place: (id) => {
              if (id === UNSORTED) return 'not sorted yet'
              if (typeof id === 'number') return `the ${labelOf(id)} bucket`
              const item = Number(String(id).replace('bucket-item-', ''))
              return placed.has(item) ? `the ${labelOf(placed.get(item)!)} bucket` : 'not sorted yet'
            }
          }),
          screenReaderInstructions: dragInstructions('With the keyboard, choose the bucket from the list on the card.')
        }}
        sensors={sensors}
        onDragEnd={onDragEnd}
      >
        <div className="buckets">
          <Bucket id={UNSORTED} title="Not sorted" items={unsorted} steps={steps} onPut={put} />
          {buckets.map((bucket) => (
            <Bucket
              key={bucket.value}
              id={String(bucket.value)}
              title={labelOf(bucket.value)}
              items={bucket.items}
              steps={steps}
              onPut={put}
            />
          ))}
        </div>
      </DndContext>
    </section>
  )
}

interface BucketProps {
  id: string
  title: string
  items: BacklogListItem[]
  steps: ReadonlyArray<{ label: string; points: number }>
  onPut: (itemId: number, value: number | null) => void
}

function Bucket({ id, title, items, steps, onPut }: BucketProps) {
  const { setNodeRef, isOver } = useDroppable({ id })
  return (
    <section
      ref={setNodeRef}
      className={isOver ? 'bucket drop-over' : 'bucket'}
      aria-label={`Bucket ${title}`}
      data-bucket={id}
    >
      <h3>
        {title} <span className="muted small">({formatNumber(items.length)})</span>
      </h3>
      <ul className="bucket-cards">
        {items.map((item) => (
          <BucketCard key={item.id} item={item} bucket={id} steps={steps} onPut={onPut} />
        ))}
      </ul>
    </section>
  )
}

function BucketCard({
  item,
  bucket,
  steps,
  onPut
}: {
  item: BacklogListItem
  bucket: string
  steps: BucketProps['steps']
  onPut: BucketProps['onPut']
}) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: `bucket-item-${item.id}` })
  return (
    <li
      ref={setNodeRef}
      className={isDragging ? 'bucket-card dragging' : 'bucket-card'}
      style={{ transform: CSS.Translate.toString(transform) }}
    >
      <div className="bucket-card-head">
        <button type="button" className="drag-handle" aria-label={`Drag ${item.title}`} {...attributes} {...listeners}>
          ⠿
        </button>
        <span>{item.title}</span>
      </div>
      <select
        aria-label={`Bucket for ${item.title}`}
        value={bucket === UNSORTED ? '' : bucket}
        onChange={(e) => onPut(item.id, e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">{item.estimate === null ? 'Not sorted' : 'Back to its estimate'}</option>
        {steps.map((step) => (
          <option key={step.points} value={step.points}>
            {step.label}
          </option>
        ))}
      </select>
    </li>
  )
}
