import type { importExportMethods } from '@shared/api/methods/import-export'
import type { HandlerMap } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { commitImport } from './commit'
import { exportCsv, exportMarkdown } from './export'
import { prepareImport, toPreview } from './prepare'

export function importExportHandlers(deps: ServiceDeps): HandlerMap<keyof typeof importExportMethods> {
  const { db, now } = deps
  return {
    'import.preview': async (input) => toPreview(await prepareImport(db, input)),
    // Undoable as one edit: commitImport records it in the backlog's undo history itself.
    'import.commit': (input) => commitImport(deps, input),
    'export.csv': ({ productId }) => exportCsv(db, productId),
    'export.markdown': ({ productId }) => exportMarkdown(db, productId, now())
  }
}
