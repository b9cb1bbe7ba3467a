import { useState } from 'react'
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { FlowData } from '@shared/api/methods/flow'
import {
  BACKTEST_TRIALS,
  newSeed,
  readSetting,
  readSettings,
  type BacktestQuestion,
  type WorkingCalendar
} from '@shared/domain/flow'
import { backtestRows, hitRateSentence, VERDICT_LABELS } from '../shape/backtest'
import { RunProgress } from '../ui/RunProgress'
import { ChartCard, ChartLegend, axisLabel, axisProps, gridProps, tooltipProps } from '../ui/chartKit'
import { useForecastRun } from '../worker/useForecastRun'

export function BacktestView({ data }: { data: FlowData }) {
  const [kind, setKind] = useState<BacktestQuestion['kind']>('when')
  const [amount, setAmount] = useState('10')
  const [windowDays, setWindowDays] = useState('30')
  const [everyDays, setEveryDays] = useState('7')
  const [seed, setSeed] = useState(() => String(newSeed()))
  const [problem, setProblem] = useState<string | null>(null)
  const [ran, setRan] = useState<{ question: BacktestQuestion; calendar: WorkingCalendar } | null>(null)
  const runner = useForecastRun()

  const onRun = () => {
    const counted = readSetting(kind === 'when' ? 'backtestItems' : 'backtestDays', amount)
    if (!counted.ok) return setProblem(counted.message)
    const settings = readSettings({ windowDays, backtestSpacing: everyDays, seed })
    if (!settings.ok) return setProblem(settings.message)
    const n = counted.value
    const { windowDays: window, backtestSpacing: every, seed: parsedSeed } = settings.values
    setProblem(null)
    const question: BacktestQuestion = kind === 'when' ? { kind, items: n } : { kind, days: n }
    setRan({ question, calendar: data.calendar })
    runner.run({
      kind: 'backtest',
      input: {
        finishedOn: data.items.flatMap((i) => (i.finishedOn ? [i.finishedOn] : [])),
        calendar: data.calendar,
        question,
        windowDays: window,
        everyDays: every,
        today: data.today,
        trials: BACKTEST_TRIALS,
        seed: parsedSeed
      }
    })
  }

  const state = runner.state
  const result = state.status === 'done' && state.result.kind === 'backtest' ? state.result.result : null
  const rows = result && ran ? backtestRows(result, ran.question, ran.calendar) : null
  const unit = ran?.question.kind === 'how-many' ? 'Items' : 'Working days'

  return (
    <section aria-label="Backtest" className="flow-section">
      <p className="muted">
        Would the forecasts have been right? Each past date gets the forecast it would have had then, from only the
        items finished by that date, and is compared with what really happened next.
      </p>
      <form
        className="card release-form"
        aria-label="Backtest settings"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          onRun()
        }}
      >
        <fieldset className="radio-group">
          <legend>Question</legend>
          <label>
            <input type="radio" name="backtest-kind" checked={kind === 'when'} onChange={() => setKind('when')} />
            When will the next N items be done?
          </label>
          <label>
            <input
              type="radio"
              name="backtest-kind"
              checked={kind === 'how-many'}
              onChange={() => setKind('how-many')}
            />
            How many items in the next N working days?
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor="backtest-amount">{kind === 'when' ? 'Items (N)' : 'Working days (N)'}</label>
          <input id="backtest-amount" inputMode="numeric" value={amount} onChange={(e) => setAmount(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="backtest-window">History window (days)</label>
          <input
            id="backtest-window"
            inputMode="numeric"
            value={windowDays}
            onChange={(e) => setWindowDays(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="backtest-every">A past forecast every (days)</label>
          <input
            id="backtest-every"
            inputMode="numeric"
            value={everyDays}
            onChange={(e) => setEveryDays(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="backtest-seed">Seed</label>
          <input id="backtest-seed" inputMode="numeric" value={seed} onChange={(e) => setSeed(e.target.value)} />
        </div>
        <button type="submit" className="primary" disabled={state.status === 'running'}>
          Check past forecasts
        </button>
        {problem && (
          <p role="alert" className="form-error">
            {problem}
          </p>
        )}
      </form>

      {state.status === 'running' && <RunProgress fraction={null} label="Backtest progress" onCancel={runner.cancel} />}
      {state.status === 'cancelled' && <p className="card">The backtest was cancelled.</p>}
      {state.status === 'failed' && (
        <p role="alert" className="form-error">
          The backtest stopped: {state.message}
        </p>
      )}

      {result &&
        rows &&
        (rows.length === 0 ? (
          <div className="empty-state card">
            <h2>No past date to check yet</h2>
            <p>
              The history is shorter than one window. Choose a shorter window, or come back when more work is finished.
            </p>
          </div>
        ) : (
          <>
            <p className="hit-rate">
              <strong>{hitRateSentence(result)}</strong> An honest 85th percentile holds in about 85% of cases; far less
              means the forecasts were too optimistic.
            </p>
            <ChartCard
              id="backtest-chart"
              title="Forecast versus what happened"
              wide
              summary={
                <p className="muted small">
                  {ran?.question.kind === 'when'
                    ? 'Working days until the items were done: lower is sooner.'
                    : 'Items finished in the period.'}
                </p>
              }
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
                  <Line
                    dataKey="actual"
                    name="What happened"
                    stroke="var(--text)"
                    strokeWidth={2}
                    isAnimationActive={false}
                  />
                </LineChart>
              </ResponsiveContainer>
            </ChartCard>
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
          </>
        ))}
    </section>
  )
}
