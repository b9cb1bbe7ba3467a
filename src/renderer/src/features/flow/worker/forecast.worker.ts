/// <reference lib="webworker" />
import { runJob, type ForecastJob, type WorkerMessage } from './jobs'

// One job per worker: the page starts a fresh worker for each run and terminates it to cancel.
const post = (message: WorkerMessage) => self.postMessage(message)

self.onmessage = (event: MessageEvent<ForecastJob>) => {
  try {
    post({ type: 'done', result: runJob(event.data, (fraction) => post({ type: 'progress', fraction })) })
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}
