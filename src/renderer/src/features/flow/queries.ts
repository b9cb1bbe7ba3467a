import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { MethodInput } from '@shared/api'
import { api } from '@renderer/api'
import { errorText } from '@renderer/api/errors'
import { notify, notifyError } from '@renderer/ui/toastStore'

export const flowKeys = {
  data: (productId: number) => ['flow', productId] as const,
  forecasts: (productId: number) => ['forecasts', productId] as const
}

/** Items, status history, workflow and calendar; refetched when the page opens so new finishes show. */
export function useFlowData(productId: number) {
  return useQuery({
    queryKey: flowKeys.data(productId),
    queryFn: () => api.call('flow.data', { productId }),
    refetchOnMount: 'always'
  })
}

/** A change to what flow.data returns (calendar, SLE): every flow screen reads it again. */
function useFlowDataMutation<I>(productId: number, call: (input: I) => Promise<unknown>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: call,
    meta: { inlineErrors: true },
    onSuccess: () => client.invalidateQueries({ queryKey: flowKeys.data(productId) })
  })
}

export const useSetCalendar = (productId: number) =>
  useFlowDataMutation(productId, (calendar: Omit<MethodInput<'flow.setCalendar'>, 'productId'>) =>
    api.call('flow.setCalendar', { ...calendar, productId })
  )
export const useSetSle = (productId: number) =>
  useFlowDataMutation(productId, (sle: Omit<MethodInput<'flow.setSle'>, 'productId'>) =>
    api.call('flow.setSle', { ...sle, productId })
  )
/** Clears the product's SLE, or with a team id that team's. */
export const useClearSle = (productId: number) =>
  useFlowDataMutation(productId, (teamId?: number) => api.call('flow.clearSle', { productId, teamId }))

export function useSavedForecasts(productId: number) {
  return useQuery({ queryKey: flowKeys.forecasts(productId), queryFn: () => api.call('forecasts.list', { productId }) })
}

export function useSaveForecast(productId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Omit<MethodInput<'forecasts.save'>, 'productId'>) =>
      api.call('forecasts.save', { ...input, productId }),
    meta: { inlineErrors: true },
    onSuccess: (saved) => {
      notify(`Saved “${saved.label}”.`)
      return client.invalidateQueries({ queryKey: flowKeys.forecasts(productId) })
    }
  })
}

export function useDeleteForecast(productId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (forecast: { id: number; label: string }) => api.call('forecasts.delete', { id: forecast.id }),
    meta: { inlineErrors: true },
    onSuccess: (_result, forecast) => {
      notify(`Deleted the saved forecast “${forecast.label}”.`)
      return client.invalidateQueries({ queryKey: flowKeys.forecasts(productId) })
    },
    onError: (error, forecast) => notifyError(`Could not delete “${forecast.label}”: ${errorText(error)}`)
  })
}
