import { Worker } from 'node:worker_threads'
import type { StartWorker } from '@shared/domain/flow'

/** Forecast workers as Node worker threads running the built worker script (`out/main/forecast-worker.js`). */
export function startThreadWorker(script: string): StartWorker {
  return (listen, fail) => {
    const worker = new Worker(script)
    worker.on('message', listen)
    worker.on('error', fail)
    worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`The forecast worker stopped with exit code ${code}.`))
    })
    return { run: (task) => worker.postMessage(task), terminate: () => void worker.terminate() }
  }
}
