import { describe, expect, it } from 'vitest'
import { latestSprintEnd, sameCadence, sprintProblems } from '../../../src/shared/domain/vision/sprint-rules'

const today = '2026-03-10'
const sprint = (startDate: string, endDate: string, goal = 'Members book a lane in three taps') => ({
  startDate,
  endDate,
  goal
})
const fields = (problems: ReturnType<typeof sprintProblems>) => problems.map((p) => p.field)

describe('latestSprintEnd', () => {
  it('is the day before the same date a month later', () => {
    expect(latestSprintEnd('2026-01-01')).toBe('2026-01-31')
    expect(latestSprintEnd('2026-02-01')).toBe('2026-02-28')
    expect(latestSprintEnd('2026-02-15')).toBe('2026-03-14')
    expect(latestSprintEnd('2026-12-20')).toBe('2027-01-19')
  })
})

describe('sprintProblems', () => {
  it('accepts a Sprint of one month or less with a goal, next to the Sprints before and after it', () => {
    const others = [
      { id: 1, name: 'Sprint 1', startDate: '2026-02-16', endDate: '2026-03-01' },
      { id: 3, name: 'Sprint 3', startDate: '2026-03-16', endDate: '2026-03-29' }
    ]
    expect(sprintProblems(sprint('2026-03-02', '2026-03-15'), others, today)).toEqual([])
    expect(sprintProblems(sprint('2026-01-01', '2026-01-31'), [], today)).toEqual([])
  })

  it('refuses a Sprint over a month, naming the last possible day and the Scrum Guide', () => {
    const [problem] = sprintProblems(sprint('2026-04-01', '2026-05-10'), [], today)
    expect(problem?.field).toBe('endDate')
    expect(problem?.message).toContain('2026-04-30')
    expect(problem?.message).toContain('Scrum Guide 2020, “The Sprint”')
  })

  it('refuses an overlap, even of one day, and names the other Sprint', () => {
    const others = [{ id: 1, name: 'Sprint 1', startDate: '2026-03-02', endDate: '2026-03-15' }]
    const [problem] = sprintProblems(sprint('2026-03-15', '2026-03-28'), others, today)
    expect(problem).toMatchObject({ field: 'startDate' })
    expect(problem?.message).toContain('Sprint 1')
  })

  it('lets two teams run Sprints at the same time, never one team two', () => {
    const others = [{ id: 1, name: 'Lanes 4', startDate: '2026-03-02', endDate: '2026-03-15', teamId: 1 }]
    expect(sprintProblems({ ...sprint('2026-03-02', '2026-03-15'), teamId: 2 }, others, today)).toEqual([])
    const [problem] = sprintProblems({ ...sprint('2026-03-09', '2026-03-22'), teamId: 1 }, others, today)
    expect(problem).toMatchObject({ field: 'startDate' })
    expect(problem?.message).toContain('Lanes 4')
    expect(problem?.message).toContain('Scrum Guide 2020, “The Sprint”')
  })

  it('lets a Sprint without a team meet every other Sprint, as in a product without teams', () => {
    const teamSprint = [{ id: 1, name: 'Lanes 4', startDate: '2026-03-02', endDate: '2026-03-15', teamId: 1 }]
    expect(fields(sprintProblems({ ...sprint('2026-03-09', '2026-03-22'), teamId: null }, teamSprint, today))).toEqual([
      'startDate'
    ])
    const unassigned = [{ id: 2, name: 'Sprint 7', startDate: '2026-03-02', endDate: '2026-03-15', teamId: null }]
    expect(fields(sprintProblems({ ...sprint('2026-03-09', '2026-03-22'), teamId: 1 }, unassigned, today))).toEqual([
      'startDate'
    ])
  })

  it('needs a Sprint Goal once the Sprint has started, not while it is only planned', () => {
    expect(fields(sprintProblems(sprint('2026-03-10', '2026-03-20', ' '), [], today))).toEqual(['goal'])
    expect(sprintProblems(sprint('2026-03-11', '2026-03-20', ''), [], today)).toEqual([])
    expect(sprintProblems(sprint('2026-03-10', '2026-03-20', ''), [], today)[0]?.message).toContain(
      'Commitment: Sprint Goal'
    )
  })

  it('reports an end before the start alone', () => {
    expect(fields(sprintProblems(sprint('2026-03-10', '2026-03-01', ''), [], today))).toEqual(['endDate'])
  })
})

describe('sameCadence', () => {
  it('is one team’s, or any Sprint without a team', () => {
    expect(sameCadence(1, 1)).toBe(true)
    expect(sameCadence(1, 2)).toBe(false)
    expect(sameCadence(null, 2)).toBe(true)
    expect(sameCadence(undefined, null)).toBe(true)
  })
})
