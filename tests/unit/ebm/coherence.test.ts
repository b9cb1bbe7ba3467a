import { describe, expect, it } from 'vitest'
import { experimentContradictions, type ExperimentFacts, type ItemFacts } from '@shared/domain/ebm'

const item = (id: number, stateCategory: ItemFacts['stateCategory'], finishedOn: string | null = null): ItemFacts => ({
  id,
  title: `Item ${id}`,
  stateCategory,
  finishedOn
})
const experiment = (
  decision: ExperimentFacts['decision'],
  itemIds: number[],
  decidedAt: string | null = '2025-03-10T09:00:00.000Z'
): ExperimentFacts => ({
  title: 'Waiting list',
  status: decision ? 'concluded' : 'running',
  decision,
  decidedAt: decision ? decidedAt : null,
  itemIds
})

describe('experiment coherence', () => {
  const items = [
    item(1, 'todo'),
    item(2, 'done', '2025-02-01'),
    item(3, 'done', '2025-04-01'),
    item(4, 'removed'),
    item(5, 'in_progress')
  ]

  it('asks a decision to persevere for items done before it', () => {
    expect(experimentContradictions([experiment('persevere', [2])], items)).toEqual([])
    expect(experimentContradictions([experiment('persevere', [1])], items)).toEqual([
      '“Waiting list” was decided “persevere” while its item “Item 1” is not done.'
    ])
    expect(experimentContradictions([experiment('persevere', [3])], items)).toEqual([
      '“Waiting list” was decided “persevere” on Mon, 10 Mar 2025, before its item “Item 3” was done (Tue, 1 Apr 2025).'
    ])
  })

  it('asks a pivot or a stop to leave nothing of it still to build', () => {
    expect(experimentContradictions([experiment('pivot', [2, 4])], items)).toEqual([])
    expect(experimentContradictions([experiment('stop', [5])], items)).toEqual([
      '“Waiting list” was decided “stop”, yet its item “Item 5” is still to be built.'
    ])
    expect(experimentContradictions([experiment('pivot', [1])], items)).toHaveLength(1)
  })

  it('leaves an undecided experiment alone, whatever its items', () => {
    expect(experimentContradictions([experiment(null, [1, 5])], items)).toEqual([])
  })
})
