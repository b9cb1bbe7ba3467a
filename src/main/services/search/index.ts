import { formatCount } from '@shared/domain/format'
import type { HandlerMap, MethodsOf } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { withUndo } from '../undo'
import { bulkUpdate } from './bulk-update'
import { deleteFilter, listFilters, saveFilter } from './saved-filters'
import { searchBacklog } from './search'

function searchMethodHandlers(
  deps: ServiceDeps
): HandlerMap<'backlog.search' | 'backlog.bulkUpdate' | MethodsOf<'filters'>> {
  const { db, now } = deps
  return {
    'backlog.search': ({ productId, query, filters }) => searchBacklog(db, productId, query, filters),
    'backlog.bulkUpdate': (input) => bulkUpdate(deps, input),
    'filters.list': ({ productId }) => listFilters(db, productId),
    'filters.save': (input) => saveFilter(db, input, now()),
    'filters.delete': ({ id }) => deleteFilter(db, id)
  }
}

export function backlogSearchHandlers(
  deps: ServiceDeps
): HandlerMap<'backlog.search' | 'backlog.bulkUpdate' | MethodsOf<'filters'>> {
  return withUndo(deps, searchMethodHandlers, {
    'backlog.bulkUpdate': {
      items: ({ ids }) => ids,
      label: ({ ids }, title) =>
        ids.length === 1 ? `bulk edit of “${title}”` : `bulk edit of ${formatCount(new Set(ids).size, 'item')}`
    }
  })
}
