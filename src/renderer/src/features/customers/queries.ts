import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { MethodInput, MethodName } from '@shared/api'
import type { Stakeholder } from '@shared/api/methods/stakeholders'
import { api } from '@renderer/api'
import { useAreaWrite } from '@renderer/api/useAreaWrite'

/** Every query of this area starts with ['customers', productId]. */
export const customerKeys = {
  all: (productId: number) => ['customers', productId] as const,
  personas: (productId: number) => ['customers', productId, 'personas'] as const,
  storyMatches: (productId: number) => ['customers', productId, 'story-matches'] as const,
  stakeholders: (productId: number) => ['customers', productId, 'stakeholders'] as const,
  history: (productId: number, id: number) => ['customers', productId, 'history', id] as const
}

export const usePersonas = (productId: number) =>
  useQuery({ queryKey: customerKeys.personas(productId), queryFn: () => api.call('personas.list', { productId }) })

export const useStoryMatches = (productId: number) =>
  useQuery({
    queryKey: customerKeys.storyMatches(productId),
    queryFn: () => api.call('personas.unmatchedStories', { productId })
  })

export const useStakeholders = (productId: number) =>
  useQuery({
    queryKey: customerKeys.stakeholders(productId),
    queryFn: () => api.call('stakeholders.list', { productId })
  })

export const useStakeholderHistory = (productId: number, id: number) =>
  useQuery({ queryKey: customerKeys.history(productId, id), queryFn: () => api.call('stakeholders.history', { id }) })

/** A write of this area; its views reload afterwards. */
export const useCustomersWrite = <M extends MethodName>(productId: number, method: M) =>
  useAreaWrite(method, customerKeys.all(productId))

/** A drag or arrow key moves the marker at once; the server's answer (with its quadrant) replaces the guess. */
export function useMoveStakeholder(productId: number) {
  const client = useQueryClient()
  const key = customerKeys.stakeholders(productId)
  return useMutation({
    mutationFn: (input: MethodInput<'stakeholders.move'>) => api.call('stakeholders.move', input),
    meta: { inlineErrors: true },
    onMutate: async (input) => {
      await client.cancelQueries({ queryKey: key })
      const previous = client.getQueryData<Stakeholder[]>(key)
      client.setQueryData<Stakeholder[]>(key, (list) =>
        list?.map((s) => (s.id === input.id ? { ...s, power: input.power, interest: input.interest } : s))
      )
      return { previous }
    },
    onSuccess: (moved) =>
      client.setQueryData<Stakeholder[]>(key, (list) => list?.map((s) => (s.id === moved.id ? moved : s))),
    onError: (_error, _input, context) => {
      if (context?.previous) client.setQueryData(key, context.previous)
    }
  })
}
