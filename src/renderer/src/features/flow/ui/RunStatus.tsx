import type { useForecastRun } from '../worker/useForecastRun'
import { FormError } from '@renderer/ui/ErrorMessage'
import { RunProgress } from './RunProgress'

/** A run going, or how it ended without an answer; an idle or finished run shows nothing here. */
export function RunStatus({
  runner,
  noun,
  progressLabel,
  showFraction = true,
  cancelHint
}: {
  runner: Pick<ReturnType<typeof useForecastRun>, 'state' | 'cancel'>
  noun: 'forecast' | 'backtest'
  progressLabel: string
  /** False: the bar moves without a percentage. */
  showFraction?: boolean
  /** What to do next, after the cancellation. */
  cancelHint?: string
}) {
  const { state } = runner
  if (state.status === 'running')
    return (
      <RunProgress fraction={showFraction ? state.fraction : null} label={progressLabel} onCancel={runner.cancel} />
    )
  if (state.status === 'cancelled')
    return <p className="card">{[`The ${noun} was cancelled.`, cancelHint].filter(Boolean).join(' ')}</p>
  if (state.status === 'failed')
    return (
      <FormError>
        The {noun} stopped: {state.message}
      </FormError>
    )
  return null
}
