import type { BoardItem } from '@shared/api/methods/ordering'
import type { OrderingScoreField } from '@shared/domain/ordering'
import type { ReadableError } from '@renderer/api/errors'
import { withScores, type ScoresInput } from '../liveScores'

export interface ScoreChangeRequest {
  itemId: number
  scores: ScoresInput
}

/** The server's refusal of a score, per field, for one item. */
export type CellErrors = Partial<Record<OrderingScoreField, string>>

/** The scores being saved, per item: later requests win, as the server will apply them in order. */
export function pendingByItem(requests: readonly ScoreChangeRequest[]): ReadonlyMap<number, ScoresInput> {
  const byItem = new Map<number, ScoresInput>()
  for (const { itemId, scores } of requests) byItem.set(itemId, { ...byItem.get(itemId), ...scores })
  return byItem
}

/** Items as they will be once the pending scores are saved; items without any keep their identity. */
export function withPending(
  items: readonly BoardItem[],
  pending: ReadonlyMap<number, ScoresInput>
): readonly BoardItem[] {
  if (pending.size === 0) return items
  return items.map((item) => {
    const scores = pending.get(item.id)
    return scores ? withScores(item, scores) : item
  })
}

/** The fields a score change touches. */
export const changedFields = (scores: ScoresInput) => Object.keys(scores) as OrderingScoreField[]

/**
 * Sets (a message) or clears (null) one item's cell errors. The map and the item's entry keep their
 * identity when nothing changes, so rows that did not change are not drawn again.
 */
export function withCellErrors(
  current: ReadonlyMap<number, CellErrors>,
  itemId: number,
  messages: Partial<Record<OrderingScoreField, string | null>>
): ReadonlyMap<number, CellErrors> {
  const before = current.get(itemId) ?? {}
  const after: CellErrors = { ...before }
  for (const [field, message] of Object.entries(messages) as Array<[OrderingScoreField, string | null]>) {
    if (message === null) delete after[field]
    else after[field] = message
  }
  const fields = Object.keys(after) as OrderingScoreField[]
  if (fields.length === Object.keys(before).length && fields.every((field) => before[field] === after[field]))
    return current
  const next = new Map(current)
  if (fields.length === 0) next.delete(itemId)
  else next.set(itemId, after)
  return next
}

/** Each field's message: its own issue (`scores.tc` belongs to Time Criticality), else everything the server said. */
export function fieldMessages(
  fields: readonly OrderingScoreField[],
  { message, issues }: ReadableError
): Record<string, string> {
  const fallback = issues.length ? issues.map((i) => i.message).join('; ') : message
  return Object.fromEntries(
    fields.map((field) => [field, issues.find((i) => i.path === `scores.${field}`)?.message ?? fallback])
  )
}
