import { useQuery } from '@tanstack/react-query'
import type { MethodName } from '@shared/api'
import type { LinkedKind } from '@shared/domain/practice'
import { api } from '@renderer/api'
import { useAreaWrite } from '@renderer/api/useAreaWrite'

/** Every query of this area starts with ['practice', productId], so one invalidation refreshes them all. */
export const practiceKeys = {
  all: (productId: number) => ['practice', productId] as const,
  entries: (productId: number) => ['practice', productId, 'entries'] as const,
  entry: (productId: number, id: number) => ['practice', productId, 'entry', id] as const,
  progress: (productId: number) => ['practice', productId, 'progress'] as const,
  sources: (productId: number, kind: LinkedKind) => ['practice', productId, 'sources', kind] as const
}

export const useEntries = (productId: number) =>
  useQuery({
    queryKey: practiceKeys.entries(productId),
    queryFn: () => api.call('practice.entries.list', { productId })
  })

export const useEntry = (productId: number, id: number) =>
  useQuery({ queryKey: practiceKeys.entry(productId, id), queryFn: () => api.call('practice.entries.get', { id }) })

export const useProgress = (productId: number) =>
  useQuery({ queryKey: practiceKeys.progress(productId), queryFn: () => api.call('practice.progress', { productId }) })

/** What can be linked; always read fresh, since the things live in other areas. */
export const useEvidenceSources = (productId: number, kind: LinkedKind | null) =>
  useQuery({
    queryKey: practiceKeys.sources(productId, kind ?? 'backlog'),
    queryFn: () => api.call('practice.evidence.sources', { productId, kind: kind ?? 'backlog' }),
    enabled: kind !== null,
    staleTime: 0
  })

/** A write of this area; its views reload afterwards. */
export const usePracticeWrite = <M extends MethodName>(productId: number, method: M) =>
  useAreaWrite(method, practiceKeys.all(productId))
