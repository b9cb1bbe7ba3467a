import { describe, expect, it } from 'vitest'
import { sprintOutcomeStats, type JudgedSprint } from '@shared/domain/vision'

const sprints = (...outcomes: JudgedSprint['outcome'][]): JudgedSprint[] =>
  outcomes.map((outcome, i) => ({ id: i + 1, name: `Sprint ${i + 1}`, endDate: `2025-0${1 + Math.floor(i / 3)}-${10 + (i % 3) * 5}`, outcome }))

describe('Sprint Goal outcomes', () => {
  it('scores met 1, partly 0.5, not 0 and averages them', () => {
    const stats = sprintOutcomeStats(sprints('met', 'partly', 'not', 'met'))
    expect(stats).toMatchObject({ judged: 4, met: 2, partly: 1, not: 1, achievementRate: 2.5 / 4, recentRate: 2.5 / 4 })
    expect(stats.series.map((s) => s.score)).toEqual([1, 0.5, 0, 1])
    expect(stats.tendency).toBe('balanced')
    expect(stats.sentence).toMatch(/^63% achieved over the last 4 Sprints/)
  })

  it('needs three judged Sprints before naming a tendency', () => {
    expect(sprintOutcomeStats([]).achievementRate).toBeNull()
    const stats = sprintOutcomeStats(sprints('not', 'not'))
    expect(stats.tendency).toBe('not-enough-data')
    expect(stats.sentence).toMatch(/at least 3 .*2 so far/)
  })

  it('calls goals too ambitious when the recent rate is below half', () => {
    const stats = sprintOutcomeStats(sprints('met', 'met', 'met', 'not', 'partly', 'not', 'partly', 'met'))
    // Last five: not, partly, not, partly, met → 2 / 5.
    expect(stats.recentRate).toBeCloseTo(0.4)
    expect(stats.achievementRate).toBeCloseTo(5 / 8)
    expect(stats.tendency).toBe('too-ambitious')
    expect(stats.sentence).toMatch(/Only 40% achieved over the last 5 Sprints: the Sprint Goals may be too ambitious/)
  })

  it('calls goals too cautious only when the last five were all met', () => {
    expect(sprintOutcomeStats(sprints('not', 'met', 'met', 'met', 'met', 'met')).tendency).toBe('too-cautious')
    expect(sprintOutcomeStats(sprints('met', 'met', 'met', 'met')).tendency).toBe('balanced')
    expect(sprintOutcomeStats(sprints('met', 'met', 'partly', 'met', 'met')).tendency).toBe('balanced')
  })

  it('orders by end date whatever the input order', () => {
    const list = sprints('not', 'met', 'met')
    expect(sprintOutcomeStats([...list].reverse()).series.map((s) => s.sprintId)).toEqual([1, 2, 3])
  })
})
