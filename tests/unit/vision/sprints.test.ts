import { describe, expect, it } from 'vitest'
import { sprintOutcomeStats, type JudgedSprint } from '@shared/domain/vision'

const sprints = (...outcomes: JudgedSprint['outcome'][]): JudgedSprint[] =>
  outcomes.map((outcome, i) => ({
    id: i + 1,
    name: `Sprint ${i + 1}`,
    endDate: `2025-0${1 + Math.floor(i / 3)}-${10 + (i % 3) * 5}`,
    outcome
  }))

describe('Sprint Goal outcomes', () => {
  it('scores met 1, partly 0.5, not 0 and averages them', () => {
    const stats = sprintOutcomeStats(sprints('met', 'partly', 'not', 'met'))
    expect(stats).toMatchObject({ judged: 4, met: 2, partly: 1, not: 1, achievementRate: 2.5 / 4, recentRate: 2.5 / 4 })
    expect(stats.series.map((s) => s.score)).toEqual([1, 0.5, 0, 1])
    expect(stats.reliability).toBe('mostly-reliable')
    expect(stats.sentence).toMatch(/^63% achieved over the last 4 Sprints: most commitments hold/)
  })

  it('needs three judged Sprints before saying how reliable the goals are', () => {
    expect(sprintOutcomeStats([]).achievementRate).toBeNull()
    const stats = sprintOutcomeStats(sprints('not', 'not'))
    expect(stats.reliability).toBe('not-enough-data')
    expect(stats.sentence).toMatch(/at least 3 .*2 so far/)
  })

  it('calls recent goals unreliable when fewer than half were met, and never calls a miss ambition', () => {
    const stats = sprintOutcomeStats(sprints('met', 'met', 'met', 'not', 'partly', 'not', 'partly', 'met'))
    // Last five: not, partly, not, partly, met → 2 / 5.
    expect(stats.recentRate).toBeCloseTo(0.4)
    expect(stats.achievementRate).toBeCloseTo(5 / 8)
    expect(stats.reliability).toBe('unreliable')
    expect(stats.sentence).toMatch(
      /^Only 40% achieved over the last 5 Sprints: the Sprint Goal is the Developers' commitment/
    )
    expect(stats.sentence).toContain('Scrum Guide 2020, “Commitment: Sprint Goal”')
    expect(stats.sentence).not.toMatch(/ambitio/i)
  })

  it('calls five met goals out of five reliable, never too cautious', () => {
    for (const outcomes of [
      ['met', 'met', 'met', 'met', 'met'],
      ['not', 'met', 'met', 'met', 'met', 'met'],
      ['met', 'met', 'partly', 'met', 'met']
    ] as const) {
      const stats = sprintOutcomeStats(sprints(...outcomes))
      expect(stats.reliability).toBe('reliable')
      expect(stats.sentence).not.toMatch(/cautious|ambitio|aim higher/i)
    }
    expect(sprintOutcomeStats(sprints('met', 'met', 'met', 'met', 'met')).sentence).toMatch(
      /^100% achieved over the last 5 Sprints: the Developers' commitments hold/
    )
  })

  it('orders by end date whatever the input order', () => {
    const list = sprints('not', 'met', 'met')
    expect(sprintOutcomeStats([...list].reverse()).series.map((s) => s.sprintId)).toEqual([1, 2, 3])
  })
})
