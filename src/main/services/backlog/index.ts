import type { HandlerMap, MethodsOf } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { BACKLOG_EDITS, withUndo } from '../undo'
import { createBacklogService } from './items'

/** The backlog's search, bulk edit, health, split and undo are handled by their own areas. */
type ItemMethods = Exclude<
  MethodsOf<'backlog'>,
  | 'backlog.search'
  | 'backlog.bulkUpdate'
  | 'backlog.health'
  | 'backlog.split'
  | 'backlog.undo'
  | 'backlog.redo'
  | 'backlog.undoState'
>

function itemHandlers(deps: ServiceDeps): HandlerMap<ItemMethods | MethodsOf<'labels'>> {
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

/** Backlog items, their links and labels; every edit goes into the product's undo history (see services/undo). */
export function backlogHandlers(deps: ServiceDeps): HandlerMap<ItemMethods | MethodsOf<'labels'>> {
  return withUndo(deps, itemHandlers, BACKLOG_EDITS)
}
