import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { MethodInput } from '@shared/api'
import type { StoryMap } from '@shared/api/methods/storymap'
import { api } from '@renderer/api'
import { errorText } from '@renderer/api/errors'
import { notifyError } from '@renderer/ui/toastStore'
import { withPlacement, type Cell } from './grid'

export const storyMapKey = (productId: number) => ['storymap', productId] as const

export function useStoryMap(productId: number) {
  return useQuery({ queryKey: storyMapKey(productId), queryFn: () => api.call('storymap.get', { productId }) })
}

type ShapeCall =
  | { method: 'storymap.addActivity'; input: MethodInput<'storymap.addActivity'> }
  | { method: 'storymap.addStep'; input: MethodInput<'storymap.addStep'> }
  | { method: 'storymap.addSlice'; input: MethodInput<'storymap.addSlice'> }
  | { method: 'storymap.remove'; input: MethodInput<'storymap.remove'> }

/** Changes to the backbone and slices; each answers with the whole map. */
export function useShapeMap(productId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (call: ShapeCall): Promise<StoryMap> => api.call(call.method, call.input as never),
    meta: { inlineErrors: true },
    onSuccess: (map) => client.setQueryData(storyMapKey(productId), map)
  })
}

/** Moving a story shows at once; a failure puts it back. */
export function usePlaceStory(productId: number) {
  const client = useQueryClient()
  const key = storyMapKey(productId)
  return useMutation({
    mutationFn: ({ itemId, cell }: { itemId: number; cell: Cell | null }) =>
      api.call('storymap.place', { itemId, stepId: cell?.stepId ?? null, sliceId: cell?.sliceId ?? null }),
    meta: { inlineErrors: true },
    onMutate: async ({ itemId, cell }) => {
      await client.cancelQueries({ queryKey: key })
      const previous = client.getQueryData<StoryMap>(key)
      if (previous) client.setQueryData(key, withPlacement(previous, itemId, cell))
      return { previous }
    },
    onSuccess: (map) => client.setQueryData(key, map),
    onError: (error, _input, context) => {
      if (context?.previous) client.setQueryData(key, context.previous)
      notifyError(`Could not move the story: ${errorText(error)}`)
    }
  })
}
