import { useQuery } from '@tanstack/react-query'
import { api } from '@renderer/api'

/** Health is read fresh each time the view opens: any backlog edit elsewhere may have moved it. */
export function useBacklogHealth(productId: number, topN: number | undefined) {
  return useQuery({
    queryKey: ['backlog-health', productId, topN ?? 'default'],
    queryFn: () => api.call('backlog.health', { productId, topN }),
    refetchOnMount: 'always'
  })
}
