import { useState, type KeyboardEvent, type PointerEvent } from 'react'
import {
  CartesianGrid,
  Label,
  ReferenceArea,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
  usePlotArea,
  useXAxisInverseScale,
  useYAxisInverseScale
} from 'recharts'
import { WSJF_SCALE } from '@shared/domain/ordering/scales'
import {
  QUADRANT_AREAS,
  STEPS,
  STEP_DOMAIN,
  crowdRadius,
  fromStep,
  SPREAD_LIMIT,
  stepBy,
  type ScatterCrowd,
  type ScatterMarks,
  type ScatterPoint
} from './chartData'
import { formatCount, formatNumber } from '@shared/domain/format'

export interface PlacementChange {
  id: number
  value: number
  effort: number
}

interface ValueEffortChartProps {
  marks: ScatterMarks
  onPlace: (change: PlacementChange) => void
}

const tickLabel = (step: number) => String(WSJF_SCALE[step - 1] ?? '')

/**
 * Effort along x, value up y; dots can be dragged with a pointer or moved with the arrow keys.
 * Where many items share a spot they are one circle with their number: the SVG stays small at any
 * backlog size, and the table below changes those items' scores.
 */
export function ValueEffortChart({ marks, onPlace }: ValueEffortChartProps) {
  const { points, crowds, placed } = marks
  const largest = Math.max(0, ...crowds.map((crowd) => crowd.count))
  return (
    <figure className="chart-card" aria-labelledby="value-effort-title">
      <h3 id="value-effort-title">Value versus effort</h3>
      <p className="muted small">
        Drag a dot to change its value (up) and effort (right), or focus it and use the arrow keys. Scores snap to the
        scale.
        {crowds.length > 0 &&
          ` A circle with a number stands for that many items with the same value and effort (more than ${SPREAD_LIMIT}); change their scores in the table below.`}
      </p>
      <p className="visually-hidden">
        {formatCount(placed, 'item is', 'items are')} on the chart; the lists beside it name the items of each quadrant.
      </p>
      <ResponsiveContainer width="100%" height={420}>
        <ScatterChart margin={{ top: 12, right: 16, bottom: 28, left: 8 }}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          {QUADRANT_AREAS.map((area) => (
            <ReferenceArea
              key={area.quadrant}
              x1={area.x[0]}
              x2={area.x[1]}
              y1={area.y[0]}
              y2={area.y[1]}
              fill={`var(--${area.quadrant})`}
              fillOpacity={0.12}
              stroke="none"
              ifOverflow="hidden"
            >
              <Label
                value={area.label}
                position={area.y[0] > STEP_DOMAIN[0] ? 'insideTop' : 'insideBottom'}
                fill={`var(--${area.quadrant})`}
                fontWeight={700}
                fontSize={14}
              />
            </ReferenceArea>
          ))}
          <XAxis
            type="number"
            dataKey="x"
            domain={STEP_DOMAIN}
            ticks={STEPS}
            tickFormatter={tickLabel}
            allowDataOverflow
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)' }}
          >
            <Label value="Effort →" position="bottom" offset={8} fill="var(--text)" />
          </XAxis>
          <YAxis
            type="number"
            dataKey="y"
            domain={STEP_DOMAIN}
            ticks={STEPS}
            tickFormatter={tickLabel}
            allowDataOverflow
            width={48}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)' }}
          >
            <Label value="Value →" angle={-90} position="insideLeft" fill="var(--text)" />
          </YAxis>
          <Scatter
            data={crowds as ScatterCrowd[]}
            isAnimationActive={false}
            shape={(props: CrowdShapeProps) => <CrowdMark {...props} largest={largest} />}
          />
          <Scatter
            data={points as ScatterPoint[]}
            isAnimationActive={false}
            shape={(props: DotShapeProps) => <DraggableDot {...props} onPlace={onPlace} />}
          />
        </ScatterChart>
      </ResponsiveContainer>
    </figure>
  )
}

interface CrowdShapeProps {
  cx?: number
  cy?: number
  payload?: ScatterCrowd
}

function CrowdMark({ cx, cy, payload, largest }: CrowdShapeProps & { largest: number }) {
  if (cx === undefined || cy === undefined || !payload) return null
  const count = formatNumber(payload.count)
  const label = `${count} items with value ${payload.value} and effort ${payload.effort}`
  return (
    <g className="scatter-crowd" role="img" aria-label={label}>
      <title>{label}</title>
      <circle
        cx={cx}
        cy={cy}
        r={crowdRadius(payload.count, largest)}
        fill="var(--accent)"
        fillOpacity={0.3}
        stroke="var(--accent)"
        strokeWidth={1.5}
      />
      <text x={cx} y={cy} dy="0.35em" textAnchor="middle" fill="var(--text)" fontSize={12} fontWeight={600}>
        {count}
      </text>
    </g>
  )
}

interface DotShapeProps {
  cx?: number
  cy?: number
  payload?: ScatterPoint
}

interface Drag {
  pointerId: number
  x: number
  y: number
}

/**
 * A dot that follows the pointer while dragged (captured, so it keeps following outside the dot)
 * and, on release, turns its position back into scores with the axes' own inverse scales.
 */
function DraggableDot({ cx, cy, payload, onPlace }: DotShapeProps & { onPlace: (change: PlacementChange) => void }) {
  const toEffort = useXAxisInverseScale()
  const toValue = useYAxisInverseScale()
  const plot = usePlotArea()
  const [drag, setDrag] = useState<Drag | null>(null)
  if (cx === undefined || cy === undefined || !payload) return null
  const point = payload

  const chartPosition = (event: PointerEvent<SVGGElement>) => {
    const svg = event.currentTarget.ownerSVGElement
    const matrix = svg?.getScreenCTM()
    if (!svg || !matrix) return null
    const local = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse())
    if (!plot) return { x: local.x, y: local.y }
    return {
      x: Math.min(plot.x + plot.width, Math.max(plot.x, local.x)),
      y: Math.min(plot.y + plot.height, Math.max(plot.y, local.y))
    }
  }

  const scoresAt = (x: number, y: number) => {
    if (!toEffort || !toValue) return null
    return { effort: fromStep(Number(toEffort(x))), value: fromStep(Number(toValue(y))) }
  }

  const onPointerDown = (event: PointerEvent<SVGGElement>) => {
    if (event.button !== 0) return
    event.currentTarget.setPointerCapture(event.pointerId)
    setDrag({ pointerId: event.pointerId, x: cx, y: cy })
  }
  const onPointerMove = (event: PointerEvent<SVGGElement>) => {
    if (drag?.pointerId !== event.pointerId) return
    const position = chartPosition(event)
    if (position) setDrag({ ...drag, ...position })
  }
  const onPointerUp = (event: PointerEvent<SVGGElement>) => {
    if (drag?.pointerId !== event.pointerId) return
    const position = chartPosition(event) ?? drag
    setDrag(null)
    const scores = scoresAt(position.x, position.y)
    if (scores && (scores.value !== point.value || scores.effort !== point.effort)) onPlace({ id: point.id, ...scores })
  }
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const moves: Record<string, { value: number; effort: number }> = {
      ArrowUp: { value: stepBy(point.value, 1), effort: point.effort },
      ArrowDown: { value: stepBy(point.value, -1), effort: point.effort },
      ArrowRight: { value: point.value, effort: stepBy(point.effort, 1) },
      ArrowLeft: { value: point.value, effort: stepBy(point.effort, -1) }
    }
    const next = moves[event.key]
    if (!next) return
    event.preventDefault()
    if (next.value !== point.value || next.effort !== point.effort) onPlace({ id: point.id, ...next })
  }

  const x = drag?.x ?? cx
  const y = drag?.y ?? cy
  const preview = drag ? scoresAt(drag.x, drag.y) : null
  return (
    <g
      className={drag ? 'scatter-dot dragging' : 'scatter-dot'}
      tabIndex={0}
      role="button"
      aria-roledescription="movable point"
      aria-label={`${point.title}: value ${point.value}, effort ${point.effort}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => setDrag(null)}
      onKeyDown={onKeyDown}
    >
      <title>{`${point.title}: value ${point.value}, effort ${point.effort}`}</title>
      <circle cx={x} cy={y} r={16} fill="transparent" />
      <circle cx={x} cy={y} r={drag ? 8 : 6} fill="var(--accent)" stroke="var(--surface)" strokeWidth={1.5} />
      {preview && (
        // The label sits on the side of the dot facing the middle of the chart, so it never leaves the plot.
        <text
          x={plot && x > plot.x + plot.width / 2 ? x - 12 : x + 12}
          y={plot && y < plot.y + 24 ? y + 22 : y - 12}
          textAnchor={plot && x > plot.x + plot.width / 2 ? 'end' : 'start'}
          fill="var(--text)"
          stroke="var(--surface)"
          strokeWidth={4}
          paintOrder="stroke"
          fontSize={12}
          fontWeight={600}
        >
          value {preview.value} · effort {preview.effort}
        </text>
      )}
    </g>
  )
}
