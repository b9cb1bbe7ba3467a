import { parentPort, workerData } from 'node:worker_threads'
import { runJob, type EngineJob, type EngineMessage } from './engine'

/** The forecast worker thread (built as its own entry, `out/main/forecast-worker.js`): runs one job, reports progress. */
const job = workerData as EngineJob
const post = (message: EngineMessage) => parentPort?.postMessage(message)
post({ kind: 'result', result: runJob(job, (done, total) => post({ kind: 'progress', done, total })) })
