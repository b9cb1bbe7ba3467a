import { describe, expect, it } from 'vitest'
import {
  NO_SCORES,
  averageDisplacement,
  compareOrders,
  kendallTauB,
  ordinal,
  type ModelScores
} from '@shared/domain/ordering'

describe('Kendall tau-b', () => {
  it('is 1 for the same order, -1 for the reverse, 0 for a balanced mix', () => {
    expect(kendallTauB([1, 2, 3, 4], [1, 2, 3, 4])).toBe(1)
    expect(kendallTauB([1, 2, 3, 4], [4, 3, 2, 1])).toBe(-1)
    // Pairs (1,2)- (1,3)+ (1,4)- (2,3)+ (2,4)+ (3,4)-: 3 concordant, 3 discordant.
    expect(kendallTauB([1, 2, 3, 4], [3, 1, 4, 2])).toBe(0)
  })

  it('counts one swapped pair out of three', () => {
    expect(kendallTauB([1, 2, 3], [2, 1, 3])).toBeCloseTo(1 / 3)
  })

  it('treats ties as neither agreement nor disagreement (tau-b denominator)', () => {
    // b ties items 1 and 2: 2 concordant, 0 discordant, pairs 3, ties in b 1 → 2 / sqrt(3 * 2).
    expect(kendallTauB([1, 2, 3], [1, 1, 2])).toBeCloseTo(2 / Math.sqrt(6))
    expect(kendallTauB([1, 2, 3], [5, 5, 5])).toBeNull()
    expect(kendallTauB([1], [1])).toBeNull()
  })
})

describe('average displacement', () => {
  it('is the mean distance between the two places', () => {
    expect(averageDisplacement([1, 2, 3, 4], [1, 2, 3, 4])).toBe(0)
    expect(averageDisplacement([1, 2, 3, 4], [4, 3, 2, 1])).toBe(2)
    expect(averageDisplacement([], [])).toBe(0)
  })
})

describe('ordinals', () => {
  it('writes English ordinals, grouped as every count is', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 9087].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
      '112th',
      '9,087th'
    ])
  })
})

const wsjfItem = (id: number, ubv: number, tc: number, rr: number, jobSize: number) => ({
  id,
  title: `Item ${id}`,
  scores: { ...NO_SCORES, ubv, tc, rr, jobSize } satisfies ModelScores
})

describe('comparison with the manual order', () => {
  // Twelve items in the Product Owner's order; the 12th is urgent and small.
  const items = [
    ...Array.from({ length: 11 }, (_, i) => wsjfItem(i + 1, 5, 3, 2, 5 - (i % 3))),
    wsjfItem(12, 5, 13, 2, 2)
  ]

  it('explains the biggest move with the numbers that cause it', () => {
    const comparison = compareOrders(items, 'wsjf')
    expect(comparison.items[0]!.id).toBe(12)
    const top = comparison.movers[0]!
    expect(top).toMatchObject({ id: 12, manualPosition: 12, modelPosition: 1, shift: 11 })
    expect(top.reason).toBe('12th in your order, 1st by WSJF (10): Time Criticality 13, Job Size 2.')
    expect(comparison.movers.length).toBeLessThanOrEqual(5)
  })

  it('explains a move down by what holds the item back', () => {
    const withHeavy = [wsjfItem(1, 1, 1, 1, 20), ...items.slice(1)]
    const mover = compareOrders(withHeavy, 'wsjf').movers.find((m) => m.id === 1)!
    expect(mover.shift).toBe(-11)
    expect(mover.reason).toBe('1st in your order, 12th by WSJF (0.15): Job Size 20, User-Business Value 1.')
  })

  it('measures agreement over the scored items only, by their places among themselves', () => {
    const agreeing = [
      { id: 1, title: 'unscored', scores: NO_SCORES },
      wsjfItem(2, 8, 8, 8, 1),
      wsjfItem(3, 2, 2, 2, 1),
      wsjfItem(4, 1, 1, 1, 1)
    ]
    const comparison = compareOrders(agreeing, 'wsjf')
    expect(comparison).toMatchObject({
      scoredCount: 3,
      unscoredCount: 1,
      kendallTau: 1,
      averageDisplacement: 0,
      movers: []
    })
    expect(comparison.items.map((e) => e.id)).toEqual([2, 3, 4, 1])
    expect(comparison.tieBreak).toMatch(/smaller Job Size goes first, then your order/)
  })

  it('counts equal scores as ties, not as the tie-break’s verdict', () => {
    const tied = [wsjfItem(1, 2, 2, 2, 2), wsjfItem(2, 1, 1, 1, 1)] // both WSJF 3
    const comparison = compareOrders(tied, 'wsjf')
    expect(comparison.items.map((e) => e.id)).toEqual([2, 1])
    expect(comparison.kendallTau).toBeNull()
  })

  it('quotes money and weeks for CD3', () => {
    const cd3Items = [
      { id: 'a', title: 'A', scores: { ...NO_SCORES, codPerWeek: 1000, durationWeeks: 4 } },
      { id: 'b', title: 'B', scores: { ...NO_SCORES, codPerWeek: 1000, durationWeeks: 4 } },
      { id: 'c', title: 'C', scores: { ...NO_SCORES, codPerWeek: 25000, durationWeeks: 1 } }
    ]
    const [mover] = compareOrders(cd3Items, 'cd3').movers
    expect(mover!.reason).toBe(
      '3rd in your order, 1st by CD3 (25,000): Cost of Delay per week 25,000, Duration (weeks) 1.'
    )
  })
})
