import { Worker } from 'node:worker_threads'
import { planImport, type ImportPlan, type ImportProgress, type ImportRequest } from '@shared/domain/import'

/** Reads and maps a file (planImport), telling how far it has come. */
export type ImportPlanner = (
  request: ImportRequest,
  progress: (progress: ImportProgress) => void
) => Promise<ImportPlan>

/** What the import worker posts: its progress, then the plan. */
export type PlannerMessage = { type: 'progress'; progress: ImportProgress } | { type: 'plan'; plan: ImportPlan }

/** Plans in this thread: where there is no built worker script (tests run the sources). */
export const planHere: ImportPlanner = async (request, progress) => planImport(request, progress)

/**
 * Plans in a worker thread running the built script (`out/main/import-worker.js`), one per file:
 * reading a 50 MB file takes seconds, during which the thread that answers requests (and, in the
 * desktop app, Electron's main thread) stays free. The worker ends when it has posted the plan.
 */
export function planInWorker(script: string): ImportPlanner {
  return (request, progress) =>
    new Promise((resolve, reject) => {
      const worker = new Worker(script, { workerData: request })
      worker.on('message', (message: PlannerMessage) =>
        message.type === 'progress' ? progress(message.progress) : resolve(message.plan)
      )
      worker.on('error', reject)
      worker.on('exit', (code) => {
        if (code !== 0) reject(new Error(`The import worker stopped with exit code ${code}.`))
      })
    })
}
