import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { MethodInput, MethodName, MethodOutput } from '@shared/api'
import { api } from '@renderer/api'

/**
 * Everything under one product's key: a new value moves coverage, goal progress and experiment
 * results at once, so every EBM write refreshes the product's whole EBM picture.
 */
export const ebmKeys = {
  all: (productId: number) => ['ebm', productId] as const,
  measures: (productId: number) => ['ebm', productId, 'measures'] as const,
  values: (productId: number, measureId: number) => ['ebm', productId, 'values', measureId] as const,
  overview: (productId: number) => ['ebm', productId, 'overview'] as const,
  goals: (productId: number) => ['ebm', productId, 'goals'] as const,
  experiments: (productId: number) => ['ebm', productId, 'experiments'] as const,
  costs: (productId: number) => ['ebm', productId, 'costs'] as const,
  catalogue: ['ebm-catalogue'] as const
}

export function useCatalogue() {
  return useQuery({ queryKey: ebmKeys.catalogue, queryFn: () => api.call('ebm.catalogue'), staleTime: Infinity })
}

export function useMeasures(productId: number) {
  return useQuery({
    queryKey: ebmKeys.measures(productId),
    queryFn: () => api.call('ebm.measures.list', { productId })
  })
}

export function useValues(productId: number, measureId: number) {
  return useQuery({
    queryKey: ebmKeys.values(productId, measureId),
    queryFn: () => api.call('ebm.values.list', { measureId })
  })
}

export function useOverview(productId: number) {
  return useQuery({ queryKey: ebmKeys.overview(productId), queryFn: () => api.call('ebm.overview', { productId }) })
}

export function useGoals(productId: number) {
  return useQuery({ queryKey: ebmKeys.goals(productId), queryFn: () => api.call('ebm.goals.list', { productId }) })
}

export function useExperiments(productId: number) {
  return useQuery({
    queryKey: ebmKeys.experiments(productId),
    queryFn: () => api.call('ebm.experiments.list', { productId })
  })
}

export function useCosts(productId: number) {
  return useQuery({ queryKey: ebmKeys.costs(productId), queryFn: () => api.call('strategy.costs.list', { productId }) })
}

/**
 * A write that refreshes the product's EBM data on success. Errors show beside the form that made
 * the call (`inline`, the default) or, for a lone button, in a toast.
 */
export function useEbmWrite<M extends MethodName>(productId: number, method: M, { inline = true } = {}) {
  const client = useQueryClient()
  // The client's rest-parameter signature does not narrow for a generic M; every EBM write takes an input.
  const call = api.call as (m: M, input: MethodInput<M>) => Promise<MethodOutput<M>>
  return useMutation<MethodOutput<M>, Error, MethodInput<M>>({
    mutationFn: (input) => call(method, input),
    meta: { inlineErrors: inline },
    onSuccess: () => client.invalidateQueries({ queryKey: ebmKeys.all(productId) })
  })
}
