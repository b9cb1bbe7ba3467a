import type { ImportProgress } from '@shared/domain/import'
import type { HandlerMap, MethodsOf } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { commitImport } from './commit'
import { exportCsv, exportMarkdown } from './export'
import { planHere, type ImportPlanner } from './planner'
import { prepareImport, toPreview } from './prepare'
import { createProgressBoard } from './progress'

export interface ImportDeps extends ServiceDeps {
  /** Where files are read and mapped: a worker thread in the app and the command line; here by default. */
  planImport?: ImportPlanner
}

export function importExportHandlers(deps: ImportDeps): HandlerMap<MethodsOf<'import' | 'export'>> {
  const { db, now } = deps
  const board = createProgressBoard()
  const planner = deps.planImport ?? planHere
  const planFile = (report: (progress: ImportProgress) => void) => (request: Parameters<ImportPlanner>[0]) =>
    planner(request, report)
  return {
    'import.preview': (input) =>
      board.track(input.progressToken, async (report) => toPreview(await prepareImport(db, input, planFile(report)))),
    // Undoable as one edit: commitImport records it in the backlog's undo history itself.
    'import.commit': (input) =>
      board.track(input.progressToken, (report) =>
        commitImport(deps, input, planFile(report), async (done, total) => {
          report({ stage: 'writing', done, total })
          // Between batches the server answers other requests, such as the next question of how far this is.
          await new Promise((resolve) => setImmediate(resolve))
        })
      ),
    'import.progress': ({ token, seen }) => board.read(token, seen),
    'export.csv': ({ productId }) => exportCsv(db, productId),
    'export.markdown': ({ productId }) => exportMarkdown(db, productId, now())
  }
}
