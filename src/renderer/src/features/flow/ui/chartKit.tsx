import type { ReactNode } from 'react'
import { ReferenceLine } from 'recharts'
import type { SleLine } from '../shape/metricsCharts'

/** Shared look of every flow chart: colours come from CSS variables, so both themes work. */
export const axisProps = {
  stroke: 'var(--chart-axis)',
  tick: { fill: 'var(--muted)', fontSize: 12 },
  tickLine: { stroke: 'var(--chart-axis)' }
} as const

export const gridProps = { stroke: 'var(--chart-grid)', strokeDasharray: '3 3' } as const

export const tooltipProps = {
  contentStyle: {
    background: 'var(--surface)',
    border: '1px solid var(--border)',
    borderRadius: 6,
    color: 'var(--text)'
  },
  labelStyle: { color: 'var(--text)', fontWeight: 600 },
  itemStyle: { color: 'var(--text)' },
  cursor: { fill: 'var(--chart-cursor)', stroke: 'var(--chart-axis)' }
} as const

export const axisLabel = (value: string, position: 'insideBottom' | 'insideLeft' = 'insideBottom') =>
  position === 'insideBottom'
    ? { value, position, offset: -4, fill: 'var(--muted)', fontSize: 12 }
    : {
        value,
        position,
        angle: -90,
        offset: 14,
        fill: 'var(--muted)',
        fontSize: 12,
        style: { textAnchor: 'middle' as const }
      }

/** Series colours in order; a state or series keeps its colour across charts by its index. */
export const seriesColour = (index: number) => `var(--chart-${(index % 6) + 1})`

export const PERCENTILE_COLOURS = { 50: 'var(--p50)', 70: 'var(--p70)', 85: 'var(--p85)', 95: 'var(--p95)' } as const

/** The team's SLE in its own colour, the history's in the 85th percentile's. */
export const SLE_COLOURS = { team: 'var(--sle-team)', history: 'var(--p85)' } as const

/**
 * The SLE lines of a chart, labelled on the line: the team's at the left end, the history's at the
 * right, so the labels never cover each other however close the lines are. Called as a function,
 * not a component: recharts only draws its own elements as direct children of a chart.
 */
export function sleLineElements(lines: readonly SleLine[]): ReactNode[] {
  // The team's last, so it stays visible when both lines fall on the same day count.
  return [...lines].reverse().map((line) => (
    <ReferenceLine
      key={line.key}
      y={line.days}
      stroke={SLE_COLOURS[line.key]}
      strokeWidth={2}
      strokeDasharray={line.key === 'team' ? '10 3' : undefined}
      ifOverflow="extendDomain"
      label={{
        value: line.label,
        position: line.key === 'team' ? 'insideTopLeft' : 'insideTopRight',
        fill: 'var(--text)',
        fontSize: 12
      }}
    />
  ))
}

export interface LegendEntry {
  label: string
  colour: string
  shape?: 'box' | 'line' | 'dot'
}

/** An HTML legend: readable text at any zoom, in the order the reader should take it in. */
export function ChartLegend({ entries, label }: { entries: readonly LegendEntry[]; label: string }) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.label}>
          <span
            className={`legend-swatch ${entry.shape ?? 'box'}`}
            style={{ background: entry.colour }}
            aria-hidden="true"
          />
          {entry.label}
        </li>
      ))}
    </ul>
  )
}

/** A chart with its title and a sentence saying how to read it. */
export function ChartCard({
  id,
  title,
  summary,
  children,
  legend,
  wide
}: {
  id: string
  title: string
  summary?: ReactNode
  children: ReactNode
  legend?: ReactNode
  wide?: boolean
}) {
  return (
    <figure className={wide ? 'chart-card wide' : 'chart-card'} aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        {summary && <div className="chart-summary">{summary}</div>}
      </figcaption>
      <div className="chart-body">{children}</div>
      {legend}
    </figure>
  )
}
