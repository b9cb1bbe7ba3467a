import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { MethodInput, MethodName, MethodOutput } from '@shared/api'
import { api } from './index'

/** `api.call` with the method chosen by a type parameter. */
const callMethod = api.call as <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>

/**
 * A write whose errors show beside the form that made it (`inlineErrors`), after which every query
 * under `refreshKey` (and under each of `alsoRefresh`, for writes that reach into other areas)
 * reloads. The caller's own callbacks run without waiting for that reload.
 */
export function useAreaWrite<M extends MethodName>(
  method: M,
  refreshKey: readonly unknown[],
  alsoRefresh: ReadonlyArray<readonly unknown[]> = []
) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: MethodInput<M>) => callMethod(method, input),
    meta: { inlineErrors: true },
    onSettled: () => {
      for (const queryKey of [refreshKey, ...alsoRefresh]) void client.invalidateQueries({ queryKey })
    }
  })
}
