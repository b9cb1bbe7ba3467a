import { parentPort, workerData } from 'node:worker_threads'
import { planImport, type ImportRequest } from '@shared/domain/import'
import type { PlannerMessage } from './planner'

/** The import worker thread (built as its own entry, `out/main/import-worker.js`): plans one file and ends. */
const port = parentPort!
const post = (message: PlannerMessage) => port.postMessage(message)
post({
  type: 'plan',
  plan: planImport(workerData as ImportRequest, (progress) => post({ type: 'progress', progress }))
})
