import { useState } from 'react'
import type { FormRun } from '../ui/fields'
import type { CheckedRun } from './jobs'
import { useForecastRun } from './useForecastRun'

/**
 * A forecast run behind a settings form, checked by `check` when the user runs it: a problem is
 * kept for the form to show and runs nothing; a run keeps what it ran for, to read its answer with.
 */
export function useCheckedRun<Ran>(check: () => CheckedRun<Ran>) {
  const runner = useForecastRun()
  const [problem, setProblem] = useState<string | null>(null)
  const [ran, setRan] = useState<Ran | null>(null)
  const onRun = () => {
    const checked = check()
    if (!checked.ok) return setProblem(checked.problem)
    setProblem(null)
    setRan(checked.ran)
    runner.run(checked.job)
  }
  const form: FormRun = { running: runner.state.status === 'running', problem, onRun }
  return { ...runner, ran, form }
}
