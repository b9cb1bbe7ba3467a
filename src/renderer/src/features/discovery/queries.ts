import { useQuery } from '@tanstack/react-query'
import type { MethodName } from '@shared/api'
import { api } from '@renderer/api'
import { useAreaWrite } from '@renderer/api/useAreaWrite'
import { customerKeys } from '@renderer/features/customers/queries'
import { ebmKeys } from '@renderer/features/ebm/queries'

/** Every query of this area starts with ['discovery', productId]. */
export const discoveryKeys = {
  all: (productId: number) => ['discovery', productId] as const,
  segments: (productId: number) => ['discovery', productId, 'segments'] as const,
  assumptions: (productId: number) => ['discovery', productId, 'assumptions'] as const,
  interviews: (productId: number) => ['discovery', productId, 'interviews'] as const,
  definition: (productId: number) => ['discovery', productId, 'definition'] as const,
  definitionVersions: (productId: number) => ['discovery', productId, 'definition-versions'] as const,
  definitionComparison: (productId: number, pair: { from: number; to: number }) =>
    ['discovery', productId, 'definition-compare', pair.from, pair.to] as const
}

export const useDefinition = (productId: number) =>
  useQuery({
    queryKey: discoveryKeys.definition(productId),
    queryFn: () => api.call('discovery.definition.get', { productId })
  })

export const useDefinitionVersions = (productId: number) =>
  useQuery({
    queryKey: discoveryKeys.definitionVersions(productId),
    queryFn: () => api.call('discovery.definition.versions', { productId })
  })

export const useDefinitionComparison = (productId: number, pair: { from: number; to: number }) =>
  useQuery({
    queryKey: discoveryKeys.definitionComparison(productId, pair),
    queryFn: () => api.call('discovery.definition.compare', { fromVersionId: pair.from, toVersionId: pair.to })
  })

export const useInterviews = (productId: number) =>
  useQuery({
    queryKey: discoveryKeys.interviews(productId),
    queryFn: () => api.call('discovery.interviews.list', { productId })
  })

export const useSegments = (productId: number) =>
  useQuery({
    queryKey: discoveryKeys.segments(productId),
    queryFn: () => api.call('discovery.segments.list', { productId })
  })

export const useAssumptionMap = (productId: number) =>
  useQuery({
    queryKey: discoveryKeys.assumptions(productId),
    queryFn: () => api.call('discovery.assumptions.list', { productId })
  })

/** A write of this area; its views, the personas (their segment) and the experiments (their assumption) reload afterwards. */
export const useDiscoveryWrite = <M extends MethodName>(productId: number, method: M) =>
  useAreaWrite(method, discoveryKeys.all(productId), [customerKeys.all(productId), ebmKeys.all(productId)])
