import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { MethodInput } from '@shared/api'
import type { ProductSettings } from '@shared/api/methods/settings'
import { DEFAULT_ESTIMATE_THRESHOLD } from '@shared/domain/invest'
import { DEFAULT_ESTIMATE_SCALE } from '@shared/domain/items/estimate-scale'
import { api } from '@renderer/api'
import { backlogKeys } from '@renderer/features/backlog/queries'
import { teamsKey } from '@renderer/features/teams/queries'

export const settingsKey = (productId: number) => ['settings', productId] as const

export function useProductSettings(productId: number) {
  return useQuery({
    queryKey: settingsKey(productId),
    queryFn: () => api.call('settings.get', { productId }),
    staleTime: 60_000
  })
}

/** What rows and checks need before the settings have loaded: the defaults every product starts with. */
export function useEstimateScale(productId: number) {
  const settings = useProductSettings(productId).data
  return {
    scale: settings?.estimateScale ?? DEFAULT_ESTIMATE_SCALE,
    threshold: settings?.estimateThreshold ?? DEFAULT_ESTIMATE_THRESHOLD
  }
}

/** Ready flags, scale labels and state names in the backlog follow any settings change. */
function refreshBacklog(client: QueryClient, productId: number): void {
  void client.invalidateQueries({ queryKey: backlogKeys.items(productId) })
  void client.invalidateQueries({ queryKey: ['backlog-detail'] })
}

function useSettingsMutation<I>(productId: number, call: (input: I) => Promise<ProductSettings>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: call,
    meta: { inlineErrors: true },
    onSuccess: (settings) => {
      client.setQueryData(settingsKey(productId), settings)
      refreshBacklog(client, productId)
    }
  })
}

export function useUpdateSettings(productId: number) {
  return useSettingsMutation(productId, (patch: MethodInput<'settings.update'>['patch']) =>
    api.call('settings.update', { productId, patch })
  )
}

/** A team's additions to the Definition of Done are listed with the teams, so those reload too. */
export function useSetDefinition(productId: number) {
  const client = useQueryClient()
  return useSettingsMutation(productId, async (input: Omit<MethodInput<'definitions.set'>, 'productId'>) => {
    const settings = await api.call('definitions.set', { productId, ...input })
    if (input.teamId !== undefined) await client.invalidateQueries({ queryKey: teamsKey(productId) })
    return settings
  })
}

/** Workflow edits change the states every view shows. */
function useWorkflowMutation<I, O>(productId: number, call: (input: I) => Promise<O>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: call,
    meta: { inlineErrors: true },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: backlogKeys.workflow(productId) })
      refreshBacklog(client, productId)
    }
  })
}

export const useAddState = (productId: number) =>
  useWorkflowMutation(productId, (input: Omit<MethodInput<'workflow.add'>, 'productId'>) =>
    api.call('workflow.add', { productId, ...input })
  )
export const useUpdateState = (productId: number) =>
  useWorkflowMutation(productId, (input: MethodInput<'workflow.update'>) => api.call('workflow.update', input))
export const useReorderStates = (productId: number) =>
  useWorkflowMutation(productId, (stateIds: number[]) => api.call('workflow.reorder', { productId, stateIds }))
export const useDeleteState = (productId: number) =>
  useWorkflowMutation(productId, (input: MethodInput<'workflow.delete'>) => api.call('workflow.delete', input))
