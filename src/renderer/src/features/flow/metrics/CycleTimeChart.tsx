import {
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis
} from 'recharts'
import { PERCENTILE_LEVELS, toDayNumber, type DayWindow } from '@shared/domain/flow'
import { dayNumberTick, formatCount, formatDay } from '../shape/format'
import type { CycleTimeScatter, ScatterPoint } from '../shape/metricsCharts'
import {
  ChartCard,
  ChartLegend,
  PERCENTILE_COLOURS,
  SLE_COLOURS,
  axisLabel,
  axisProps,
  gridProps,
  sleLineElements,
  tooltipProps
} from '../ui/chartKit'

/** A dot of one item has the usual size; the dot of the most items is six times its area. */
const DOT_AREA = 64
const LARGEST_DOT_AREA = 6 * DOT_AREA

/** The 85th percentile is drawn as the history's SLE line (see sleReading); the others as plain percentiles. */
const PLAIN_LEVELS = PERCENTILE_LEVELS.filter((p) => p !== 85)

export function CycleTimeChart({ scatter, window }: { scatter: CycleTimeScatter; window: DayWindow }) {
  const { points, percentiles, sle, lines, attainment } = scatter
  const mostItems = Math.max(2, ...points.map((p) => p.count))
  return (
    <ChartCard
      id="cycle-time"
      title="Cycle time scatterplot"
      summary={
        percentiles ? (
          <>
            <p className="sle">
              <strong>The history suggests:</strong> {sle}
            </p>
            {attainment && (
              <p className="sle" data-testid="sle-attainment">
                <strong>Team SLE:</strong> {attainment}
              </p>
            )}
            <p className="muted small">
              Each dot is an item finished in the window (cycle time = finish − start + 1 day); items finished on the
              same day after the same number of days share a bigger dot. Half finished in {percentiles[50]} days or
              less, 95% in {percentiles[95]} days or less.
            </p>
          </>
        ) : (
          <p className="muted">No item with a start date was finished in this window.</p>
        )
      }
      legend={
        percentiles && (
          <ChartLegend
            label="Cycle time legend"
            entries={[
              { label: 'Finished item', colour: 'var(--chart-1)', shape: 'dot' },
              ...lines.map((line) => ({ label: line.legend, colour: SLE_COLOURS[line.key], shape: 'line' as const })),
              ...PLAIN_LEVELS.map((p) => ({
                label: `${p}th percentile: ${formatCount(percentiles[p], 'day')}`,
                colour: PERCENTILE_COLOURS[p],
                shape: 'line' as const
              }))
            ]}
          />
        )
      }
    >
      <ResponsiveContainer width="100%" height={280}>
        <ScatterChart margin={{ top: 8, right: 56, bottom: 20, left: 8 }}>
          <CartesianGrid {...gridProps} />
          <XAxis
            type="number"
            dataKey="x"
            domain={[toDayNumber(window.from), toDayNumber(window.to)]}
            tickFormatter={dayNumberTick}
            {...axisProps}
            label={axisLabel('Finish date')}
          />
          <YAxis
            type="number"
            dataKey="y"
            allowDecimals={false}
            {...axisProps}
            label={axisLabel('Cycle time (days)', 'insideLeft')}
          />
          <ZAxis type="number" dataKey="count" domain={[1, mostItems]} range={[DOT_AREA, LARGEST_DOT_AREA]} />
          <Tooltip {...tooltipProps} content={<PointTooltip />} />
          {percentiles &&
            PLAIN_LEVELS.map((p) => (
              <ReferenceLine
                key={p}
                y={percentiles[p]}
                stroke={PERCENTILE_COLOURS[p]}
                strokeDasharray="5 4"
                strokeWidth={1.5}
                label={{ value: `${p}%`, position: 'right', fill: 'var(--text)', fontSize: 12 }}
              />
            ))}
          {sleLineElements(lines)}
          <Scatter
            data={points}
            fill="var(--chart-1)"
            fillOpacity={0.75}
            name="Finished item"
            isAnimationActive={false}
          />
        </ScatterChart>
      </ResponsiveContainer>
    </ChartCard>
  )
}

function PointTooltip({ active, payload }: { active?: boolean; payload?: ReadonlyArray<{ payload?: ScatterPoint }> }) {
  const point = active ? payload?.[0]?.payload : undefined
  if (!point) return null
  const unnamed = point.count - point.items.length
  return (
    <div className="chart-tooltip">
      {point.count > 1 && <strong>{point.count} items: </strong>}
      {point.items.map((item, index) => (
        <span key={item.id}>
          {index > 0 && ', '}
          <strong>{item.key}</strong> {item.title}
        </span>
      ))}
      {unnamed > 0 && ` and ${unnamed} more`}
      <br />
      Finished {formatDay(point.finishedOn)} after {formatCount(point.y, 'day')}
    </div>
  )
}
