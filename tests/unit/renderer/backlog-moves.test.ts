import { describe, expect, it } from 'vitest'
import { applyMove, filterItems, planMove } from '../../../src/renderer/src/features/backlog/moves'

const ids = [1, 2, 3, 4, 5]
const items = ids.map((id) => ({ id, key: `PB-${id}`, title: `Item ${id}` }))

describe('planMove on the full list', () => {
  it('moves down between the new neighbours', () => {
    expect(planMove(ids, ids, 0, 2)).toEqual({ id: 1, afterId: 3, beforeId: 4 })
  })
  it('moves up between the new neighbours', () => {
    expect(planMove(ids, ids, 3, 1)).toEqual({ id: 4, afterId: 1, beforeId: 2 })
  })
  it('uses null at the top', () => {
    expect(planMove(ids, ids, 2, 0)).toEqual({ id: 3, afterId: null, beforeId: 1 })
  })
  it('uses null at the bottom', () => {
    expect(planMove(ids, ids, 1, 4)).toEqual({ id: 2, afterId: 5, beforeId: null })
  })
  it('returns null when nothing moves or the target is outside', () => {
    expect(planMove(ids, ids, 2, 2)).toBeNull()
    expect(planMove(ids, ids, 0, -1)).toBeNull()
    expect(planMove(ids, ids, 4, 5)).toBeNull()
    expect(planMove([7], [7], 0, 0)).toBeNull()
  })
})

describe('planMove on a filtered view', () => {
  const visible = [1, 3, 5]
  it('places the item right below the visible item above it', () => {
    expect(planMove(ids, visible, 0, 1)).toEqual({ id: 1, afterId: 3, beforeId: 4 })
  })
  it('places the item right above the visible item below it at the top of the view', () => {
    expect(planMove(ids, visible, 2, 0)).toEqual({ id: 5, afterId: null, beforeId: 1 })
    expect(planMove(ids, [2, 4], 1, 0)).toEqual({ id: 4, afterId: 1, beforeId: 2 })
  })
})

describe('applyMove', () => {
  const order = (list: { id: number }[]) => list.map((i) => i.id)
  it('agrees with planMove for every move in a small list', () => {
    for (let from = 0; from < ids.length; from++) {
      for (let to = 0; to < ids.length; to++) {
        const plan = planMove(ids, ids, from, to)
        if (!plan) continue
        const expected = ids.filter((_, i) => i !== from)
        expected.splice(to, 0, ids[from]!)
        expect(order(applyMove(items, plan))).toEqual(expected)
      }
    }
  })
  it('leaves the list alone when a neighbour is unknown', () => {
    expect(order(applyMove(items, { id: 1, afterId: 99, beforeId: null }))).toEqual(ids)
  })
})

describe('filterItems', () => {
  it('matches titles case-insensitively and item keys', () => {
    expect(filterItems(items, 'item 3').map((i) => i.id)).toEqual([3])
    expect(filterItems(items, 'pb-4').map((i) => i.id)).toEqual([4])
    expect(filterItems(items, 'PB-9')).toEqual([])
    expect(filterItems(items, '  ')).toBe(items)
  })
})
