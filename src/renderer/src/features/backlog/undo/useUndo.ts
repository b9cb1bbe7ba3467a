import { useEffect } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@renderer/api'
import { errorText } from '@renderer/api/errors'
import { notify, notifyError } from '@renderer/ui/toastStore'

export const undoKey = (productId: number) => ['undo', productId] as const

/**
 * The product's undo state. Any successful mutation anywhere in the app may have been a backlog
 * edit, so the state is asked again after each one rather than wiring every edit to it.
 */
export function useUndoState(productId: number) {
  const client = useQueryClient()
  useEffect(
    () =>
      client.getMutationCache().subscribe((event) => {
        if (event.type === 'updated' && event.action.type === 'success')
          void client.invalidateQueries({ queryKey: undoKey(productId) })
      }),
    [client, productId]
  )
  return useQuery({ queryKey: undoKey(productId), queryFn: () => api.call('backlog.undoState', { productId }) })
}

/** Undo or redo; afterwards everything shown may have changed, so every query is refreshed. */
export function useUndoRedo(productId: number, direction: 'undo' | 'redo') {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => api.call(direction === 'undo' ? 'backlog.undo' : 'backlog.redo', { productId }),
    meta: { inlineErrors: true },
    onSuccess: ({ label }) => notify(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${label}.`),
    onError: (error) => notifyError(`Could not ${direction}: ${errorText(error)}`),
    onSettled: () => client.invalidateQueries()
  })
}
