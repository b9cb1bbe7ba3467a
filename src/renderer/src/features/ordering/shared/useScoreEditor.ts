import { useCallback, useState } from 'react'
import { readableError } from '@renderer/api/errors'
import type { ScoresInput } from '../liveScores'
import { usePendingScores, useSetScores } from '../queries'
import { changedFields, fieldMessages, withCellErrors, type CellErrors } from './scoreEdits'

/** Saves one item's scores; resolves to whether the server kept them. The same function on every render. */
export type SaveScores = (itemId: number, scores: ScoresInput) => Promise<boolean>

const NO_ERRORS: ReadonlyMap<number, CellErrors> = new Map()

/**
 * Saves score changes, shows them as pending until the server answers, and keeps the server's
 * refusals per cell, so each message shows beside the value it is about. Rows take their own
 * entries of `pending` and `errors`, which keep their identity while that row does not change.
 */
export function useScoreEditor(productId: number) {
  const { mutateAsync } = useSetScores(productId)
  const pending = usePendingScores(productId)
  const [errors, setErrors] = useState(NO_ERRORS)

  const save = useCallback<SaveScores>(
    async (itemId, scores) => {
      const fields = changedFields(scores)
      setErrors((current) => withCellErrors(current, itemId, Object.fromEntries(fields.map((field) => [field, null]))))
      try {
        await mutateAsync({ itemId, scores })
        return true
      } catch (error) {
        setErrors((current) => withCellErrors(current, itemId, fieldMessages(fields, readableError(error))))
        return false
      }
    },
    [mutateAsync]
  )

  return { save, pending, errors }
}
