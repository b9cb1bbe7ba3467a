import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { MethodInput } from '@shared/api'
import { api } from '@renderer/api'
import { backlogKeys } from '@renderer/features/backlog/queries'

export function useProductSettings(productId: number) {
  return useQuery({ queryKey: ['settings', productId], queryFn: () => api.call('settings.get', { productId }) })
}

/** Splits and bulk estimates change several items (and parents' details): the whole backlog is asked again. */
function useBacklogWrite<M extends 'backlog.split' | 'refinement.saveEstimates'>(productId: number, method: M) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: MethodInput<M>) => api.call(method, input),
    meta: { inlineErrors: true },
    onSuccess: () => client.invalidateQueries({ queryKey: backlogKeys.items(productId).slice(0, 1) })
  })
}

export const useSplitItem = (productId: number) => useBacklogWrite(productId, 'backlog.split')
export const useSaveEstimates = (productId: number) => useBacklogWrite(productId, 'refinement.saveEstimates')
