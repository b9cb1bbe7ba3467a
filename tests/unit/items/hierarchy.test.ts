import { describe, expect, it } from 'vitest'
import { parentProblem, parentTypesFor, rollUp } from '@shared/domain/items/hierarchy'

describe('item hierarchy', () => {
  it('lets epics hold features and small items, and features hold small items', () => {
    expect(parentProblem('epic', 'feature')).toBeNull()
    expect(parentProblem('epic', 'story')).toBeNull()
    expect(parentProblem('feature', 'bug')).toBeNull()
    expect(parentTypesFor('story')).toEqual(['epic', 'feature'])
    expect(parentTypesFor('feature')).toEqual(['epic'])
    expect(parentTypesFor('epic')).toEqual([])
  })

  it('refuses the same level, a lower level and anything above an epic, saying why', () => {
    expect(parentProblem('story', 'story')).toBe(
      'A story cannot hold a story: choose a feature or an epic as its parent.'
    )
    expect(parentProblem('feature', 'feature')).toBe(
      'A feature cannot hold a feature: a feature belongs under an epic.'
    )
    expect(parentProblem('spike', 'epic')).toBe('An epic is the top level: it cannot sit under another item.')
  })
})

describe('rollUp', () => {
  it('sums the children, counting a child with children of its own through them', () => {
    const nodes = [
      { id: 2, parentId: 1, estimate: 20 },
      { id: 3, parentId: 2, estimate: 3 },
      { id: 4, parentId: 2, estimate: 5 },
      { id: 5, parentId: 1, estimate: null },
      { id: 6, parentId: 1, estimate: 2 }
    ]
    expect(rollUp(1, nodes)).toEqual({ points: 10, unestimated: 1 })
    expect(rollUp(2, nodes)).toEqual({ points: 8, unestimated: 0 })
    expect(rollUp(3, nodes)).toEqual({ points: 0, unestimated: 0 })
  })

  it('stops at a loop in bad data instead of running forever', () => {
    expect(
      rollUp(1, [
        { id: 2, parentId: 1, estimate: 3 },
        { id: 1, parentId: 2, estimate: 5 }
      ])
    ).toEqual({ points: 0, unestimated: 0 })
  })
})
