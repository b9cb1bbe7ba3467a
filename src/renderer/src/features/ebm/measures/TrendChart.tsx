import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis
} from 'recharts'
import { formatValue } from '@shared/domain/ebm/format'
import { fromDayNumber } from '@shared/domain/flow/dates'
import type { TrendChart as TrendData } from '../shape/trend'
import { formatDay, formatMonthTick } from '../shape/format'
import { formatCount } from '@shared/domain/format'

const axis = {
  stroke: 'var(--ebm-axis)',
  tick: { fill: 'var(--muted)', fontSize: 12 },
  tickLine: { stroke: 'var(--ebm-axis)' }
} as const

const tooltip = {
  contentStyle: {
    background: 'var(--surface)',
    border: '1px solid var(--border)',
    borderRadius: 6,
    color: 'var(--text)'
  },
  labelStyle: { color: 'var(--text)', fontWeight: 600 },
  itemStyle: { color: 'var(--text)' }
} as const

/** Labels of neighbouring target lines take turns above and below their line, left and right. */
const TARGET_LABEL_SPOTS = ['insideTopLeft', 'insideBottomRight', 'insideTopRight', 'insideBottomLeft'] as const

interface TrendChartProps {
  title: string
  unit: string
  chart: TrendData
}

/** Values over time with the lines they are measured against; the values table below carries the same numbers as text. */
export function TrendChart({ title, unit, chart }: TrendChartProps) {
  const { points, targets, dateMarks, expectations } = chart
  // The heading names the measure; the axis only needs the unit, and a long name would be cut off.
  const yLabel = unit.trim() || 'Value'
  const first = points[0]
  const last = points.at(-1)
  return (
    <figure className="card ebm-trend" aria-labelledby="ebm-trend-title">
      <figcaption>
        <h2 id="ebm-trend-title">Trend</h2>
        <p className="muted small">
          {first && last
            ? `${formatCount(points.length, 'value')} from ${formatDay(first.date)} to ${formatDay(last.date)}; the latest is ${formatValue(last.value, unit)}.`
            : 'No values yet: record one below and the line starts here.'}
        </p>
      </figcaption>
      {points.length > 0 && (
        <div className="ebm-trend-plot" role="img" aria-label={`Line chart of ${title} over time`}>
          <ResponsiveContainer width="100%" height={300}>
            <LineChart data={points} margin={{ top: 16, right: 24, bottom: 24, left: 16 }}>
              <CartesianGrid stroke="var(--ebm-grid)" strokeDasharray="3 3" />
              <XAxis
                dataKey="x"
                type="number"
                scale="linear"
                domain={chart.xDomain}
                ticks={chart.xTicks}
                tickFormatter={formatMonthTick}
                {...axis}
                label={{ value: 'Date', position: 'insideBottom', offset: -12, fill: 'var(--muted)', fontSize: 12 }}
              />
              <YAxis
                domain={chart.yDomain}
                ticks={chart.yTicks}
                width={64}
                {...axis}
                label={{
                  value: yLabel,
                  position: 'insideLeft',
                  angle: -90,
                  offset: 4,
                  fill: 'var(--muted)',
                  fontSize: 12,
                  style: { textAnchor: 'middle' }
                }}
              />
              <Tooltip
                {...tooltip}
                labelFormatter={(x) => formatDay(fromDayNumber(Number(x)))}
                formatter={(value) => [formatValue(Number(value), unit), title]}
              />
              {targets.map((t, i) => (
                <ReferenceLine
                  key={`${t.label}:${t.value}`}
                  y={t.value}
                  stroke="var(--ebm-target)"
                  strokeDasharray="6 4"
                  label={{
                    value: t.label,
                    position: TARGET_LABEL_SPOTS[i % TARGET_LABEL_SPOTS.length],
                    fill: 'var(--ebm-target)',
                    fontSize: 12
                  }}
                />
              ))}
              {/* The date says which line it is; the legend below names the goal in full. */}
              {dateMarks.map((m) => (
                <ReferenceLine
                  key={`${m.label}:${m.x}`}
                  x={m.x}
                  stroke="var(--ebm-goal-date)"
                  strokeDasharray="2 4"
                  label={{
                    value: `due ${formatDay(m.date)}`,
                    position: 'insideBottomRight',
                    fill: 'var(--ebm-goal-date)',
                    fontSize: 11
                  }}
                />
              ))}
              {expectations.map((e) => (
                <ReferenceDot
                  key={`${e.label}:${e.x}`}
                  x={e.x}
                  y={e.value}
                  r={5}
                  fill="var(--surface)"
                  stroke="var(--ebm-expect)"
                  strokeWidth={2}
                />
              ))}
              {/* Straight segments: a smoothed curve would invent values between two readings. */}
              <Line
                type="linear"
                dataKey="value"
                name={title}
                stroke="var(--ebm-line)"
                strokeWidth={2}
                dot={{ r: 3, fill: 'var(--ebm-line)' }}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
      {points.length > 0 && (
        <ul className="ebm-legend" aria-label="Trend legend">
          <li>
            <span className="ebm-swatch line" style={{ background: 'var(--ebm-line)' }} aria-hidden="true" />
            Recorded values
          </li>
          {targets.map((t) => (
            <li key={`${t.label}:${t.value}`}>
              <span className="ebm-swatch dashed" style={{ borderColor: 'var(--ebm-target)' }} aria-hidden="true" />
              {t.label}
            </li>
          ))}
          {dateMarks.map((m) => (
            <li key={`${m.label}:${m.x}`}>
              <span className="ebm-swatch dotted" style={{ borderColor: 'var(--ebm-goal-date)' }} aria-hidden="true" />
              {m.label}
            </li>
          ))}
          {expectations.map((e) => (
            <li key={`${e.label}:${e.x}`}>
              <span className="ebm-swatch ring" style={{ borderColor: 'var(--ebm-expect)' }} aria-hidden="true" />
              {e.label} by {formatDay(fromDayNumber(e.x))}
            </li>
          ))}
        </ul>
      )}
    </figure>
  )
}
