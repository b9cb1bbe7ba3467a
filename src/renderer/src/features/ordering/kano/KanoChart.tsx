import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { KANO_CATEGORY_LABELS } from '@shared/domain/ordering/scales'
import { CATEGORY_COLOURS, STACK_ORDER, type KanoBar } from './chartData'
import { formatNumber } from '@shared/domain/format'

const BAR_HEIGHT = 34

/**
 * Each feature's answers split by category, as shares so features with few and many answers
 * compare. `answered` features have answers; when there are more than bars, the caption says so.
 */
export function KanoChart({ bars, answered }: { bars: readonly KanoBar[]; answered: number }) {
  return (
    <figure className="chart-card" aria-labelledby="kano-chart-title">
      <h3 id="kano-chart-title">Answers per category</h3>
      {answered > bars.length && (
        <p className="muted small">
          The {bars.length} features with the most answers, of {formatNumber(answered)}; the result per feature lists
          them all.
        </p>
      )}
      <ResponsiveContainer width="100%" height={bars.length * BAR_HEIGHT + 90}>
        <BarChart data={bars as KanoBar[]} layout="vertical" margin={{ top: 4, right: 16, bottom: 20, left: 8 }}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tickFormatter={(v: number) => `${v}%`}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)' }}
            label={{ value: 'Share of answers', position: 'insideBottom', offset: -12, fill: 'var(--text)' }}
          />
          <YAxis
            type="category"
            dataKey="feature"
            width={160}
            stroke="var(--muted)"
            tick={{ fill: 'var(--text)', fontSize: 13 }}
          />
          <Tooltip
            formatter={(value) => `${Math.round(Number(value))}%`}
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }}
            cursor={{ fill: 'var(--surface-2)' }}
          />
          <Legend
            verticalAlign="top"
            wrapperStyle={{ paddingBottom: 8 }}
            itemSorter={null}
            formatter={(value: string) => <span style={{ color: 'var(--text)' }}>{value}</span>}
          />
          {STACK_ORDER.map((category) => (
            <Bar
              key={category}
              dataKey={category}
              name={KANO_CATEGORY_LABELS[category]}
              stackId="kano"
              fill={CATEGORY_COLOURS[category]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  )
}
