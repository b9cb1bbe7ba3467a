import { CartesianGrid, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts'
import { PERCENTILE_LEVELS, toDayNumber, type DayWindow } from '@shared/domain/flow'
import { dayNumberTick, formatDay } from '../shape/format'
import type { CycleTimeScatter, ScatterPoint } from '../shape/metricsCharts'
import { ChartCard, ChartLegend, PERCENTILE_COLOURS, axisLabel, axisProps, gridProps, tooltipProps } from '../ui/chartKit'

export function CycleTimeChart({ scatter, window }: { scatter: CycleTimeScatter; window: DayWindow }) {
  const { points, percentiles, sle } = scatter
  return (
    <ChartCard
      id="cycle-time"
      title="Cycle time scatterplot"
      summary={
        percentiles ? (
          <>
            <p className="sle">
              <strong>Service Level Expectation:</strong> {sle}
            </p>
            <p className="muted small">
              Each dot is an item finished in the window (cycle time = finish − start + 1 day). Half finished in {percentiles[50]} days
              or less, 95% in {percentiles[95]} days or less.
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
              ...PERCENTILE_LEVELS.map((p) => ({ label: `${p}th percentile: ${percentiles[p]} days`, colour: PERCENTILE_COLOURS[p], shape: 'line' as const }))
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
          <YAxis type="number" dataKey="y" allowDecimals={false} {...axisProps} label={axisLabel('Cycle time (days)', 'insideLeft')} />
          <Tooltip {...tooltipProps} content={<PointTooltip />} />
          {percentiles &&
            PERCENTILE_LEVELS.map((p) => (
              <ReferenceLine
                key={p}
                y={percentiles[p]}
                stroke={PERCENTILE_COLOURS[p]}
                strokeDasharray={p === 85 ? undefined : '5 4'}
                strokeWidth={p === 85 ? 2 : 1.5}
                label={{ value: `${p}%`, position: 'right', fill: 'var(--text)', fontSize: 12 }}
              />
            ))}
          <Scatter data={points} fill="var(--chart-1)" fillOpacity={0.75} name="Finished item" isAnimationActive={false} />
        </ScatterChart>
      </ResponsiveContainer>
    </ChartCard>
  )
}

function PointTooltip({ active, payload }: { active?: boolean; payload?: ReadonlyArray<{ payload?: ScatterPoint }> }) {
  const point = active ? payload?.[0]?.payload : undefined
  if (!point) return null
  return (
    <div className="chart-tooltip">
      <strong>#{point.id}</strong> {point.title}
      <br />
      Finished {formatDay(point.finishedOn)} after {point.y} {point.y === 1 ? 'day' : 'days'}
    </div>
  )
}
