import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { ArrivalsChart as Shape } from '../shape/metricsCharts'
import { ChartCard, ChartLegend, axisLabel, axisProps, gridProps, tooltipProps } from '../ui/chartKit'

export function ArrivalsChart({ chart }: { chart: Shape }) {
  return (
    <ChartCard
      id="arrivals"
      title="Arrivals and departures per week"
      summary={<p>In this window {chart.summary}</p>}
      legend={
        <ChartLegend
          label="Arrivals and departures legend"
          entries={[
            { label: 'Arrived (new items)', colour: 'var(--chart-2)' },
            { label: 'Departed (finished items)', colour: 'var(--chart-1)' }
          ]}
        />
      }
    >
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={chart.rows} margin={{ top: 8, right: 16, bottom: 20, left: 8 }}>
          <CartesianGrid {...gridProps} vertical={false} />
          <XAxis dataKey="label" {...axisProps} minTickGap={16} label={axisLabel('Week starting Monday')} />
          <YAxis allowDecimals={false} {...axisProps} label={axisLabel('Items', 'insideLeft')} />
          <Tooltip {...tooltipProps} />
          <Bar dataKey="arrivals" name="Arrived" fill="var(--chart-2)" isAnimationActive={false} />
          <Bar dataKey="departures" name="Departed" fill="var(--chart-1)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  )
}
