import { useState } from 'react'
import type { FlowData } from '@shared/api/methods/flow'
import { newSeed } from '@shared/domain/flow'
import { backtestRows, checkBacktestRun, defaultBacktestValues, type BacktestRun } from '../shape/backtest'
import { RunStatus } from '../ui/RunStatus'
import { useCheckedRun } from '../worker/useCheckedRun'
import { BacktestForm } from './BacktestForm'
import { BacktestResult } from './BacktestResult'

export function BacktestView({ data }: { data: FlowData }) {
  const [values, setValues] = useState(() => defaultBacktestValues(newSeed()))
  const run = useCheckedRun<BacktestRun>(() => checkBacktestRun(values, data))
  const { state, ran } = run
  const result = state.status === 'done' && state.result.kind === 'backtest' ? state.result.result : null

  return (
    <section aria-label="Backtest" className="flow-section">
      <p className="muted">
        Would the forecasts have been right? Each past date gets the forecast it would have had then, from only the
        items finished by that date, and is compared with what really happened next.
      </p>
      <BacktestForm values={values} onChange={setValues} run={run.form} />
      <RunStatus runner={run} noun="backtest" progressLabel="Backtest progress" showFraction={false} />
      {result && ran && (
        <BacktestResult
          result={result}
          rows={backtestRows(result, ran.question, ran.calendar)}
          question={ran.question}
        />
      )}
    </section>
  )
}
