import { useQuery } from '@tanstack/react-query'
import type { MethodName } from '@shared/api'
import type { CanvasKind } from '@shared/domain/strategy/canvases'
import { api } from '@renderer/api'
import { useAreaWrite } from '@renderer/api/useAreaWrite'

/** Every query of this area starts with ['strategy', productId], so one invalidation refreshes them all. */
export const strategyKeys = {
  all: (productId: number) => ['strategy', productId] as const,
  canvases: (productId: number, kind: CanvasKind) => ['strategy', productId, 'canvases', kind] as const,
  canvas: (productId: number, id: number) => ['strategy', productId, 'canvas', id] as const,
  versions: (productId: number, id: number) => ['strategy', productId, 'canvas', id, 'versions'] as const,
  comparison: (productId: number, from: number, to: number) => ['strategy', productId, 'compare', from, to] as const,
  competitors: (productId: number) => ['strategy', productId, 'competitors'] as const,
  influences: (productId: number) => ['strategy', productId, 'influences'] as const
}

export const useCanvases = (productId: number, kind: CanvasKind) =>
  useQuery({
    queryKey: strategyKeys.canvases(productId, kind),
    queryFn: () => api.call('strategy.canvases.list', { productId, kind })
  })

export const useCanvas = (productId: number, id: number) =>
  useQuery({ queryKey: strategyKeys.canvas(productId, id), queryFn: () => api.call('strategy.canvases.get', { id }) })

export const useCanvasVersions = (productId: number, canvasId: number) =>
  useQuery({
    queryKey: strategyKeys.versions(productId, canvasId),
    queryFn: () => api.call('strategy.canvases.versions', { canvasId })
  })

/** Two saved versions never change, so their comparison is loaded once. */
export const useCanvasComparison = (productId: number, pair: { from: number; to: number }) =>
  useQuery({
    queryKey: strategyKeys.comparison(productId, pair.from, pair.to),
    queryFn: () => api.call('strategy.canvases.compare', { fromVersionId: pair.from, toVersionId: pair.to }),
    staleTime: Infinity
  })

export const useCompetitors = (productId: number) =>
  useQuery({
    queryKey: strategyKeys.competitors(productId),
    queryFn: () => api.call('strategy.competitors.get', { productId })
  })

export const useInfluences = (productId: number) =>
  useQuery({
    queryKey: strategyKeys.influences(productId),
    queryFn: () => api.call('strategy.influences.list', { productId })
  })

/** A write of this area; its views reload afterwards. */
export const useStrategyWrite = <M extends MethodName>(productId: number, method: M) =>
  useAreaWrite(method, strategyKeys.all(productId))
