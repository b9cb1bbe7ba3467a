import { describe, expect, it } from 'vitest'
import {
  DEFAULT_TOP_ITEMS,
  computeAlignment,
  type AlignmentInputGoal,
  type AlignmentInputItem
} from '@shared/domain/vision'

const goals: AlignmentInputGoal[] = [
  { id: 1, title: 'Half of bookings online', status: 'active' },
  { id: 2, title: 'Fewer no-shows', status: 'draft' },
  { id: 3, title: 'Old goal', status: 'achieved' },
  { id: 4, title: 'Empty draft', status: 'draft' }
]

const item = (id: number, estimate: number | null, goalId: number | null): AlignmentInputItem => ({
  id,
  title: `Item ${id}`,
  estimate,
  goalId
})

describe('alignment with the active goal', () => {
  it('counts the share of the top items and of their effort serving the active goal', () => {
    const items = [item(1, 5, 1), item(2, 3, null), item(3, 8, 1), item(4, null, 1), item(5, 2, 2), item(6, 13, 1)]
    const result = computeAlignment(items, goals, 5)
    expect(result.topCount).toBe(5)
    expect(result.topServingActive).toBe(3)
    expect(result.itemShare).toBeCloseTo(3 / 5)
    expect(result.topEffort).toBe(18)
    expect(result.topEffortServingActive).toBe(13)
    expect(result.effortShare).toBeCloseTo(13 / 18)
    expect(result.topUnestimated).toBe(1)
    expect(result.top.map((i) => i.position)).toEqual([1, 2, 3, 4, 5])
    expect(result.unlinkedItems.map((i) => i.id)).toEqual([2])
    expect(result.unlinkedCount).toBe(1)
    // Goal 3 ended, so having no items is no problem; goal 4 is a draft nobody serves.
    expect(result.goalsWithoutItems).toEqual([4])
    expect(result.summary).toBe(
      '3 of the top 5 items (60%) and 72% of their estimated effort serve “Half of bookings online”.'
    )
  })

  it('looks at the top 20 by default and at fewer when the backlog is shorter', () => {
    expect(DEFAULT_TOP_ITEMS).toBe(20)
    const many = Array.from({ length: 30 }, (_, i) => item(i + 1, 1, i < 10 ? 1 : null))
    expect(computeAlignment(many, goals).itemShare).toBe(0.5)
    expect(computeAlignment(many.slice(0, 4), goals).topCount).toBe(4)
  })

  it('has no shares without items, no effort share without estimates, and says when no goal is active', () => {
    expect(computeAlignment([], goals).itemShare).toBeNull()
    expect(computeAlignment([item(1, null, 1)], goals).effortShare).toBeNull()
    const none = computeAlignment(
      [item(1, 3, 2)],
      goals.filter((g) => g.status !== 'active')
    )
    expect(none.activeGoalId).toBeNull()
    expect(none.topServingActive).toBe(0)
    expect(none.summary).toMatch(/No Product Goal is active/)
  })

  it('caps the listed unlinked items but counts them all', () => {
    const many = Array.from({ length: 250 }, (_, i) => item(i + 1, null, null))
    const result = computeAlignment(many, goals)
    expect(result.unlinkedItems).toHaveLength(200)
    expect(result.unlinkedCount).toBe(250)
  })
})
