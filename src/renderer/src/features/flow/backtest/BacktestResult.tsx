import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { BacktestQuestion, BacktestResult as Scored } from '@shared/domain/flow'
import { backtestChartText, hitRateSentence, VERDICT_LABELS, type BacktestRow } from '../shape/backtest'
import { ChartCard, ChartLegend, axisLabel, axisProps, gridProps, tooltipProps } from '../ui/chartKit'

/** The hit rate, then each past forecast beside what happened: on a chart and in a table. */
export function BacktestResult({
  result,
  rows,
  question
}: {
  result: Scored
  rows: readonly BacktestRow[]
  question: BacktestQuestion
}) {
  if (rows.length === 0)
    return (
      <div className="empty-state card">
        <h2>No past date to check yet</h2>
        <p>The history is shorter than one window. Choose a shorter window, or come back when more work is finished.</p>
      </div>
    )
  return (
    <>
      <p className="hit-rate">
        <strong>{hitRateSentence(result)}</strong> An honest 85th percentile holds in about 85% of cases; far less means
        the forecasts were too optimistic.
      </p>
      <BacktestChart rows={rows} question={question} />
      <BacktestTable rows={rows} />
    </>
  )
}

function BacktestChart({ rows, question }: { rows: readonly BacktestRow[]; question: BacktestQuestion }) {
  const { unit, summary } = backtestChartText(question)
  return (
    <ChartCard
      id="backtest-chart"
      title="Forecast versus what happened"
      wide
      summary={<p className="muted small">{summary}</p>}
      legend={
        <ChartLegend
          label="Backtest legend"
          entries={[
            { label: '50th percentile forecast', colour: 'var(--p50)', shape: 'line' },
            { label: '85th percentile forecast', colour: 'var(--p85)', shape: 'line' },
            { label: 'What happened', colour: 'var(--text)', shape: 'line' }
          ]}
        />
      }
    >
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={rows.map((r) => r.chart)} margin={{ top: 8, right: 16, bottom: 20, left: 8 }}>
          <CartesianGrid {...gridProps} />
          <XAxis dataKey="label" {...axisProps} label={axisLabel('Forecast made on')} />
          <YAxis allowDecimals={false} {...axisProps} label={axisLabel(unit, 'insideLeft')} />
          <Tooltip {...tooltipProps} />
          <Line
            dataKey="p50"
            name="50th percentile"
            stroke="var(--p50)"
            strokeDasharray="5 3"
            isAnimationActive={false}
            connectNulls
          />
          <Line
            dataKey="p85"
            name="85th percentile"
            stroke="var(--p85)"
            strokeWidth={2}
            isAnimationActive={false}
            connectNulls
          />
          <Line dataKey="actual" name="What happened" stroke="var(--text)" strokeWidth={2} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </ChartCard>
  )
}

function BacktestTable({ rows }: { rows: readonly BacktestRow[] }) {
  return (
    <table className="backtest-table">
      <caption className="visually-hidden">Past forecasts and outcomes</caption>
      <thead>
        <tr>
          <th scope="col">Forecast made on</th>
          <th scope="col">50th percentile</th>
          <th scope="col">85th percentile</th>
          <th scope="col">What happened</th>
          <th scope="col">85th held?</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.asOf}>
            <td>{row.label}</td>
            <td>{row.p50}</td>
            <td>{row.p85}</td>
            <td>{row.actual}</td>
            <td>
              <span className={`verdict verdict-${row.verdict}`}>{VERDICT_LABELS[row.verdict]}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
