import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { MethodInput } from '@shared/api'
import type { BacklogFilters } from '@shared/api/methods/backlog'
import { api } from '@renderer/api'
import { backlogKeys } from '@renderer/features/backlog/queries'

/** Under the backlog's key, so every change to the backlog refreshes the results too. */
const searchKey = (productId: number, query: string, filters: BacklogFilters) =>
  [...backlogKeys.items(productId), 'search', query, filters] as const
const filtersKey = (productId: number) => ['saved-filters', productId] as const

export function useSearch(productId: number, query: string, filters: BacklogFilters, enabled: boolean) {
  return useQuery({
    queryKey: searchKey(productId, query, filters),
    queryFn: () => api.call('backlog.search', { productId, query, filters }),
    enabled,
    placeholderData: keepPreviousData
  })
}

export function useLabels(productId: number) {
  return useQuery({ queryKey: ['labels', productId], queryFn: () => api.call('labels.list', { productId }) })
}

export function useSavedFilters(productId: number) {
  return useQuery({ queryKey: filtersKey(productId), queryFn: () => api.call('filters.list', { productId }) })
}

export function useSaveFilter(productId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Omit<MethodInput<'filters.save'>, 'productId'>) =>
      api.call('filters.save', { ...input, productId }),
    meta: { inlineErrors: true },
    onSuccess: () => client.invalidateQueries({ queryKey: filtersKey(productId) })
  })
}

export function useDeleteFilter(productId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: number) => api.call('filters.delete', { id }),
    onSuccess: () => client.invalidateQueries({ queryKey: filtersKey(productId) })
  })
}

export function useBulkUpdate(productId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: MethodInput<'backlog.bulkUpdate'>) => api.call('backlog.bulkUpdate', input),
    meta: { inlineErrors: true },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: backlogKeys.items(productId) })
      void client.invalidateQueries({ queryKey: ['labels', productId] })
    }
  })
}
