import { describe, expect, it } from 'vitest'
import { bucketChanges, groupIntoBuckets, voteStats } from '@shared/domain/estimation'

const FIB = [0, 0.5, 1, 2, 3, 5, 8, 13, 20, 40, 100]
const TSHIRT = [1, 2, 3, 5, 8, 13]

describe('Planning Poker vote statistics', () => {
  it('sees consensus when every card is the same', () => {
    expect(voteStats([5, 5, 5], FIB)).toEqual({
      low: 5,
      high: 5,
      median: 5,
      consensus: true,
      spread: 0,
      outliers: [],
      suggestion: 5
    })
  })

  it('suggests the higher of two neighbouring cards', () => {
    expect(voteStats([5, 8, 5], FIB)).toMatchObject({ consensus: false, spread: 1, suggestion: 8, outliers: [] })
  })

  it('names votes two or more steps from the median as outliers and asks for a discussion', () => {
    const stats = voteStats([3, 5, 5, 20], FIB)
    expect(stats).toMatchObject({ low: 3, high: 20, median: 5, spread: 4, suggestion: null })
    expect(stats?.outliers).toEqual([3])
  })

  it('measures steps on the scale in use', () => {
    expect(voteStats([2, 5], TSHIRT)).toMatchObject({ spread: 2, suggestion: null, outliers: [1] })
  })

  it('has nothing to say without votes', () => {
    expect(voteStats([], FIB)).toBeNull()
  })
})

describe('bucket estimation', () => {
  const items = [
    { id: 1, estimate: 3 },
    { id: 2, estimate: null },
    { id: 3, estimate: 8 },
    { id: 4, estimate: 7 }
  ]

  it('starts each item in the bucket of its estimate; items without one or off the scale are unsorted', () => {
    const { buckets, unsorted } = groupIntoBuckets(items, new Map(), TSHIRT)
    expect(buckets.find((b) => b.value === 3)?.items.map((i) => i.id)).toEqual([1])
    expect(buckets.find((b) => b.value === 8)?.items.map((i) => i.id)).toEqual([3])
    expect(unsorted.map((i) => i.id)).toEqual([2, 4])
  })

  it('follows where items were dropped and saves only what changed', () => {
    const placed = new Map([
      [1, 3],
      [2, 5],
      [3, 13]
    ])
    expect(
      groupIntoBuckets(items, placed, TSHIRT)
        .buckets.find((b) => b.value === 5)
        ?.items.map((i) => i.id)
    ).toEqual([2])
    expect(bucketChanges(items, placed)).toEqual([
      { itemId: 2, estimate: 5 },
      { itemId: 3, estimate: 13 }
    ])
  })
})
