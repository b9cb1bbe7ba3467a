import { describe, expect, it } from 'vitest'
import { backlogStateOf, rewriteOverrides, type LegacyChange } from '../../../src/shared/domain/items/not-done'

const states = [
  { id: 10, category: 'in_progress' as const, position: 1 },
  { id: 11, category: 'todo' as const, position: 0 },
  { id: 12, category: 'done' as const, position: 2 }
]
const change = (
  itemId: number,
  fromStateId: number | null,
  toStateId: number,
  override: string | null = null
): LegacyChange => ({ itemId, fromStateId, toStateId, override })

describe('backlogStateOf', () => {
  it('is the first to-do state by position, else the first in-progress one', () => {
    expect(backlogStateOf(states)).toBe(11)
    expect(backlogStateOf(states.filter((s) => s.category !== 'todo'))).toBe(10)
    expect(backlogStateOf([{ id: 1, category: 'done', position: 0 }])).toBeNull()
  })
})

describe('rewriteOverrides', () => {
  it('sends an item still done by override back to the Product Backlog, keeping the reason', () => {
    const result = rewriteOverrides(states, new Map([[1, 12]]), [
      change(1, null, 11),
      change(1, 11, 10),
      change(1, 10, 12, 'Tests next Sprint')
    ])
    expect(result.history).toEqual([
      { fromStateId: null, toStateId: 11, notDoneReason: null },
      { fromStateId: 11, toStateId: 10, notDoneReason: null },
      { fromStateId: 10, toStateId: 11, notDoneReason: 'Tests next Sprint' }
    ])
    expect(result.itemStates).toEqual(new Map([[1, 11]]))
  })

  it('makes the next change start from the backlog, and leaves an item that moved on where it is', () => {
    const result = rewriteOverrides(states, new Map([[1, 12]]), [
      change(1, 10, 12, 'Flag'),
      change(1, 12, 10),
      change(1, 10, 12)
    ])
    expect(result.history.map((c) => [c.fromStateId, c.toStateId])).toEqual([
      [10, 11],
      [11, 10],
      [10, 12]
    ])
    expect(result.itemStates.size).toBe(0)
  })

  it('changes nothing without overrides, and keeps items apart', () => {
    const history = [change(1, null, 11), change(2, null, 11), change(2, 11, 12, 'Late'), change(1, 11, 12)]
    const result = rewriteOverrides(
      states,
      new Map([
        [1, 12],
        [2, 12]
      ]),
      history
    )
    expect(result.history[3]).toEqual({ fromStateId: 11, toStateId: 12, notDoneReason: null })
    expect(result.itemStates).toEqual(new Map([[2, 11]]))
  })
})
