import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { BacklogItem, BacklogListItem, MethodInput } from '@shared/api'
import { api } from '@renderer/api'
import { errorText } from '@renderer/api/errors'
import { notify, notifyError } from '@renderer/ui/toastStore'
import { applyMove, type MovePlan } from './moves'

export const backlogKeys = {
  items: (productId: number) => ['backlog', productId] as const,
  workflow: (productId: number) => ['workflow', productId] as const
}

export function useBacklog(productId: number) {
  return useQuery({ queryKey: backlogKeys.items(productId), queryFn: () => api.call('backlog.list', { productId }) })
}

export function useWorkflow(productId: number) {
  return useQuery({
    queryKey: backlogKeys.workflow(productId),
    queryFn: () => api.call('workflow.list', { productId }),
    staleTime: 5 * 60_000
  })
}

/** The cached list including optimistic changes not yet rendered. */
export function useLatestItems(productId: number): () => BacklogListItem[] {
  const client = useQueryClient()
  return () => client.getQueryData<BacklogListItem[]>(backlogKeys.items(productId)) ?? []
}

/** Puts an item the server returned in the cached list, in its place. */
function replaceItem(client: QueryClient, item: BacklogItem): void {
  client.setQueryData<BacklogListItem[]>(backlogKeys.items(item.productId), (items) =>
    items?.map((existing) => (existing.id === item.id ? item : existing))
  )
}

/** Item counts on the products page follow the backlog. */
function refreshCounts(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: ['products'] })
}

export function useCreateItem(productId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Omit<MethodInput<'backlog.create'>, 'productId'>) =>
      api.call('backlog.create', { ...input, productId }),
    meta: { inlineErrors: true },
    onSuccess: (item, input) => {
      client.setQueryData<BacklogListItem[]>(backlogKeys.items(productId), (items = []) =>
        input.placement === 'top' ? [item, ...items] : [...items, item]
      )
      refreshCounts(client)
    }
  })
}

export function useUpdateItem() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: MethodInput<'backlog.update'>) => api.call('backlog.update', input),
    meta: { inlineErrors: true },
    onSuccess: (item) => replaceItem(client, item)
  })
}

/**
 * The new order shows at once; the server's answer (the item with its new rank) replaces the
 * guess, and a failure puts the old order back and reloads it.
 */
export function useMoveItem(productId: number) {
  const client = useQueryClient()
  const key = backlogKeys.items(productId)
  return useMutation({
    mutationFn: (plan: MovePlan) => api.call('backlog.move', plan),
    meta: { inlineErrors: true },
    onMutate: async (plan) => {
      await client.cancelQueries({ queryKey: key })
      const previous = client.getQueryData<BacklogListItem[]>(key)
      if (previous) client.setQueryData(key, applyMove(previous, plan))
      return { previous }
    },
    onSuccess: (item) => replaceItem(client, item),
    onError: (error, _plan, context) => {
      if (context?.previous) client.setQueryData(key, context.previous)
      notifyError(`Could not move the item: ${errorText(error)}`)
      void client.invalidateQueries({ queryKey: key })
    }
  })
}

/** Deleting is immediate and undoable: the toast's Undo calls `backlog.restore`. */
export function useDeleteItem(productId: number) {
  const client = useQueryClient()
  const key = backlogKeys.items(productId)
  return useMutation({
    mutationFn: (item: BacklogListItem) => api.call('backlog.delete', { id: item.id }),
    meta: { inlineErrors: true },
    onMutate: async (item) => {
      await client.cancelQueries({ queryKey: key })
      const previous = client.getQueryData<BacklogListItem[]>(key)
      client.setQueryData<BacklogListItem[]>(key, (items) => items?.filter((i) => i.id !== item.id))
      return { previous }
    },
    onSuccess: (_result, item) => {
      refreshCounts(client)
      notify(`Deleted “${item.title}”.`, {
        label: 'Undo',
        run: () => {
          api
            .call('backlog.restore', { id: item.id })
            .then(() => notify(`Restored “${item.title}”.`))
            .catch((error: unknown) => notifyError(`Could not restore “${item.title}”: ${errorText(error)}`))
            .finally(() => {
              void client.invalidateQueries({ queryKey: key })
              refreshCounts(client)
            })
        }
      })
    },
    onError: (error, item, context) => {
      if (context?.previous) client.setQueryData(key, context.previous)
      notifyError(`Could not delete “${item.title}”: ${errorText(error)}`)
    }
  })
}
