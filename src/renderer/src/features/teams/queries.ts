import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { MethodInput } from '@shared/api'
import { api } from '@renderer/api'

export const teamsKey = (productId: number) => ['teams', productId] as const
export const linksKey = (productId: number) => ['backlog-links', productId] as const

export function useTeams(productId: number) {
  return useQuery({ queryKey: teamsKey(productId), queryFn: () => api.call('teams.list', { productId }) })
}

export function useLinks(productId: number) {
  return useQuery({ queryKey: linksKey(productId), queryFn: () => api.call('backlog.links', { productId }) })
}

/**
 * A team change shows wherever teams are named: the backlog's Team column and filter, Sprints, flow
 * metrics and forecasts; so everything reloads after one.
 */
function useTeamMutation<I, O>(productId: number, call: (input: I) => Promise<O>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: call,
    meta: { inlineErrors: true },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: teamsKey(productId) })
    }
  })
}

export const useCreateTeam = (productId: number) =>
  useTeamMutation(productId, (name: string) => api.call('teams.create', { productId, name }))
export const useRenameTeam = (productId: number) =>
  useTeamMutation(productId, (input: MethodInput<'teams.rename'>) => api.call('teams.rename', input))
export const useRemoveTeam = (productId: number) =>
  useTeamMutation(productId, (id: number) => api.call('teams.remove', { id }))
export const useSetTeamWipLimit = (productId: number) =>
  useTeamMutation(productId, (input: MethodInput<'teams.setWipLimit'>) => api.call('teams.setWipLimit', input))
