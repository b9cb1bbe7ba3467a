import { describe, expect, it } from 'vitest'
import { summariseBacklog, type SummaryItem } from '@shared/domain/practice'

const item = (id: number, patch: Partial<SummaryItem> = {}): SummaryItem => ({
  id,
  type: 'story',
  title: `As a swimmer, I want to book lane ${id}, so that I can swim`,
  estimate: 3,
  criteriaCount: 1,
  blockedByCount: 0,
  ready: true,
  open: true,
  ...patch
})

describe('backlog summary for evidence', () => {
  it('counts open items that are estimated, have criteria and are ready, and checks INVEST over the top', () => {
    const items = [
      item(1),
      item(2, { estimate: null, criteriaCount: 0, ready: false }),
      item(3, { estimate: 20 }),
      item(4, { open: false }),
      item(5, { ready: false })
    ]
    const summary = summariseBacklog(items, 8, 3)
    expect(summary).toMatchObject({
      openCount: 4,
      estimatedCount: 3,
      withCriteriaCount: 3,
      readyCount: 2,
      topCount: 3,
      topPassingInvest: 1
    })
    expect(summary.top.map((t) => t.id)).toEqual([1, 2, 3])
    expect(summary.weakLetters.E).toBe(1)
    expect(summary.weakLetters.S).toBe(1)
    expect(summary.weakLetters.T).toBe(1)
  })

  it('is empty for an empty backlog', () => {
    expect(summariseBacklog([], 8)).toMatchObject({ openCount: 0, topCount: 0, topPassingInvest: 0, top: [] })
  })
})
