import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import type { Stakeholder } from '@shared/api/methods/stakeholders'
import { QUADRANT_GUIDANCE, quadrantOf, type Quadrant } from '@shared/domain/customers/stakeholders'
import { markerPosition, nudge, scoresAt, type GridScores } from './grid'

/** Quadrants in reading order of the 2x2: high power on top, high interest on the right. */
const LAYOUT: readonly Quadrant[] = ['keep-satisfied', 'manage-closely', 'monitor', 'keep-informed']

interface Drag {
  id: number
  scores: GridScores
  moved: boolean
}

interface StakeholderGridProps {
  stakeholders: readonly Stakeholder[]
  selectedId: number | null
  onSelect: (id: number) => void
  onMove: (stakeholder: Stakeholder, scores: GridScores) => void
}

/**
 * The power / interest grid. Markers are dragged with the pointer (mouse, pen or touch) or moved with
 * the arrow keys when focused; the quadrant a marker is over shows its guidance while it moves.
 */
export function StakeholderGrid({ stakeholders, selectedId, onSelect, onMove }: StakeholderGridProps) {
  const gridRef = useRef<HTMLDivElement>(null)
  const [drag, setDrag] = useState<Drag | null>(null)
  const dragged = drag ? stakeholders.find((s) => s.id === drag.id) : undefined
  const hoverQuadrant = drag?.moved ? quadrantOf(drag.scores.power, drag.scores.interest) : null

  const pointAt = (e: PointerEvent) => {
    const rect = gridRef.current?.getBoundingClientRect()
    return rect ? scoresAt(e.clientX, e.clientY, rect) : null
  }
  const onPointerDown = (e: PointerEvent<HTMLButtonElement>, s: Stakeholder) => {
    if (e.button !== 0) return
    e.currentTarget.setPointerCapture(e.pointerId)
    setDrag({ id: s.id, scores: { power: s.power, interest: s.interest }, moved: false })
  }
  const onPointerMove = (e: PointerEvent) => {
    const scores = drag && pointAt(e)
    if (scores) setDrag({ ...drag, scores, moved: true })
  }
  // The drop point comes from this event: the last move may not have re-rendered yet.
  const onPointerUp = (e: PointerEvent, s: Stakeholder) => {
    if (drag?.moved) onMove(s, pointAt(e) ?? drag.scores)
    else onSelect(s.id)
    setDrag(null)
  }
  const onKeyDown = (e: KeyboardEvent, s: Stakeholder) => {
    const next = nudge({ power: s.power, interest: s.interest }, e.key, e.shiftKey)
    if (!next) return
    e.preventDefault()
    onMove(s, next)
  }

  return (
    <figure className="power-grid-figure" aria-labelledby="power-grid-title">
      <figcaption id="power-grid-title" className="power-grid-caption">
        <strong>Power / interest grid.</strong>{' '}
        <span className="muted small">
          Drag a stakeholder, or focus one and use the arrow keys (Shift for bigger steps).
        </span>
      </figcaption>
      <p className="power-grid-live" aria-live="polite">
        {dragged && hoverQuadrant ? `${dragged.name} → ${QUADRANT_GUIDANCE[hoverQuadrant].title}` : '\u00a0'}
      </p>
      <div className="power-grid-frame">
        <span className="axis-label axis-power" aria-hidden="true">
          Power →
        </span>
        <div ref={gridRef} className="power-grid">
          {LAYOUT.map((q) => (
            <div key={q} className={`quadrant quadrant-${q}${hoverQuadrant === q ? ' drop-over' : ''}`}>
              <p className="quadrant-title">{QUADRANT_GUIDANCE[q].title}</p>
              <p className="quadrant-advice">{QUADRANT_GUIDANCE[q].advice}</p>
            </div>
          ))}
          {stakeholders.map((s) => {
            const scores = drag?.id === s.id ? drag.scores : s
            const quadrant = quadrantOf(scores.power, scores.interest)
            return (
              <button
                key={s.id}
                type="button"
                className={[
                  'stakeholder-marker',
                  s.id === selectedId ? 'selected' : '',
                  drag?.id === s.id ? 'dragging' : '',
                  s.overdue ? 'overdue' : '',
                  // Names near the right edge go on the left of the dot, so the grid does not cut them off.
                  scores.interest > 70 ? 'label-left' : ''
                ].join(' ')}
                style={markerPosition(scores)}
                aria-label={`${s.name}: ${QUADRANT_GUIDANCE[quadrant].title}, power ${scores.power}, interest ${scores.interest}${s.overdue ? ', contact overdue' : ''}`}
                aria-pressed={s.id === selectedId}
                onPointerDown={(e) => onPointerDown(e, s)}
                onPointerMove={onPointerMove}
                onPointerUp={(e) => onPointerUp(e, s)}
                onPointerCancel={() => setDrag(null)}
                onKeyDown={(e) => onKeyDown(e, s)}
                onClick={(e) => {
                  // Pointer clicks select on pointer-up; this handles Enter and Space.
                  if (e.detail === 0) onSelect(s.id)
                }}
              >
                <span className="marker-dot" aria-hidden="true">
                  {s.overdue ? '!' : ''}
                </span>
                <span className="marker-name" aria-hidden="true">
                  {s.name}
                </span>
              </button>
            )
          })}
        </div>
        <span className="axis-label axis-interest" aria-hidden="true">
          Interest →
        </span>
      </div>
    </figure>
  )
}
