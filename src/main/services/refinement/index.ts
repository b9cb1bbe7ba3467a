import { formatCount } from '@shared/domain/format'
import type { HandlerMap, MethodsOf } from '../../api/handlers'
import { createBacklogService } from '../backlog/items'
import type { ServiceDeps } from '../deps'
import { withUndo } from '../undo'
import { saveEstimates } from './estimates'
import { splitItem } from './split'

function refinementMethodHandlers(deps: ServiceDeps): HandlerMap<MethodsOf<'refinement'> | 'backlog.split'> {
  const backlog = createBacklogService(deps)
  return {
    'backlog.split': async (input) => {
      const childIds = await splitItem(deps, input)
      return {
        parent: await backlog.get(input.itemId),
        children: await Promise.all(childIds.map((id) => backlog.get(id)))
      }
    },
    'refinement.saveEstimates': (input) => saveEstimates(deps, input)
  }
}

export function refinementHandlers(deps: ServiceDeps): HandlerMap<MethodsOf<'refinement'> | 'backlog.split'> {
  return withUndo(deps, refinementMethodHandlers, {
    'backlog.split': { items: ({ itemId }) => [itemId], label: (_input, title) => `split of “${title}”` },
    'refinement.saveEstimates': {
      items: ({ estimates }) => estimates.map((e) => e.itemId),
      label: ({ estimates }) => (estimates.length === 1 ? 'one estimate' : formatCount(estimates.length, 'estimate'))
    }
  })
}
