import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Product } from '@shared/api'
import { api } from '@renderer/api'

export const productKeys = {
  all: ['products'] as const,
  list: (includeArchived: boolean) => ['products', { includeArchived }] as const,
  appInfo: ['app.info'] as const
}

export function useProducts(includeArchived = false) {
  return useQuery({
    queryKey: productKeys.list(includeArchived),
    queryFn: () => api.call('products.list', { includeArchived })
  })
}

export function useAppInfo() {
  return useQuery({ queryKey: productKeys.appInfo, queryFn: () => api.call('app.info'), staleTime: Infinity })
}

/** Any product change can alter the switcher, counts and backlogs: refetch all of them. */
function useProductMutation<I, O>(fn: (input: I) => Promise<O>, inlineErrors = false) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: fn,
    meta: { inlineErrors },
    onSettled: () => queryClient.invalidateQueries()
  })
}

export const useCreateProduct = () =>
  useProductMutation((input: { name: string; description: string }) => api.call('products.create', input), true)
export const useRenameProduct = () =>
  useProductMutation((input: { id: number; name: string }) => api.call('products.rename', input), true)
export const useSetArchived = () =>
  useProductMutation((input: { id: number; archived: boolean }) => api.call('products.setArchived', input))
export const useDeleteProduct = () =>
  useProductMutation((input: { id: number; confirmName: string }) => api.call('products.delete', input), true)
export const useResetSample = () => useProductMutation((_: void): Promise<Product> => api.call('sample.reset'))
export const useRemoveSample = () => useProductMutation((_: void) => api.call('sample.remove'))
export const useSetItemPrefix = () =>
  useProductMutation((input: { id: number; itemPrefix: string }) => api.call('products.setItemPrefix', input), true)
