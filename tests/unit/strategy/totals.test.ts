import { describe, expect, it } from 'vitest'
import { comparisonTotals, costTotals } from '@shared/domain/strategy'

describe('competitor comparison totals', () => {
  const criteria = [
    { id: 1, name: 'Price', weight: 3 },
    { id: 2, name: 'Live lanes', weight: 1 },
    { id: 3, name: 'Lessons', weight: 2 }
  ]

  it('weights each score, ranks equal totals together and names the criteria not scored', () => {
    const { totals } = comparisonTotals(criteria, [
      { id: null, name: 'Lanes', scores: { 1: 4, 2: 5, 3: 2 } },
      { id: 7, name: 'SwimBook', scores: { 1: 5, 2: 2, 3: 3 } },
      { id: 8, name: 'Phone', scores: { 1: 5 } }
    ])
    expect(totals.map((t) => [t.name, t.total, t.possible, t.rank, t.unscored])).toEqual([
      ['Lanes', 4 * 3 + 5 + 2 * 2, 30, 2, []],
      ['SwimBook', 5 * 3 + 2 + 3 * 2, 30, 1, []],
      ['Phone', 15, 30, 3, ['Live lanes', 'Lessons']]
    ])
    expect(totals[1]!.share).toBeCloseTo(23 / 30)
    const tied = comparisonTotals(criteria, [
      { id: 1, name: 'A', scores: { 1: 1 } },
      { id: 2, name: 'B', scores: { 1: 1 } },
      { id: 3, name: 'C', scores: {} }
    ])
    expect(tied.totals.map((t) => t.rank)).toEqual([1, 1, 3])
  })

  it('names who leads each criterion, every one of them on a tie, nobody when none is scored', () => {
    const { leaders } = comparisonTotals(criteria, [
      { id: null, name: 'Lanes', scores: { 1: 4, 2: 5 } },
      { id: 7, name: 'SwimBook', scores: { 1: 4, 2: 2 } }
    ])
    expect(leaders).toEqual([
      { criterionId: 1, leaders: ['Lanes', 'SwimBook'] },
      { criterionId: 2, leaders: ['Lanes'] },
      { criterionId: 3, leaders: [] }
    ])
  })

  it('has no share without criteria', () => {
    expect(comparisonTotals([], [{ id: null, name: 'Lanes', scores: {} }]).totals).toEqual([
      { id: null, name: 'Lanes', total: 0, possible: 0, share: null, rank: 1, unscored: [] }
    ])
  })
})

describe('total cost of ownership', () => {
  it('sums each period as entered, brings recurring costs to a year and keeps one-off costs apart', () => {
    const totals = costTotals([
      { category: 'build', amount: 18_000, period: 'monthly' },
      { category: 'run', amount: 420.1, period: 'monthly' },
      { category: 'run', amount: 0.2, period: 'monthly' },
      { category: 'support', amount: 1_500, period: 'quarterly' },
      { category: 'licence', amount: 99, period: 'yearly' },
      { category: 'build', amount: 12_000, period: 'one-off' }
    ])
    expect(totals.byPeriod).toEqual({ 'one-off': 12_000, monthly: 18_420.3, quarterly: 1_500, yearly: 99 })
    expect(totals.byCategory).toEqual({
      build: { yearly: 216_000, oneOff: 12_000 },
      run: { yearly: 5_043.6, oneOff: 0 },
      support: { yearly: 6_000, oneOff: 0 },
      licence: { yearly: 99, oneOff: 0 },
      other: { yearly: 0, oneOff: 0 }
    })
    expect(totals.yearly).toBe(227_142.6)
    expect(totals.monthly).toBe(18_928.55)
    expect(totals.oneOff).toBe(12_000)
    expect(totals.firstYear).toBe(239_142.6)
  })

  it('is all zero without cost items', () => {
    expect(costTotals([])).toMatchObject({ yearly: 0, monthly: 0, oneOff: 0, firstYear: 0 })
  })
})
