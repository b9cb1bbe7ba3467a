import { describe, expect, it } from 'vitest'
import {
  DEFAULT_CALENDAR,
  bandOf,
  cutLine,
  cutLineByDate,
  forecastHowMany,
  velocityPlan,
  type HowManyForecast
} from '@shared/domain/flow'

const history = [0, 1, 2, 0, 3, 1, 0, 0, 2, 5]

function forecast(days: number): HowManyForecast {
  const result = forecastHowMany({ dailyThroughput: history, days, trials: 10_000, seed: 4 })
  if (!result.ok) throw new Error(result.reason)
  return result
}

describe('the cut line', () => {
  it('gives probabilities that never rise going down the backlog', () => {
    const backlog = Array.from({ length: 60 }, (_, i) => ({ id: i + 1, size: i % 3 === 0 ? 2 : 1 }))
    const rows = cutLine(backlog, forecast(20))
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.probability).toBeLessThanOrEqual(rows[i - 1]!.probability)
    expect(rows[0]!.probability).toBeGreaterThan(0.99)
    expect(rows.at(-1)!.probability).toBeLessThan(0.01)
    expect(rows.map((r) => r.band)).toEqual([...rows.map((r) => r.band)].sort((a, b) => order(a) - order(b)))
  })

  it('asks for the work of the item and everything above it', () => {
    const steady = forecastHowMany({ dailyThroughput: [1, 1, 1, 1, 1], days: 5, trials: 100, seed: 1 })
    if (!steady.ok) throw new Error(steady.reason)
    const rows = cutLine([{ id: 7 }, { id: 8, size: 3 }, { id: 9 }, { id: 10, size: 0.5 }], steady)
    expect(rows).toEqual([
      { id: 7, cumulative: 1, probability: 1, band: 'likely' },
      { id: 8, cumulative: 4, probability: 1, band: 'likely' },
      { id: 9, cumulative: 5, probability: 1, band: 'likely' },
      { id: 10, cumulative: 5.5, probability: 0, band: 'unlikely' }
    ])
  })

  it('colours at 85% and 50%', () => {
    expect([0.85, 0.849, 0.5, 0.499].map(bandOf)).toEqual(['likely', 'possible', 'possible', 'unlikely'])
  })

  it('counts the working days from the day after as-of to the target, holidays excluded', () => {
    const input = {
      backlog: [{ id: 1 }],
      dailyThroughput: history,
      asOf: '2025-01-03',
      target: '2025-01-10',
      trials: 100,
      seed: 1
    }
    const plain = cutLineByDate({ ...input, calendar: DEFAULT_CALENDAR })
    const holiday = cutLineByDate({ ...input, calendar: { weekendsOff: true, nonWorkingDays: ['2025-01-06'] } })
    expect(plain.ok && plain.workingDays).toBe(5)
    expect(holiday.ok && holiday.workingDays).toBe(4)
    expect(cutLineByDate({ ...input, target: '2025-01-05', calendar: DEFAULT_CALENDAR }).ok).toBe(false)
  })
})

describe('the velocity plan', () => {
  const base = {
    completedPointsPerSprint: [10, 20, 30, 40],
    sprintLengthWorkingDays: 10,
    firstSprintStart: '2025-01-06',
    calendar: DEFAULT_CALENDAR
  }

  it('places items by running points total against the average of the last Sprints', () => {
    const plan = velocityPlan({
      ...base,
      backlog: [
        { id: 1, points: 10 },
        { id: 2, points: 20 },
        { id: 3, points: 5 },
        { id: 4, points: null },
        { id: 5, points: 8 },
        { id: 6, points: 30 }
      ]
    })
    if (!plan.ok) throw new Error(plan.reason)
    expect(plan.velocity).toBe(30)
    expect(plan.items.map((i) => i.sprint)).toEqual([1, 1, 2, 2, 2, 3])
    expect(plan.sprints.map(({ start, end }) => [start, end])).toEqual([
      ['2025-01-06', '2025-01-17'],
      ['2025-01-20', '2025-01-31'],
      ['2025-02-03', '2025-02-14']
    ])
    expect(plan.sprints[1]!.itemIds).toEqual([3, 4, 5])
    expect(plan.items[5]!.sprintEnd).toBe('2025-02-14')
    expect(plan.assumptions[0]).toBe(
      'Velocity is 30 points per Sprint: the average of the last 3 Sprints (20, 30, 40).'
    )
    expect(plan.assumptions.at(-1)).toBe('1 unestimated item is counted as 14.6 points (the average estimate).')
  })

  it('keeps half points and exact fits in the right Sprint', () => {
    const plan = velocityPlan({
      ...base,
      completedPointsPerSprint: [3],
      backlog: [0.5, 0.5, 2, 0.5].map((points, i) => ({ id: i, points }))
    })
    expect(plan.ok && plan.items.map((i) => i.sprint)).toEqual([1, 1, 1, 2])
  })

  it('refuses without a usable velocity or any estimate', () => {
    expect(velocityPlan({ ...base, completedPointsPerSprint: [], backlog: [] }).ok).toBe(false)
    expect(velocityPlan({ ...base, completedPointsPerSprint: [0, 0], backlog: [] }).ok).toBe(false)
    expect(velocityPlan({ ...base, backlog: [{ id: 1, points: null }] }).ok).toBe(false)
    expect(velocityPlan({ ...base, sprintLengthWorkingDays: 0, backlog: [] }).ok).toBe(false)
  })
})

function order(band: string): number {
  return ['likely', 'possible', 'unlikely'].indexOf(band)
}
