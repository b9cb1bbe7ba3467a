import { useState } from 'react'
import type { OrderingScoreField } from '@shared/api/methods/ordering'
import { readableError } from '@renderer/api/errors'
import type { ScoresInput } from '../liveScores'
import { useSetScores } from '../queries'

const cellKey = (itemId: number, field: string) => `${itemId}.${field}`

/**
 * Saves score changes and keeps the server's refusals per cell, so each message shows beside the
 * value it is about (a field issue `scores.tc` belongs to the Time Criticality cell).
 */
export function useScoreEditor(productId: number) {
  const setScores = useSetScores(productId)
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map())

  const update = (itemId: number, fields: readonly string[], message: string | null) =>
    setErrors((current) => {
      const next = new Map(current)
      for (const field of fields) {
        if (message === null) next.delete(cellKey(itemId, field))
        else next.set(cellKey(itemId, field), message)
      }
      return next
    })

  const save = (itemId: number, scores: ScoresInput, onSaved?: () => void) => {
    const fields = Object.keys(scores)
    update(itemId, fields, null)
    setScores.mutate(
      { itemId, scores },
      {
        onSuccess: () => onSaved?.(),
        onError: (error) => {
          const { message, issues } = readableError(error)
          for (const field of fields) {
            const issue = issues.find((i) => i.path === `scores.${field}`)
            update(itemId, [field], issue?.message ?? (issues.length ? issues.map((i) => i.message).join('; ') : message))
          }
        }
      }
    )
  }

  return {
    save,
    errorFor: (itemId: number, field: OrderingScoreField) => errors.get(cellKey(itemId, field))
  }
}
