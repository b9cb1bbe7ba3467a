import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { MethodName } from '@shared/api'
import type { Roadmap, RoadmapBoard } from '@shared/api/methods/roadmap'
import { api } from '@renderer/api'
import { useAreaWrite } from '@renderer/api/useAreaWrite'

/** Every query of this area starts with ['vision', productId], so one invalidation refreshes them all. */
export const visionKeys = {
  all: (productId: number) => ['vision', productId] as const,
  state: (productId: number) => ['vision', productId, 'state'] as const,
  versions: (productId: number) => ['vision', productId, 'versions'] as const,
  comparison: (productId: number, from: number, to: number) => ['vision', productId, 'compare', from, to] as const,
  goals: (productId: number) => ['vision', productId, 'goals'] as const,
  alignment: (productId: number, top: number) => ['vision', productId, 'alignment', top] as const,
  sprints: (productId: number) => ['vision', productId, 'sprints'] as const,
  sprintStats: (productId: number) => ['vision', productId, 'sprint-stats'] as const,
  okrs: (productId: number) => ['vision', productId, 'okrs'] as const,
  roadmap: (productId: number) => ['vision', productId, 'roadmap'] as const
}

/** Goals, links, Sprints and the roadmap feed each other's views; after a write all of them reload. */
function refreshArea(client: QueryClient, productId: number): void {
  void client.invalidateQueries({ queryKey: visionKeys.all(productId) })
}

export const useVision = (productId: number) =>
  useQuery({ queryKey: visionKeys.state(productId), queryFn: () => api.call('vision.get', { productId }) })

export const useVisionVersions = (productId: number) =>
  useQuery({ queryKey: visionKeys.versions(productId), queryFn: () => api.call('vision.versions', { productId }) })

export const useVisionComparison = (productId: number, pair: { from: number; to: number } | null) =>
  useQuery({
    queryKey: visionKeys.comparison(productId, pair?.from ?? 0, pair?.to ?? 0),
    queryFn: () => api.call('vision.compare', { fromVersionId: pair?.from ?? 0, toVersionId: pair?.to ?? 0 }),
    enabled: pair !== null,
    staleTime: Infinity
  })

export const useGoals = (productId: number) =>
  useQuery({ queryKey: visionKeys.goals(productId), queryFn: () => api.call('goals.list', { productId }) })

export const useAlignment = (productId: number, top: number) =>
  useQuery({
    queryKey: visionKeys.alignment(productId, top),
    queryFn: () => api.call('goals.alignment', { productId, top }),
    placeholderData: (previous) => previous
  })

export const useSprints = (productId: number) =>
  useQuery({ queryKey: visionKeys.sprints(productId), queryFn: () => api.call('sprints.list', { productId }) })

export const useSprintStats = (productId: number) =>
  useQuery({ queryKey: visionKeys.sprintStats(productId), queryFn: () => api.call('sprints.stats', { productId }) })

export const useOkrs = (productId: number) =>
  useQuery({ queryKey: visionKeys.okrs(productId), queryFn: () => api.call('okrs.list', { productId }) })

export const useRoadmap = (productId: number) =>
  useQuery({ queryKey: visionKeys.roadmap(productId), queryFn: () => api.call('roadmap.get', { productId }) })

/** A write of this area; its views reload afterwards. */
export const useVisionWrite = <M extends MethodName>(productId: number, method: M) =>
  useAreaWrite(method, visionKeys.all(productId))

/** Board moves show at once; a refusal puts the server's board back. */
export function useSetBoard(productId: number) {
  const client = useQueryClient()
  const key = visionKeys.roadmap(productId)
  return useMutation({
    mutationFn: (board: RoadmapBoard) => api.call('roadmap.set', { productId, board }),
    meta: { inlineErrors: true },
    onMutate: async (board) => {
      await client.cancelQueries({ queryKey: key })
      const previous = client.getQueryData<Roadmap>(key)
      if (previous) client.setQueryData<Roadmap>(key, { ...previous, board })
      return { previous }
    },
    onError: (_error, _board, context) => {
      if (context?.previous) client.setQueryData(key, context.previous)
    },
    onSettled: () => refreshArea(client, productId)
  })
}
