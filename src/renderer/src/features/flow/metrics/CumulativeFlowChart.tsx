import { Area, AreaChart, CartesianGrid, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { fromDayNumber } from '@shared/domain/flow'
import { dayNumberTick, formatDay } from '../shape/format'
import type { CumulativeFlowChart as Shape } from '../shape/metricsCharts'
import { ChartCard, ChartLegend, axisLabel, axisProps, gridProps, seriesColour, tooltipProps } from '../ui/chartKit'

/** Breach days are hatched, so they read as a marking over the bands rather than another band. */
const HATCH_ID = 'cfd-breach-hatch'
const BREACH_SWATCH = 'repeating-linear-gradient(45deg, var(--danger) 0 2px, transparent 2px 6px)'

export function CumulativeFlowChart({ chart }: { chart: Shape }) {
  // Stacked from the last state up: the done band sits at the bottom and grows.
  const stackOrder = [...chart.series].reverse()
  const first = chart.rows[0]?.x as number | undefined
  const last = chart.rows.at(-1)?.x as number | undefined
  return (
    <ChartCard
      id="cfd"
      title="Cumulative flow"
      wide
      summary={
        <>
          <p>
            Items in each workflow state at the end of every day. The bands’ top edges only rise while work moves
            forward; the height of a middle band is the work waiting or in progress there.
          </p>
          {chart.breachText && (
            <p data-testid="cfd-breaches">
              <strong>WIP limits:</strong> {chart.breachText}
              {chart.breachSpans.length > 0 && ' Those days are shaded. Past days are measured against today’s limits.'}
            </p>
          )}
        </>
      }
      legend={
        <ChartLegend
          label="Cumulative flow legend, in workflow order"
          entries={[
            ...chart.series.map((s) => ({ label: s.state, colour: seriesColour(s.index) })),
            ...(chart.breachSpans.length > 0
              ? [{ label: 'Day a state ended above its WIP limit', colour: BREACH_SWATCH }]
              : [])
          ]}
        />
      }
    >
      <ResponsiveContainer width="100%" height={300}>
        <AreaChart data={chart.rows} margin={{ top: 8, right: 16, bottom: 20, left: 8 }}>
          <defs>
            <pattern id={HATCH_ID} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="2" height="6" fill="var(--danger)" />
            </pattern>
          </defs>
          <CartesianGrid {...gridProps} />
          <XAxis
            type="number"
            dataKey="x"
            domain={first === undefined || last === undefined ? ['dataMin', 'dataMax'] : [first, last]}
            tickFormatter={dayNumberTick}
            {...axisProps}
            minTickGap={24}
            label={axisLabel('Day')}
          />
          <YAxis allowDecimals={false} {...axisProps} label={axisLabel('Items', 'insideLeft')} />
          <Tooltip
            {...tooltipProps}
            labelFormatter={(x) => formatDay(fromDayNumber(Number(x)))}
            itemSorter={(item) => -(chart.series.find((s) => s.key === item.dataKey)?.index ?? 0)}
          />
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
          {chart.breachSpans.map((span) => (
            <ReferenceArea
              key={span.x1}
              x1={span.x1}
              x2={span.x2}
              fill={`url(#${HATCH_ID})`}
              fillOpacity={0.7}
              stroke="none"
              ifOverflow="hidden"
              className="cfd-breach"
            />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    </ChartCard>
  )
}
