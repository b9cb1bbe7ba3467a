import type { HandlerMap, MethodsOf } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { withUndo } from '../undo'
import { createStoryMapService } from './service'

function storymapMethodHandlers(deps: ServiceDeps): HandlerMap<MethodsOf<'storymap'>> {
  const map = createStoryMapService(deps)
  return {
    'storymap.get': ({ productId }) => map.get(productId),
    'storymap.addActivity': ({ productId, name }) => map.addActivity(productId, name),
    'storymap.addStep': ({ activityId, name }) => map.addStep(activityId, name),
    'storymap.addSlice': ({ productId, name }) => map.addSlice(productId, name),
    'storymap.rename': (input) => map.rename(input),
    'storymap.remove': (input) => map.remove(input),
    'storymap.place': (input) => map.place(input)
  }
}

export function storymapHandlers(deps: ServiceDeps): HandlerMap<MethodsOf<'storymap'>> {
  return withUndo(
    deps,
    storymapMethodHandlers,
    // Moving a story on the map is a backlog edit; shaping the backbone is not.
    { 'storymap.place': { items: ({ itemId }) => [itemId], label: (_input, title) => `map move of “${title}”` } }
  )
}
