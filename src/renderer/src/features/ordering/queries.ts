import {
  keepPreviousData,
  useMutation,
  useMutationState,
  useQuery,
  useQueryClient,
  type QueryClient
} from '@tanstack/react-query'
import { useMemo } from 'react'
import type { MethodInput, MethodName } from '@shared/api'
import type { BoardItem, OrderingBoard } from '@shared/api/methods/ordering'
import type { OrderingModel } from '@shared/domain/ordering/scales'
import { api } from '@renderer/api'
import { errorText } from '@renderer/api/errors'
import { backlogKeys } from '@renderer/features/backlog/queries'
import { notify, notifyError } from '@renderer/ui/toastStore'
import { HISTORY_PAGE_SIZE } from './history/pages'
import type { ScoresInput } from './liveScores'
import { pendingByItem, type ScoreChangeRequest } from './shared/scoreEdits'
import { formatCount } from '@shared/domain/format'

/** Everything in this area hangs under ['ordering', productId] so one invalidation refreshes it. */
export const orderingKeys = {
  all: (productId: number) => ['ordering', productId] as const,
  board: (productId: number) => ['ordering', productId, 'board'] as const,
  compare: (productId: number, model: OrderingModel) => ['ordering', productId, 'compare', model] as const,
  preview: (productId: number, model: OrderingModel) => ['ordering', productId, 'preview', model] as const,
  moscow: (productId: number) => ['ordering', productId, 'moscow'] as const,
  history: (productId: number, itemId: number | null, offset: number) =>
    ['ordering', productId, 'history', itemId, offset] as const,
  snapshots: (productId: number) => ['ordering', productId, 'snapshots'] as const,
  kanoFeatures: (productId: number) => ['ordering', productId, 'kano-features'] as const,
  kanoResults: (productId: number) => ['ordering', productId, 'kano-results'] as const,
  kanoAnswers: (productId: number, featureId: number) => ['ordering', productId, 'kano-answers', featureId] as const,
  setScores: (productId: number) => ['ordering', productId, 'set-scores'] as const
}

export function useBoard(productId: number) {
  return useQuery({ queryKey: orderingKeys.board(productId), queryFn: () => api.call('ordering.board', { productId }) })
}

export function useComparison(productId: number, model: OrderingModel) {
  return useQuery({
    queryKey: orderingKeys.compare(productId, model),
    queryFn: () => api.call('ordering.compare', { productId, model })
  })
}

export function useApplyPreview(productId: number, model: OrderingModel, enabled: boolean) {
  return useQuery({
    queryKey: orderingKeys.preview(productId, model),
    queryFn: () => api.call('ordering.previewApply', { productId, model }),
    enabled,
    staleTime: 0
  })
}

export function useMoscow(productId: number) {
  return useQuery({
    queryKey: orderingKeys.moscow(productId),
    queryFn: () => api.call('ordering.moscow', { productId })
  })
}

/** One page of score changes; the page shown stays until the next one arrives, so the list does not jump. */
export function useScoreHistory(productId: number, itemId: number | null, offset: number) {
  return useQuery({
    queryKey: orderingKeys.history(productId, itemId, offset),
    queryFn: () =>
      api.call('ordering.history', { productId, ...(itemId !== null && { itemId }), limit: HISTORY_PAGE_SIZE, offset }),
    placeholderData: keepPreviousData
  })
}

export function useSnapshots(productId: number) {
  return useQuery({
    queryKey: orderingKeys.snapshots(productId),
    queryFn: () => api.call('ordering.snapshots', { productId })
  })
}

/** Everything derived from scores, but not the board itself, which the caller has already updated. */
function refreshDerived(client: QueryClient, productId: number): void {
  void client.invalidateQueries({
    queryKey: orderingKeys.all(productId),
    predicate: (query) => query.queryKey[2] !== 'board'
  })
}

function replaceBoardItem(client: QueryClient, productId: number, item: BoardItem): void {
  client.setQueryData<OrderingBoard>(
    orderingKeys.board(productId),
    (board) => board && { ...board, items: board.items.map((existing) => (existing.id === item.id ? item : existing)) }
  )
}

/**
 * Saves one item's scores; the board takes the server's answer, so the model order is worked out
 * once per save. Until then the screens show the new score from `usePendingScores`, and a refusal
 * simply leaves the saved value; the caller shows the reason beside the cell.
 */
export function useSetScores(productId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationKey: orderingKeys.setScores(productId),
    // One save after another, so the last change made is the one the server keeps.
    scope: { id: `ordering-${productId}-scores` },
    mutationFn: ({ itemId, scores }: ScoreChangeRequest) => api.call('ordering.setScores', { itemId, scores }),
    meta: { inlineErrors: true },
    onSuccess: (item) => {
      replaceBoardItem(client, productId, item)
      refreshDerived(client, productId)
    }
  })
}

/**
 * The scores being saved right now, per item. A save leaves this list only after its answer is
 * in the board, so a row never flickers back to its old value.
 */
export function usePendingScores(productId: number): ReadonlyMap<number, ScoresInput> {
  const requests = useMutationState({
    filters: { mutationKey: orderingKeys.setScores(productId), status: 'pending' },
    select: (mutation) => mutation.state.variables as ScoreChangeRequest
  })
  return useMemo(() => pendingByItem(requests), [requests])
}

/**
 * After the order changes, the backlog screen and every comparison must be read again; the backlog
 * at once, even while another screen shows, so that it never opens on the order just replaced.
 */
function refreshOrder(client: QueryClient, productId: number): void {
  void client.invalidateQueries({ queryKey: orderingKeys.all(productId) })
  void client.invalidateQueries({ queryKey: backlogKeys.items(productId), refetchType: 'all' })
}

export function useUndoApply(productId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (snapshotId: number) => api.call('ordering.undoApply', { snapshotId }),
    onSuccess: ({ restored }) => notify(`Your previous order is back (${formatCount(restored, 'item')}).`),
    onSettled: () => refreshOrder(client, productId)
  })
}

/** Applying offers its undo in a toast as well as beside the button, so it is reachable from anywhere. */
export function useApplyOrder(productId: number, modelLabel: string, onApplied: (snapshotId: number) => void) {
  const client = useQueryClient()
  const undo = useUndoApply(productId)
  return useMutation({
    mutationFn: (model: OrderingModel) => api.call('ordering.apply', { productId, model }),
    meta: { inlineErrors: true },
    onSuccess: ({ snapshotId, moved }) => {
      onApplied(snapshotId)
      notify(`Your backlog now follows ${modelLabel}: ${formatCount(moved, 'item')} moved.`, {
        label: 'Undo',
        run: () => undo.mutate(snapshotId)
      })
    },
    onSettled: () => refreshOrder(client, productId)
  })
}

// ---------------------------------------------------------------------------------------------
// Releases and Kano

/** A change in this area whose refusal is toasted with what was being tried. */
function useProductMutation<M extends MethodName>(productId: number, method: M, describe: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: MethodInput<M>) => (api.call as (m: M, i: MethodInput<M>) => Promise<unknown>)(method, input),
    meta: { inlineErrors: true },
    onError: (error) => notifyError(`${describe}: ${errorText(error)}`),
    onSettled: () => client.invalidateQueries({ queryKey: orderingKeys.all(productId) })
  })
}

export const useCreateRelease = (productId: number) =>
  useProductMutation(productId, 'releases.create', 'Could not add the release')
export const useDeleteRelease = (productId: number) =>
  useProductMutation(productId, 'releases.delete', 'Could not delete the release')

export function useKanoFeatures(productId: number) {
  return useQuery({
    queryKey: orderingKeys.kanoFeatures(productId),
    queryFn: () => api.call('kano.features.list', { productId })
  })
}

export function useKanoResults(productId: number) {
  return useQuery({
    queryKey: orderingKeys.kanoResults(productId),
    queryFn: () => api.call('kano.results', { productId })
  })
}

export function useKanoAnswers(productId: number, featureId: number | null) {
  return useQuery({
    queryKey: orderingKeys.kanoAnswers(productId, featureId ?? 0),
    queryFn: () => api.call('kano.answers.list', { featureId: featureId ?? 0 }),
    enabled: featureId !== null
  })
}

export const useCreateKanoFeature = (productId: number) =>
  useProductMutation(productId, 'kano.features.create', 'Could not add the feature')
export const useDeleteKanoFeature = (productId: number) =>
  useProductMutation(productId, 'kano.features.delete', 'Could not delete the feature')
export const useDeleteKanoAnswer = (productId: number) =>
  useProductMutation(productId, 'kano.answers.delete', 'Could not delete the answer')

/** Adding answers and importing show their errors beside their forms, so they do not toast. */
export function useAddKanoAnswer(productId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: MethodInput<'kano.answers.add'>) => api.call('kano.answers.add', input),
    meta: { inlineErrors: true },
    onSuccess: () => client.invalidateQueries({ queryKey: orderingKeys.all(productId) })
  })
}

export function useKanoImport(productId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (csv: string) => api.call('kano.import', { productId, csv }),
    meta: { inlineErrors: true },
    onSuccess: () => client.invalidateQueries({ queryKey: orderingKeys.all(productId) })
  })
}
