import { describe, expect, it } from 'vitest'
import {
  agingPastSle,
  agingWip,
  boardColumns,
  breachDays,
  cycleTimes,
  sleAttainment,
  sleText,
  suggestedSle,
  takesWipLimit,
  wipBreaches,
  wipExcess,
  wipPerState,
  type CycleTimePoint,
  type FlowHistory,
  type FlowItem,
  type PolicyState
} from '@shared/domain/flow'

const STATES: PolicyState[] = [
  { name: 'Ready', category: 'todo', wipLimit: null },
  { name: 'In progress', category: 'in_progress', wipLimit: 2 },
  { name: 'In review', category: 'in_progress', wipLimit: 1 },
  { name: 'Done', category: 'done', wipLimit: null },
  { name: 'Cancelled', category: 'removed', wipLimit: null }
]

function item(id: number, state: string, startedOn: string | null, finishedOn: string | null = null): FlowItem {
  const category = STATES.find((s) => s.name === state)!.category
  return { id, arrivedOn: '2025-01-01', startedOn, finishedOn, state, stateCategory: category }
}

/**
 * Three items start on 01-06; #3 moves on to review on 01-07 and is done on 01-08. #4 enters review
 * on 01-07 as well and is cancelled on 01-09, so it never counts, its past included.
 */
const HISTORY: FlowHistory = {
  states: STATES,
  items: [
    item(1, 'In progress', '2025-01-06'),
    item(2, 'In progress', '2025-01-06'),
    item(3, 'Done', '2025-01-06', '2025-01-08'),
    item(4, 'Cancelled', '2025-01-07')
  ],
  transitions: [
    { itemId: 1, state: 'Ready', on: '2025-01-02' },
    { itemId: 2, state: 'Ready', on: '2025-01-02' },
    { itemId: 3, state: 'Ready', on: '2025-01-02' },
    { itemId: 4, state: 'Ready', on: '2025-01-02' },
    { itemId: 1, state: 'In progress', on: '2025-01-06' },
    { itemId: 2, state: 'In progress', on: '2025-01-06' },
    { itemId: 3, state: 'In progress', on: '2025-01-06' },
    { itemId: 3, state: 'In review', on: '2025-01-07' },
    { itemId: 4, state: 'In review', on: '2025-01-07' },
    { itemId: 3, state: 'Done', on: '2025-01-08' },
    { itemId: 4, state: 'Cancelled', on: '2025-01-09' }
  ]
}
const WINDOW = { from: '2025-01-05', to: '2025-01-09' }

describe('wipPerState', () => {
  it('counts the items in each state at the end of each day, leaving removed states and removed items out', () => {
    const wip = wipPerState(HISTORY, WINDOW)
    expect(wip.states).toEqual(['Ready', 'In progress', 'In review', 'Done'])
    expect(wip.days.map((d) => [d.day, ...d.counts])).toEqual([
      ['2025-01-05', 3, 0, 0, 0],
      ['2025-01-06', 0, 3, 0, 0],
      ['2025-01-07', 0, 2, 1, 0],
      ['2025-01-08', 0, 2, 0, 1],
      ['2025-01-09', 0, 2, 0, 1]
    ])
  })
})

describe('wipBreaches and breachDays', () => {
  it('names each day a limited state ended above its limit, with the count that day', () => {
    const breaches = wipBreaches(wipPerState(HISTORY, WINDOW), STATES)
    expect(breaches).toEqual([
      { state: 'In progress', limit: 2, days: [{ day: '2025-01-06', count: 3 }] },
      { state: 'In review', limit: 1, days: [] }
    ])
    expect(breachDays(breaches)).toEqual(['2025-01-06'])
  })

  it('is not a breach to be exactly at the limit; unlimited states never breach', () => {
    const limits = STATES.map((s) => (s.name === 'In progress' ? { ...s, wipLimit: 3 } : s))
    const breaches = wipBreaches(wipPerState(HISTORY, WINDOW), limits)
    expect(breaches.map((b) => [b.state, b.days.length])).toEqual([
      ['In progress', 0],
      ['In review', 0]
    ])
    expect(breachDays(breaches)).toEqual([])
  })

  it('gathers the days of every state, oldest first and once each', () => {
    const breaches = [
      {
        state: 'A',
        limit: 1,
        days: [
          { day: '2025-01-08', count: 2 },
          { day: '2025-01-06', count: 2 }
        ]
      },
      { state: 'B', limit: 1, days: [{ day: '2025-01-06', count: 3 }] }
    ]
    expect(breachDays(breaches)).toEqual(['2025-01-06', '2025-01-08'])
  })
})

describe('boardColumns and wipExcess', () => {
  it('puts the items under their states in workflow order and counts what is above each limit', () => {
    const items = [
      { id: 1, state: 'In progress' },
      { id: 2, state: 'In review' },
      { id: 3, state: 'In progress' },
      { id: 4, state: 'In progress' },
      { id: 5, state: 'Somewhere else' }
    ]
    const columns = boardColumns(STATES, items)
    expect(columns.map((c) => [c.state.name, c.items.map((i) => i.id), c.excess])).toEqual([
      ['Ready', [], 0],
      ['In progress', [1, 3, 4], 1],
      ['In review', [2], 0],
      ['Done', [], 0],
      ['Cancelled', [], 0]
    ])
  })

  it('is 0 within the limit, at it and without one', () => {
    expect(wipExcess(5, null)).toBe(0)
    expect(wipExcess(2, 2)).toBe(0)
    expect(wipExcess(1, 2)).toBe(0)
    expect(wipExcess(4, 2)).toBe(2)
  })

  it('takes limits on to-do and in-progress states only', () => {
    expect(['todo', 'in_progress', 'done', 'removed'].map((c) => takesWipLimit(c as PolicyState['category']))).toEqual([
      true,
      true,
      false,
      false
    ])
  })
})

const points = (days: number[]): CycleTimePoint[] =>
  days.map((d, i) => ({ id: i + 1, finishedOn: '2025-02-01', days: d }))

describe('sleAttainment', () => {
  it('counts the finished items within the days and says whether their share reaches the percentage', () => {
    // 17 of 20 within 10 days: exactly 85%.
    const exactly = points([...Array<number>(17).fill(4), 11, 12, 30])
    expect(sleAttainment(exactly, { percentile: 85, days: 10 })).toEqual({
      finished: 20,
      within: 17,
      percent: 85,
      met: true
    })
    // A day on the limit counts as within.
    expect(sleAttainment(points([10, 10, 11]), { percentile: 60, days: 10 })).toEqual({
      finished: 3,
      within: 2,
      percent: 66,
      met: true
    })
    expect(sleAttainment(points([10, 11, 11]), { percentile: 50, days: 10 }).met).toBe(false)
  })

  it('has no share and no verdict without finished items', () => {
    expect(sleAttainment([], { percentile: 85, days: 10 })).toEqual({
      finished: 0,
      within: 0,
      percent: null,
      met: null
    })
  })
})

describe('suggestedSle', () => {
  it('is the nearest-rank percentile of the cycle times, the 85th unless asked otherwise', () => {
    const twenty = points(Array.from({ length: 20 }, (_, i) => i + 1))
    expect(suggestedSle(twenty)).toEqual({ percentile: 85, days: 17 })
    expect(suggestedSle(twenty, 50)).toEqual({ percentile: 50, days: 10 })
    expect(suggestedSle([])).toBeNull()
  })

  it('is always met by the history it was read from', () => {
    const history = points([3, 1, 8, 2, 13, 5, 5, 21, 2, 4, 6, 9])
    for (const percentile of [50, 70, 85, 95]) {
      expect(sleAttainment(history, suggestedSle(history, percentile)!).met).toBe(true)
    }
  })
})

describe('agingPastSle', () => {
  const items = [
    item(1, 'In progress', '2025-01-01'),
    item(2, 'In review', '2025-01-06'),
    item(3, 'In progress', '2025-01-02'),
    item(4, 'Done', '2025-01-01', '2025-01-09'),
    item(5, 'Cancelled', '2025-01-01'),
    item(6, 'Ready', null)
  ]

  it('lists the started, unfinished items older than the SLE days, oldest first, with how far over they are', () => {
    // On 01-10, #1 is 10 days old, #3 9 days, #2 5 days.
    expect(agingPastSle(items, '2025-01-10', { percentile: 85, days: 8 })).toEqual([
      { id: 1, state: 'In progress', ageDays: 10, overBy: 2 },
      { id: 3, state: 'In progress', ageDays: 9, overBy: 1 }
    ])
    // An item exactly as old as the SLE can still make it.
    expect(agingPastSle(items, '2025-01-10', { percentile: 85, days: 10 })).toEqual([])
  })

  it('reads the items as they were on the day: a later finish was still open then', () => {
    expect(agingPastSle(items, '2025-01-08', { percentile: 85, days: 6 }).map((a) => a.id)).toEqual([1, 4, 3])
  })

  it('agrees with the aging chart on which items are in progress', () => {
    const onAgingChart = agingWip(items, ['In progress', 'In review'], '2025-01-10', cycleTimes(items))
      .columns.flatMap((c) => c.items.map((i) => i.id))
      .sort()
    expect(
      agingPastSle(items, '2025-01-10', { percentile: 85, days: 1 })
        .map((a) => a.id)
        .sort()
    ).toEqual(onAgingChart)
  })
})

describe('sleText', () => {
  it('reads as a probability and a number of days', () => {
    expect(sleText({ percentile: 85, days: 10 })).toBe('85% within 10 days')
    expect(sleText({ percentile: 90, days: 1 })).toBe('90% within 1 day')
  })
})
