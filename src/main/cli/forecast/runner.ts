import { availableParallelism } from 'node:os'
import {
  runForecastPool,
  startInProcessWorker,
  type ForecastJob,
  type ForecastOf,
  type ForecastOutcome
} from '@shared/domain/flow'
import { formatNumber } from '@shared/domain/format'
import { startThreadWorker } from './threads'

/** Runs this large are worth worker threads and a progress report. */
export const LARGE_RUN_TRIALS = 100_000

/**
 * Runs a forecast and its exact check. Large runs use a worker thread per core when the built worker
 * script is there (`workerScript`); running from the sources (tests) there is none, and the tasks run
 * in this thread. The answer is the same for a seed either way. Progress is reported in tenths.
 */
export async function runForecast<J extends ForecastJob>(
  request: { job: J; exact: boolean },
  note: (text: string) => void,
  workerScript?: string
): Promise<ForecastOutcome<ForecastOf<J>>> {
  const trials = request.job.trials
  // The pool answers each job with the forecast of the job's own question.
  const answer = (outcomes: ForecastOutcome[]) => outcomes[0] as ForecastOutcome<ForecastOf<J>>
  if (trials < LARGE_RUN_TRIALS)
    return answer(await runForecastPool([request], { cores: 1, start: startInProcessWorker }).outcomes)
  let reported = 0
  const onProgress = (done: number, total: number) => {
    const tenth = Math.floor((done * 10) / total)
    if (tenth > reported) {
      reported = tenth
      note(`Forecast: ${tenth * 10}% of ${formatNumber(total)} trials`)
    }
  }
  const pool = workerScript
    ? runForecastPool([request], { cores: availableParallelism(), start: startThreadWorker(workerScript), onProgress })
    : runForecastPool([request], { cores: 1, start: startInProcessWorker, onProgress })
  const where = !workerScript
    ? ''
    : pool.workers === 1
      ? ' in a worker thread'
      : ` in a worker thread on each of ${pool.workers} cores`
  note(`Forecast: running ${formatNumber(trials)} trials${where}`)
  return answer(await pool.outcomes)
}
