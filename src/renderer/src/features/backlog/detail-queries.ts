import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { BacklogItem, MethodInput } from '@shared/api'
import { api } from '@renderer/api'
import { backlogKeys } from './queries'

export const detailKeys = {
  detail: (id: number) => ['backlog-detail', id] as const,
  history: (id: number) => ['backlog-history', id] as const,
  labels: (productId: number) => ['labels', productId] as const
}

export function useItemDetail(id: number) {
  return useQuery({ queryKey: detailKeys.detail(id), queryFn: () => api.call('backlog.detail', { id }) })
}

export function useItemHistory(id: number) {
  return useQuery({ queryKey: detailKeys.history(id), queryFn: () => api.call('backlog.history', { id }) })
}

export function useLabels(productId: number) {
  return useQuery({ queryKey: detailKeys.labels(productId), queryFn: () => api.call('labels.list', { productId }) })
}

/**
 * Saves the detail panel in one call. Other rows may change with it (a parent's children, blockers
 * that are now done), so the list reloads as well as the item's own detail, history and labels.
 */
export function useSaveItem(item: BacklogItem) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Omit<MethodInput<'backlog.update'>, 'id'>) =>
      api.call('backlog.update', { id: item.id, ...input }),
    meta: { inlineErrors: true },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: backlogKeys.items(item.productId) })
      void client.invalidateQueries({ queryKey: ['backlog-detail'] })
      void client.invalidateQueries({ queryKey: detailKeys.history(item.id) })
      void client.invalidateQueries({ queryKey: detailKeys.labels(item.productId) })
    }
  })
}

/** Adds or removes a "blocks" link; both items' details and the list's blocked counts change. */
export function useLinkEdit(productId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: async ({
      action,
      ...link
    }: MethodInput<'backlog.link'> & { action: 'link' | 'unlink' }): Promise<void> => {
      await (action === 'link' ? api.call('backlog.link', link) : api.call('backlog.unlink', link))
    },
    meta: { inlineErrors: true },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['backlog-detail'] })
      void client.invalidateQueries({ queryKey: backlogKeys.items(productId) })
    }
  })
}
