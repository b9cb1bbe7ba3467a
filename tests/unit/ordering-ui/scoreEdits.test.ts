import { describe, expect, it } from 'vitest'
import { ApiError } from '@shared/api/result'
import { readableError } from '@renderer/api/errors'
import {
  fieldMessages,
  pendingByItem,
  withCellErrors,
  withPending
} from '@renderer/features/ordering/shared/scoreEdits'
import { boardItem } from './board'

describe('scores being saved', () => {
  it('merges the requests per item, later ones winning', () => {
    const pending = pendingByItem([
      { itemId: 1, scores: { ubv: 3 } },
      { itemId: 2, scores: { value: 8 } },
      { itemId: 1, scores: { ubv: 5, tc: 2 } }
    ])
    expect(pending.get(1)).toEqual({ ubv: 5, tc: 2 })
    expect(pending.get(2)).toEqual({ value: 8 })
    expect(pending.has(3)).toBe(false)
  })

  it('shows items as they will be saved and leaves the others as they are', () => {
    const items = [boardItem(1, { ubv: 1, tc: 1, rr: 1, jobSize: 1 }), boardItem(2)]
    expect(withPending(items, new Map())).toBe(items)
    const shown = withPending(items, new Map([[1, { ubv: 8 }]]))
    expect(shown[0]).toMatchObject({ costOfDelay: 10, wsjf: 10 })
    expect(shown[1]).toBe(items[1])
  })
})

describe('cell errors', () => {
  it('sets and clears one item’s messages, keeping every other entry as it was', () => {
    const other = { tc: 'Too big' }
    const start = new Map([[2, other]])
    const withError = withCellErrors(start, 1, { ubv: 'Not on the scale', value: null })
    expect(withError.get(1)).toEqual({ ubv: 'Not on the scale' })
    expect(withError.get(2)).toBe(other)
    expect(withCellErrors(withError, 1, { ubv: null }).has(1)).toBe(false)
  })

  it('keeps the same map when nothing changes, so no row is drawn again', () => {
    const start = new Map([[1, { ubv: 'Not on the scale' }]])
    expect(withCellErrors(start, 1, { ubv: 'Not on the scale' })).toBe(start)
    expect(withCellErrors(start, 3, { tc: null })).toBe(start)
  })

  it('gives each field its own issue, else everything the server said', () => {
    const refusal = readableError(
      new ApiError('invalid_input', 'Invalid', [{ path: 'scores.tc', message: 'Use the scale' }])
    )
    expect(fieldMessages(['tc', 'ubv'], refusal)).toEqual({ tc: 'Use the scale', ubv: 'Use the scale' })
    expect(fieldMessages(['moscow'], readableError(new Error('The item is gone')))).toEqual({
      moscow: 'The item is gone'
    })
  })
})
