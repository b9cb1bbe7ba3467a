import { describe, expect, it } from 'vitest'
import type { Goal } from '@shared/api/methods/ebm'
import { hypothesisSentence } from '@shared/domain/ebm'
import { buildGoalTree, goalsOnMeasure, parentCandidates } from '@renderer/features/ebm/shape/goalTree'
import { hypothesisParts, isComplete } from '@renderer/features/ebm/shape/hypothesis'
import { formatDay, freshnessText, serverToday } from '@renderer/features/ebm/shape/format'

const goal = (id: number, level: Goal['level'], parentId: number | null, measureIds: number[] = []) =>
  ({ id, level, parentId, title: `Goal ${id}`, targets: measureIds.map((measureId) => ({ measureId })) }) as Goal

describe('buildGoalTree', () => {
  it('nests goals under their parents in the given order', () => {
    const tree = buildGoalTree([
      goal(1, 'strategic', null),
      goal(2, 'intermediate', 1),
      goal(3, 'tactical', 2),
      goal(4, 'intermediate', 1)
    ])
    expect(tree.map((n) => n.goal.id)).toEqual([1])
    expect(tree[0]!.children.map((n) => n.goal.id)).toEqual([2, 4])
    expect(tree[0]!.children[0]!.children.map((n) => n.goal.id)).toEqual([3])
  })

  it('shows a goal whose parent is gone at the root instead of losing it', () => {
    const tree = buildGoalTree([goal(2, 'intermediate', 99), goal(5, 'strategic', null)])
    expect(tree.map((n) => n.goal.id)).toEqual([2, 5])
  })

  it('offers parents one level up and finds the goals with a target on a measure', () => {
    const goals = [goal(1, 'strategic', null, [7]), goal(2, 'intermediate', 1), goal(3, 'tactical', 2, [7, 8])]
    expect(parentCandidates(goals, 'strategic')).toEqual([])
    expect(parentCandidates(goals, 'intermediate').map((g) => g.id)).toEqual([1])
    expect(parentCandidates(goals, 'tactical').map((g) => g.id)).toEqual([2])
    expect(goalsOnMeasure(goals, 7).map((g) => g.id)).toEqual([1, 3])
  })
})

describe('hypothesisParts', () => {
  const draft = {
    change: 'a one-tap rebooking button',
    outcome: 'more members booking again.',
    measureName: 'Rebooking rate',
    unit: '%',
    expectedValue: '45',
    byDate: '2026-06-30'
  }
  const text = (parts: ReturnType<typeof hypothesisParts>) => parts.map((p) => p.text).join('')

  it('reads exactly like the sentence the server saves', () => {
    const parts = hypothesisParts(draft)
    expect(isComplete(parts)).toBe(true)
    expect(text(parts)).toBe(hypothesisSentence({ ...draft, expectedValue: 45 }))
  })

  it('shows placeholders for blanks and for a value that is not a number yet', () => {
    const parts = hypothesisParts({ ...draft, change: '  ', expectedValue: '-', measureName: '' })
    expect(isComplete(parts)).toBe(false)
    expect(parts.filter((p) => p.kind === 'slot' && !p.filled).map((p) => p.text)).toEqual([
      '<change>',
      '<measure>',
      '<value>'
    ])
  })
})

describe('format', () => {
  it('says how fresh a measure is', () => {
    expect(freshnessText(null)).toBe('no values yet')
    expect(freshnessText(0)).toBe('updated today')
    expect(freshnessText(1)).toBe('updated yesterday')
    expect(freshnessText(40)).toBe('updated 40 days ago')
  })

  it('writes days for people and keeps text that is not a day', () => {
    expect(formatDay('2026-03-31')).toBe('Tue, 31 Mar 2026')
    expect(formatDay('2026-02-30')).toBe('2026-02-30')
    expect(serverToday(new Date(Date.UTC(2026, 0, 5, 23, 30)))).toBe('2026-01-05')
  })
})
