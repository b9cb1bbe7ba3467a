import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { CumulativeFlowChart as Shape } from '../shape/metricsCharts'
import { ChartCard, ChartLegend, axisLabel, axisProps, gridProps, seriesColour, tooltipProps } from '../ui/chartKit'

export function CumulativeFlowChart({ chart }: { chart: Shape }) {
  // Stacked from the last state up: the done band sits at the bottom and grows.
  const stackOrder = [...chart.series].reverse()
  return (
    <ChartCard
      id="cfd"
      title="Cumulative flow"
      wide
      summary={
        <p>
          Items in each workflow state at the end of every day. The bands’ top edges only rise while work moves forward; the
          height of a middle band is the work waiting or in progress there.
        </p>
      }
      legend={<ChartLegend label="Cumulative flow legend, in workflow order" entries={chart.series.map((s) => ({ label: s.state, colour: seriesColour(s.index) }))} />}
    >
      <ResponsiveContainer width="100%" height={300}>
        <AreaChart data={chart.rows} margin={{ top: 8, right: 16, bottom: 20, left: 8 }}>
          <CartesianGrid {...gridProps} />
          <XAxis dataKey="label" {...axisProps} minTickGap={24} label={axisLabel('Day')} />
          <YAxis allowDecimals={false} {...axisProps} label={axisLabel('Items', 'insideLeft')} />
          <Tooltip {...tooltipProps} itemSorter={(item) => -(chart.series.find((s) => s.key === item.dataKey)?.index ?? 0)} />
          {stackOrder.map((s) => (
            <Area
              key={s.key}
              dataKey={s.key}
              name={s.state}
              stackId="cfd"
              type="linear"
              stroke={seriesColour(s.index)}
              fill={seriesColour(s.index)}
              fillOpacity={0.55}
              isAnimationActive={false}
            />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    </ChartCard>
  )
}
