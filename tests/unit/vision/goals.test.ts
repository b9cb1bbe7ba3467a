import { describe, expect, it } from 'vitest'
import { activationBlocker, compareGoals, endingBlocker, type GoalRef } from '@shared/domain/vision'

const goal = (id: number, status: GoalRef['status'], title = `Goal ${id}`): GoalRef => ({ id, title, status })

describe('one active Product Goal', () => {
  it('lets a draft become active when no other goal is active', () => {
    expect(
      activationBlocker(goal(2, 'draft'), [goal(1, 'achieved'), goal(2, 'draft'), goal(3, 'abandoned')])
    ).toBeNull()
  })

  it('refuses a second active goal and explains the Scrum Guide rule', () => {
    const message = activationBlocker(goal(2, 'draft'), [
      goal(1, 'active', 'Half of bookings online'),
      goal(2, 'draft')
    ])
    expect(message).toContain('“Half of bookings online” is the active Product Goal')
    expect(message).toContain('one Product Goal at a time')
    expect(message).toContain('achieved or abandon it, with a reason')
  })

  it('refuses ended and already active goals', () => {
    expect(activationBlocker(goal(1, 'active'), [goal(1, 'active')])).toMatch(/already the active/)
    expect(activationBlocker(goal(1, 'achieved'), [])).toMatch(/stays in the history/)
    expect(activationBlocker(goal(1, 'abandoned'), [])).toMatch(/was abandoned/)
  })

  it('achieves only the active goal; abandons drafts or the active goal; never ends a goal twice', () => {
    expect(endingBlocker(goal(1, 'active'), 'achieved')).toBeNull()
    expect(endingBlocker(goal(1, 'draft'), 'achieved')).toMatch(/Only the active Product Goal can be achieved/)
    expect(endingBlocker(goal(1, 'draft'), 'abandoned')).toBeNull()
    expect(endingBlocker(goal(1, 'active'), 'abandoned')).toBeNull()
    expect(endingBlocker(goal(1, 'achieved'), 'abandoned')).toMatch(/already ended as achieved/)
  })

  it('lists the active goal first, then drafts oldest first, then ended goals newest first', () => {
    const rows = [
      { id: 1, status: 'achieved' as const, createdAt: '2025-01-01', endedAt: '2025-03-01' },
      { id: 2, status: 'draft' as const, createdAt: '2025-04-02', endedAt: null },
      { id: 3, status: 'abandoned' as const, createdAt: '2025-02-01', endedAt: '2025-04-01' },
      { id: 4, status: 'active' as const, createdAt: '2025-03-02', endedAt: null },
      { id: 5, status: 'draft' as const, createdAt: '2025-04-01', endedAt: null }
    ]
    expect(rows.sort(compareGoals).map((r) => r.id)).toEqual([4, 5, 2, 3, 1])
  })
})
