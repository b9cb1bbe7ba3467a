import type { AppInfo } from '@shared/api'
import type { HandlerMap, Handlers, MethodsOf } from '../api/handlers'
import type { BackupEntry } from '../db/files'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import type { ServiceDeps } from './deps'
import { createBacklogService } from './backlog'
import { customersHandlers } from './customers'
import { discoveryHandlers } from './discovery'
import { ebmHandlers } from './ebm'
import { flowHandlers } from './flow'
import { healthHandlers } from './health'
import { importExportHandlers, type ImportDeps } from './import-export'
import { orderingHandlers } from './ordering'
import { practiceHandlers } from './practice'
import { createProductService } from './products'
import { refinementHandlers } from './refinement'
import { reportsHandlers, type ReportsDeps } from './reports'
import { createSampleService } from './sample'
import { backlogSearchHandlers } from './search'
import { settingsHandlers } from './settings'
import { sprintReviewsHandlers } from './sprint-reviews'
import { storymapHandlers } from './storymap'
import { teamsHandlers } from './teams'
import { createTransferService } from './transfer'
import { BACKLOG_EDITS, undoHandlers, withUndo } from './undo'
import { visionHandlers } from './vision'
import { createWorkflowService } from './workflow'

export interface HandlerDeps extends ReportsDeps, ImportDeps {
  info: () => Omit<AppInfo, 'schemaVersion'>
  /** Backups live beside the database file; the app context owns the file and so these operations. */
  backups: {
    list(): BackupEntry[]
    create(): Promise<BackupEntry>
    restore(name: string): Promise<{ restored: string; safetyBackup: string | null }>
  }
}

const toBackupFile = ({ name, sizeBytes, createdAt }: BackupEntry) => ({ name, sizeBytes, createdAt })

function systemHandlers(deps: HandlerDeps): HandlerMap<MethodsOf<'app' | 'backups'>> {
  return {
    'app.info': () => ({ ...deps.info(), schemaVersion: LATEST_SCHEMA_VERSION }),
    'backups.list': () => deps.backups.list().map(toBackupFile),
    'backups.create': async () => toBackupFile(await deps.backups.create()),
    'backups.restore': ({ name }) => deps.backups.restore(name)
  }
}

function productHandlers(deps: HandlerDeps): HandlerMap<MethodsOf<'products' | 'sample'> | 'workflow.list'> {
  const products = createProductService(deps)
  const transfer = createTransferService(deps, () => deps.info().version)
  const workflow = createWorkflowService(deps)
  const sample = createSampleService(deps)
  return {
    'products.list': ({ includeArchived }) => products.list(includeArchived),
    'products.create': ({ name, description }) => products.create(name, description),
    'products.rename': ({ id, name }) => products.rename(id, name),
    'products.setItemPrefix': ({ id, itemPrefix }) => products.setItemPrefix(id, itemPrefix),
    'products.setArchived': ({ id, archived }) => products.setArchived(id, archived),
    'products.delete': ({ id, confirmName }) => products.remove(id, confirmName),
    'products.export': ({ productId }) => transfer.exportProduct(productId),
    'products.import': ({ document, name }) => transfer.importProduct(document, name),
    'sample.reset': () => sample.reset(),
    'sample.remove': () => sample.remove(),
    'workflow.list': ({ productId }) => workflow.list(productId)
  }
}

function backlogHandlers(deps: ServiceDeps): HandlerMap<Exclude<MethodsOf<'backlog'>, 'backlog.search' | 'backlog.bulkUpdate' | 'backlog.health' | 'backlog.split' | 'backlog.undo' | 'backlog.redo' | 'backlog.undoState'> | 'labels.list'> {
  const backlog = createBacklogService(deps)
  return {
    'backlog.list': ({ productId }) => backlog.list(productId),
    'backlog.get': ({ id }) => backlog.get(id),
    'backlog.create': (input) => backlog.create(input),
    'backlog.update': (input) => backlog.update(input),
    'backlog.move': (input) => backlog.move(input),
    'backlog.delete': ({ id }) => backlog.remove(id),
    'backlog.restore': ({ id }) => backlog.restore(id),
    'backlog.history': ({ id }) => backlog.history(id),
    'backlog.detail': ({ id }) => backlog.detail(id),
    'backlog.link': (input) => backlog.link(input),
    'backlog.unlink': (input) => backlog.unlink(input),
    'backlog.links': ({ productId }) => backlog.links(productId),
    'labels.list': ({ productId }) => backlog.labels(productId)
  }
}

/** The API's method table, one area at a time; TypeScript checks that no method is missing. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...systemHandlers(deps),
    ...productHandlers(deps),
    // Every backlog edit goes into the product's undo history (see services/undo).
    ...withUndo(deps, backlogHandlers, BACKLOG_EDITS),
    ...healthHandlers(deps),
    ...flowHandlers(deps),
    ...orderingHandlers(deps),
    ...ebmHandlers(deps),
    ...visionHandlers(deps),
    ...sprintReviewsHandlers(deps),
    ...customersHandlers(deps),
    ...discoveryHandlers(deps),
    ...undoHandlers(deps),
    ...refinementHandlers(deps),
    ...storymapHandlers(deps),
    ...settingsHandlers(deps),
    ...teamsHandlers(deps),
    ...backlogSearchHandlers(deps),
    ...importExportHandlers(deps),
    ...practiceHandlers(deps),
    ...reportsHandlers(deps)
  }
}
