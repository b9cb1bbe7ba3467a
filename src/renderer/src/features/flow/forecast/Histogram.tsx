import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { ResultView } from '../shape/forecastResult'
import {
  ChartCard,
  ChartLegend,
  PERCENTILE_COLOURS,
  axisLabel,
  axisProps,
  gridProps,
  tooltipProps
} from '../ui/chartKit'
import { formatNumber } from '@shared/domain/format'

/** How the trials came out, with the percentile marks the answer is read from. */
export function Histogram({ view, question }: { view: ResultView; question: 'when' | 'how-many' }) {
  const xTitle = question === 'when' ? 'Finish date (working days)' : 'Items finished'
  return (
    <ChartCard
      id="forecast-histogram"
      title="How the trials came out"
      wide
      summary={
        <p className="muted small">
          {question === 'when'
            ? 'Each bar counts the trials that finished on that working day. Marks show the percentiles: read them as “this date or earlier”.'
            : 'Each bar counts the trials that finished that many items. Marks show the percentiles, read from the right: “this many or more”.'}
        </p>
      }
      legend={
        <ChartLegend
          label="Histogram legend"
          entries={[
            { label: 'Trials', colour: 'var(--chart-1)' },
            ...view.marks.map((m) => ({
              label: `${m.level}th percentile`,
              colour: PERCENTILE_COLOURS[m.level],
              shape: 'line' as const
            }))
          ]}
        />
      }
    >
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={view.bars} margin={{ top: 20, right: 16, bottom: 20, left: 16 }} barCategoryGap={1}>
          <CartesianGrid {...gridProps} vertical={false} />
          <XAxis dataKey="label" {...axisProps} minTickGap={12} label={axisLabel(xTitle)} />
          <YAxis
            {...axisProps}
            tickFormatter={(n: number) => formatNumber(n)}
            label={axisLabel('Trials', 'insideLeft')}
            width={64}
          />
          <Tooltip
            {...tooltipProps}
            formatter={(value, _name, entry) => [
              `${formatNumber(Number(value))} (${((entry.payload as { share: number }).share * 100).toFixed(1)}%)`,
              'Trials'
            ]}
          />
          <Bar dataKey="count" fill="var(--chart-1)" isAnimationActive={false} />
          {view.marks.map((m) => (
            <ReferenceLine
              key={m.level}
              x={m.label}
              stroke={PERCENTILE_COLOURS[m.level]}
              strokeWidth={m.level === 85 ? 2.5 : 1.5}
              strokeDasharray={m.level === 85 ? undefined : '5 3'}
              label={{ value: `${m.level}%`, position: 'top', fill: 'var(--text)', fontSize: 11 }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  )
}
