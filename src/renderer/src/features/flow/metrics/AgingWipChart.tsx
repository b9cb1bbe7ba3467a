import {
  CartesianGrid,
  Cell,
  ReferenceArea,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis
} from 'recharts'
import { formatCount } from '../shape/format'
import { percentileBands, type AgingChart, type AgingPoint } from '../shape/metricsCharts'
import {
  ChartCard,
  ChartLegend,
  SLE_COLOURS,
  axisLabel,
  axisProps,
  gridProps,
  sleLineElements,
  tooltipProps
} from '../ui/chartKit'

const BAND_COLOURS = ['var(--band-1)', 'var(--band-2)', 'var(--band-3)', 'var(--band-4)', 'var(--band-5)']

export function AgingWipChart({ chart }: { chart: AgingChart }) {
  const { states, points, percentiles, maxY, lines, lateAgainst } = chart
  const bands = percentiles ? percentileBands(percentiles, maxY) : []
  const late = points.filter((p) => p.late)
  return (
    <ChartCard
      id="aging-wip"
      title="Aging work in progress"
      summary={
        <p>
          {formatCount(points.length, 'item')} in progress.{' '}
          {lateAgainst
            ? late.length === 0
              ? `None is older than ${lateAgainst}.`
              : `${formatCount(late.length, 'item is', 'items are')} older than ${lateAgainst}: ${late
                  .slice(0, 3)
                  .map((p) => p.key)
                  .join(
                    ', '
                  )}${late.length > 3 ? ' and more' : ''}. They can no longer finish within it: look at these first.`
            : 'The bands appear once items have been finished in the window.'}
        </p>
      }
      legend={
        <ChartLegend
          label="Aging WIP legend"
          entries={[
            { label: 'Item in progress (age in days)', colour: 'var(--chart-1)', shape: 'dot' as const },
            ...(lateAgainst
              ? [{ label: `Older than ${lateAgainst}`, colour: 'var(--danger)', shape: 'dot' as const }]
              : []),
            ...lines.map((line) => ({ label: line.legend, colour: SLE_COLOURS[line.key], shape: 'line' as const })),
            ...bands.map((b, i) => ({ label: `Cycle time ${b.label.toLowerCase()}`, colour: BAND_COLOURS[i]! }))
          ]}
        />
      }
    >
      {states.length === 0 ? (
        <p className="muted pad">The workflow has no in-progress state.</p>
      ) : (
        <ResponsiveContainer width="100%" height={280}>
          <ScatterChart margin={{ top: 8, right: 16, bottom: 20, left: 8 }}>
            {bands.map((band, i) => (
              <ReferenceArea
                key={band.label}
                y1={band.from}
                y2={band.to}
                fill={BAND_COLOURS[i]}
                fillOpacity={1}
                stroke="none"
                ifOverflow="hidden"
              />
            ))}
            <CartesianGrid {...gridProps} />
            <XAxis
              type="number"
              dataKey="x"
              domain={[-0.5, states.length - 0.5]}
              ticks={states.map((_, i) => i)}
              tickFormatter={(i: number) => states[i] ?? ''}
              {...axisProps}
              label={axisLabel('Workflow state')}
            />
            <YAxis
              type="number"
              dataKey="y"
              domain={[0, Math.ceil(maxY * 1.1) + 1]}
              allowDecimals={false}
              {...axisProps}
              label={axisLabel('Age (days)', 'insideLeft')}
            />
            <Tooltip {...tooltipProps} content={<AgingTooltip />} />
            <Scatter data={points} isAnimationActive={false} name="Item in progress">
              {points.map((p) => (
                <Cell key={p.id} fill={p.late ? 'var(--danger)' : 'var(--chart-1)'} />
              ))}
            </Scatter>
            {sleLineElements(lines)}
          </ScatterChart>
        </ResponsiveContainer>
      )}
    </ChartCard>
  )
}

function AgingTooltip({ active, payload }: { active?: boolean; payload?: ReadonlyArray<{ payload?: AgingPoint }> }) {
  const point = active ? payload?.[0]?.payload : undefined
  if (!point) return null
  return (
    <div className="chart-tooltip">
      <strong>{point.key}</strong> {point.title}
      <br />
      {point.state}, {formatCount(point.y, 'day')} old
      {point.beyond && <> (beyond the {point.beyond}th percentile)</>}
      {point.late && <>, past the SLE</>}
    </div>
  )
}
