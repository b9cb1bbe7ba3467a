import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { ThroughputPoint } from '../shape/metricsCharts'
import { averageThroughput, type Granularity } from '../shape/metricsCharts'
import { ChartCard, ChartLegend, axisLabel, axisProps, gridProps, tooltipProps } from '../ui/chartKit'

export function ThroughputChart({
  points,
  granularity,
  onGranularity
}: {
  points: ThroughputPoint[]
  granularity: Granularity
  onGranularity: (g: Granularity) => void
}) {
  const unit = granularity === 'day' ? 'day' : 'week'
  const average = averageThroughput(points)
  return (
    <ChartCard
      id="throughput"
      title="Throughput run chart"
      summary={
        <>
          <p>
            Items finished per {unit}: on average {average.toFixed(1)} per {unit}
            {granularity === 'week' ? ' (full weeks only)' : ' (every calendar day counts, weekends included)'}.
          </p>
          <fieldset className="segmented">
            <legend className="visually-hidden">Throughput per</legend>
            {(['day', 'week'] as const).map((g) => (
              <label key={g} className={granularity === g ? 'checked' : undefined}>
                <input
                  type="radio"
                  name="throughput-granularity"
                  value={g}
                  checked={granularity === g}
                  onChange={() => onGranularity(g)}
                />
                Per {g}
              </label>
            ))}
          </fieldset>
        </>
      }
      legend={
        <ChartLegend
          label="Throughput legend"
          entries={[
            { label: `Items finished per ${unit}`, colour: 'var(--chart-1)' },
            ...(granularity === 'week'
              ? [{ label: 'Partial week at the window’s edge', colour: 'var(--chart-partial)' }]
              : []),
            { label: `Average per ${unit}`, colour: 'var(--chart-axis)', shape: 'line' as const }
          ]}
        />
      }
    >
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={points} margin={{ top: 8, right: 16, bottom: 20, left: 8 }}>
          <CartesianGrid {...gridProps} vertical={false} />
          <XAxis
            dataKey="label"
            {...axisProps}
            minTickGap={16}
            label={axisLabel(granularity === 'day' ? 'Day' : 'Week starting Monday')}
          />
          <YAxis allowDecimals={false} {...axisProps} label={axisLabel('Items finished', 'insideLeft')} />
          <Tooltip {...tooltipProps} formatter={(value) => [value, 'Items finished']} />
          <ReferenceLine y={average} stroke="var(--chart-axis)" strokeDasharray="6 4" />
          <Bar dataKey="count" name="Items finished" isAnimationActive={false}>
            {points.map((p) => (
              <Cell key={p.period} fill={p.partial ? 'var(--chart-partial)' : 'var(--chart-1)'} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  )
}
