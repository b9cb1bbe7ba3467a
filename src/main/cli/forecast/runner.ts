import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { runJob, type EngineJob, type EngineMessage, type EngineResult } from './engine'

/** Runs this large are worth a worker thread and a progress report. */
export const LARGE_RUN_TRIALS = 100_000

/**
 * The worker script sits next to the bundled CLI (`out/main/forecast-worker.js`). Running from the
 * sources (tests), there is no bundle, and the engine runs in-process: the result is the same for a seed.
 */
function workerScript(): string | null {
  const path = fileURLToPath(new URL('./forecast-worker.js', import.meta.url))
  return existsSync(path) ? path : null
}

function inWorker<J extends EngineJob>(script: string, job: J, onProgress: (done: number, total: number) => void): Promise<EngineResult<J>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: job })
    worker.on('message', (message: EngineMessage) => {
      if (message.kind === 'progress') onProgress(message.done, message.total)
      else resolve(message.result as EngineResult<J>)
    })
    worker.on('error', reject)
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`The forecast worker stopped with exit code ${code}.`))
    })
  })
}

/** Runs the engine, in a worker thread for large runs when the bundle has one, reporting progress in tenths. */
export async function runForecast<J extends EngineJob>(job: J, note: (text: string) => void): Promise<EngineResult<J>> {
  if (job.input.trials < LARGE_RUN_TRIALS) return runJob(job)
  let reported = 0
  const onProgress = (done: number, total: number) => {
    const tenth = Math.floor((done * 10) / total)
    if (tenth > reported) {
      reported = tenth
      note(`Forecast: ${tenth * 10}% of ${total.toLocaleString('en')} trials`)
    }
  }
  const script = workerScript()
  note(`Forecast: running ${job.input.trials.toLocaleString('en')} trials${script ? ' in a worker thread' : ''}`)
  return script ? inWorker(script, job, onProgress) : runJob(job, onProgress)
}
