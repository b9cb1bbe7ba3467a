import { describe, expect, it } from 'vitest'
import type { CompetitorBoard } from '@shared/api/methods/strategy'
import { costTotals } from '@shared/domain/strategy'
import { costTotalLines } from '@renderer/features/ebm/costs/shape'
import { comparisonTable } from '@renderer/features/strategy/competitors/shape'

const competitor = (id: number, name: string, scores: Array<[number, number]>) => ({
  id,
  productId: 1,
  name,
  offer: '',
  strengths: '',
  weaknesses: '',
  positioning: '',
  scores: scores.map(([criterionId, score]) => ({ criterionId, score })),
  createdAt: 'x',
  updatedAt: 'x'
})

describe('the comparison table', () => {
  it('puts the product first in every row, leaves unscored cells empty and marks who leads', () => {
    const board: CompetitorBoard = {
      productId: 1,
      productName: 'Lanes',
      criteria: [
        { id: 10, productId: 1, name: 'Price', weight: 3, ownScore: 4 },
        { id: 11, productId: 1, name: 'Lessons', weight: 1, ownScore: null }
      ],
      competitors: [
        competitor(5, 'SwimBook', [
          [10, 4],
          [11, 5]
        ])
      ],
      totals: [
        { id: null, name: 'Lanes', total: 12, possible: 20, share: 0.6, rank: 2, unscored: ['Lessons'] },
        { id: 5, name: 'SwimBook', total: 17, possible: 20, share: 0.85, rank: 1, unscored: [] }
      ],
      leaders: [
        { criterionId: 10, leaders: ['Lanes', 'SwimBook'] },
        { criterionId: 11, leaders: ['SwimBook'] }
      ]
    }
    const table = comparisonTable(board)
    expect(table.columns).toEqual(['Lanes', 'SwimBook'])
    expect(table.rows.map((r) => r.cells.map((c) => [c.name, c.score, c.leads]))).toEqual([
      [
        ['Lanes', 4, true],
        ['SwimBook', 4, true]
      ],
      [
        ['Lanes', null, false],
        ['SwimBook', 5, true]
      ]
    ])
    expect(table.totals).toEqual([
      { name: 'Lanes', rank: 2, text: '12 of 20 · 1 not scored' },
      { name: 'SwimBook', rank: 1, text: '17 of 20' }
    ])
  })
})

describe('the cost totals beside the measures', () => {
  it('lists only the periods and categories that have costs, then the year', () => {
    const lines = costTotalLines(
      costTotals([
        { category: 'build', amount: 38_000, period: 'monthly' },
        { category: 'build', amount: 3_600, period: 'one-off' },
        { category: 'licence', amount: 124, period: 'yearly' }
      ])
    )
    expect(lines.periods).toEqual([
      { label: 'One-off', value: '3,600' },
      { label: 'Monthly', value: '38,000' },
      { label: 'Yearly', value: '124' }
    ])
    expect(lines.categories).toEqual([
      { label: 'Build', value: '456,000 a year + 3,600 once' },
      { label: 'Licence', value: '124 a year' }
    ])
    expect(lines.year).toEqual([
      { label: 'Recurring, over a year', value: '456,124' },
      { label: 'Recurring, per month', value: '38,010.33' },
      { label: 'First year with one-off costs', value: '459,724' }
    ])
  })
})
