import { describe, expect, it } from 'vitest'
import {
  DEFAULT_CALENDAR,
  agingWip,
  arrivalsAndDepartures,
  countPerDay,
  cumulativeFlow,
  cycleTime,
  cycleTimes,
  dailyThroughput,
  inFlow,
  lastDays,
  nearestRank,
  percentileOfSorted,
  percentilesOf,
  serviceLevelExpectation,
  weeklyThroughput,
  wipPerDay,
  workItemAge,
  type FlowItem,
  type StateTransition
} from '@shared/domain/flow'

function item(
  id: number,
  arrivedOn: string,
  startedOn: string | null,
  finishedOn: string | null,
  state = 'In progress'
): FlowItem {
  const stateCategory = finishedOn ? 'done' : startedOn ? 'in_progress' : 'todo'
  return { id, arrivedOn, startedOn, finishedOn, state: finishedOn ? 'Done' : state, stateCategory }
}

// Week of Monday 2025-01-06 to Sunday 2025-01-12.
const items: FlowItem[] = [
  item(1, '2025-01-01', '2025-01-06', '2025-01-06'),
  item(2, '2025-01-02', '2025-01-06', '2025-01-08'),
  item(3, '2025-01-06', '2025-01-07', '2025-01-08'),
  item(4, '2025-01-07', '2025-01-08', '2025-01-11'), // finished on a Saturday
  item(5, '2025-01-08', '2025-01-09', null, 'In review'),
  item(6, '2025-01-09', null, null, 'Ready')
]

describe('percentiles (nearest rank)', () => {
  it('takes the value at rank ceil(P/100 * n) of the sorted data', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    expect(percentileOfSorted(sorted, 50)).toBe(5)
    expect(percentileOfSorted(sorted, 85)).toBe(9)
    expect(percentileOfSorted(sorted, 95)).toBe(10)
    expect(percentileOfSorted([], 50)).toBeNull()
    expect(nearestRank(70, 10)).toBe(7)
    expect(nearestRank(1, 3)).toBe(1)
    expect(percentilesOf([7, 1, 3])).toEqual({ 50: 3, 70: 7, 85: 7, 95: 7 })
    expect(percentilesOf([])).toBeNull()
  })
})

describe('throughput', () => {
  it('keeps every calendar day of the window, zero days included', () => {
    const days = dailyThroughput(items, { from: '2025-01-05', to: '2025-01-12' })
    expect(days.map((d) => d.count)).toEqual([0, 1, 0, 2, 0, 0, 1, 0])
    expect(days[0]!.day).toBe('2025-01-05')
  })

  it('with a calendar, samples working days only and moves weekend finishes to the next working day', () => {
    const days = dailyThroughput(items, { from: '2025-01-06', to: '2025-01-13' }, DEFAULT_CALENDAR)
    expect(days.map((d) => d.day)).toEqual([
      '2025-01-06',
      '2025-01-07',
      '2025-01-08',
      '2025-01-09',
      '2025-01-10',
      '2025-01-13'
    ])
    expect(days.map((d) => d.count)).toEqual([1, 0, 2, 0, 0, 1])
  })

  it('keeps a weekend finish when the window ends on that weekend', () => {
    const days = countPerDay(['2025-01-11'], { from: '2025-01-06', to: '2025-01-12' }, DEFAULT_CALENDAR)
    expect(days.at(-1)).toEqual({ day: '2025-01-10', count: 1 })
    expect(days.reduce((s, d) => s + d.count, 0)).toBe(1)
  })

  it('sums Monday-to-Sunday weeks and says how much of each week is in the window', () => {
    expect(weeklyThroughput(items, { from: '2025-01-03', to: '2025-01-13' })).toEqual([
      { weekStart: '2024-12-30', count: 0, daysInWindow: 3 },
      { weekStart: '2025-01-06', count: 4, daysInWindow: 7 },
      { weekStart: '2025-01-13', count: 0, daysInWindow: 1 }
    ])
  })

  it('builds the default window of the last N calendar days', () => {
    expect(lastDays('2025-03-31', 90)).toEqual({ from: '2025-01-01', to: '2025-03-31' })
  })
})

describe('cycle time, WIP and age', () => {
  it('counts cycle time as finish - start + 1, never below 1', () => {
    expect(cycleTime('2025-01-06', '2025-01-06')).toBe(1)
    expect(cycleTime('2025-01-06', '2025-01-08')).toBe(3)
    expect(cycleTime('2025-01-08', '2025-01-06')).toBe(1)
    expect(cycleTimes(items).map((p) => [p.id, p.days])).toEqual([
      [1, 1],
      [2, 3],
      [3, 2],
      [4, 4]
    ])
    expect(cycleTimes(items, { from: '2025-01-07', to: '2025-01-10' }).map((p) => p.id)).toEqual([2, 3])
    expect(serviceLevelExpectation(cycleTimes(items))).toBe(4)
  })

  it('counts an item as WIP from its start day through its finish day', () => {
    const wip = wipPerDay(items, { from: '2025-01-05', to: '2025-01-12' })
    expect(wip.map((d) => d.count)).toEqual([0, 2, 2, 3, 2, 2, 2, 1])
    // Little's Law bookkeeping: WIP-days of finished items equal their cycle times.
    const finishedOnly = wipPerDay(
      items.filter((i) => i.finishedOn),
      { from: '2025-01-01', to: '2025-01-31' }
    )
    expect(finishedOnly.reduce((s, d) => s + d.count, 0)).toBe(1 + 3 + 2 + 4)
  })

  it('ages unfinished items as asOf - start + 1', () => {
    expect(workItemAge('2025-01-09', '2025-01-09')).toBe(1)
    expect(workItemAge('2025-01-09', '2025-01-13')).toBe(5)
  })

  it('groups aging WIP by state, oldest first, marking items beyond the percentile lines', () => {
    const aging = agingWip(items, ['In progress', 'In review'], '2025-01-13', cycleTimes(items))
    expect(aging.percentiles).toEqual({ 50: 2, 70: 3, 85: 4, 95: 4 })
    expect(aging.columns).toEqual([
      { state: 'In progress', items: [] },
      { state: 'In review', items: [{ id: 5, ageDays: 5, beyond: 95 }] }
    ])
    // As of an earlier day, items finished later were still in progress then.
    const earlier = agingWip(items, ['In progress', 'In review'], '2025-01-09', cycleTimes(items))
    expect(earlier.columns.flatMap((c) => c.items.map((i) => i.id)).sort()).toEqual([4, 5])
  })
})

describe('arrivals and departures', () => {
  it('counts both per day and per week', () => {
    const window = { from: '2025-01-06', to: '2025-01-12' }
    expect(arrivalsAndDepartures(items, window, 'day').slice(0, 3)).toEqual([
      { period: '2025-01-06', arrivals: 1, departures: 1 },
      { period: '2025-01-07', arrivals: 1, departures: 0 },
      { period: '2025-01-08', arrivals: 1, departures: 2 }
    ])
    expect(arrivalsAndDepartures(items, window, 'week')).toEqual([{ period: '2025-01-06', arrivals: 4, departures: 4 }])
  })
})

describe('cumulative flow', () => {
  const states = ['New', 'In progress', 'Done']
  const transitions: StateTransition[] = [
    { itemId: 1, state: 'New', on: '2024-12-20' }, // before the window
    { itemId: 1, state: 'In progress', on: '2025-01-02' },
    { itemId: 1, state: 'Done', on: '2025-01-04' },
    { itemId: 2, state: 'New', on: '2025-01-02' },
    { itemId: 2, state: 'In progress', on: '2025-01-03' },
    { itemId: 2, state: 'Done', on: '2025-01-03' }, // same day: the last one wins
    { itemId: 3, state: 'New', on: '2025-01-03' },
    { itemId: 3, state: 'Archived', on: '2025-01-04' }, // unknown state: ignored
    { itemId: 3, state: 'In progress', on: '2025-01-05' }
  ]

  it('counts each item in the state of its latest transition on or before the day', () => {
    const cfd = cumulativeFlow(transitions, states, { from: '2025-01-01', to: '2025-01-05' })
    expect(cfd.map((d) => d.counts)).toEqual([
      [1, 0, 0],
      [1, 1, 0],
      [1, 1, 1],
      [1, 0, 2],
      [0, 1, 2]
    ])
    expect(cfd[4]).toEqual({ day: '2025-01-05', counts: [0, 1, 2], lines: [3, 3, 2] })
  })

  it('draws lines that never go down when items move forward through the states', () => {
    const random = mulberry(11)
    const many: StateTransition[] = []
    for (let id = 1; id <= 200; id++) {
      let day = Math.floor(random() * 60)
      for (const state of ['New', 'Ready', 'In progress', 'In review', 'Done']) {
        if (random() < 0.15) break
        many.push({
          itemId: id,
          state,
          on: `2025-0${1 + Math.floor(day / 28)}-${String(1 + (day % 28)).padStart(2, '0')}`
        })
        day += Math.floor(random() * 6)
      }
    }
    const flowStates = ['New', 'Ready', 'In progress', 'In review', 'Done']
    const cfd = cumulativeFlow(many, flowStates, { from: '2024-12-25', to: '2025-04-30' })
    for (let d = 1; d < cfd.length; d++) {
      cfd[d]!.lines.forEach((height, s) => expect(height).toBeGreaterThanOrEqual(cfd[d - 1]!.lines[s]!))
    }
    for (const day of cfd) {
      // Stacked: each line is at or above the next one, and the top line counts every item seen.
      day.lines.forEach((h, s) => expect(h).toBeGreaterThanOrEqual(day.lines[s + 1] ?? 0))
      expect(day.lines[0]).toBe(day.counts.reduce((a, b) => a + b, 0))
    }
  })
})

/** A tiny independent generator so the CFD data does not depend on the engine under test. */
function mulberry(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('removed work', () => {
  // Neither done nor open: one dropped while in progress, one even finished first and removed later.
  const removed: FlowItem[] = [
    {
      id: 7,
      arrivedOn: '2025-01-06',
      startedOn: '2025-01-07',
      finishedOn: null,
      state: 'Won’t do',
      stateCategory: 'removed'
    },
    {
      id: 8,
      arrivedOn: '2025-01-06',
      startedOn: '2025-01-06',
      finishedOn: '2025-01-08',
      state: 'Duplicate',
      stateCategory: 'removed'
    }
  ]
  const all = [...items, ...removed]
  const window = { from: '2025-01-05', to: '2025-01-12' }

  it('counts in no flow metric: not throughput, cycle time, WIP, aging WIP, arrival or departure', () => {
    expect(inFlow(all)).toEqual(items)
    expect(dailyThroughput(all, window)).toEqual(dailyThroughput(items, window))
    expect(cycleTimes(all)).toEqual(cycleTimes(items))
    expect(wipPerDay(all, window)).toEqual(wipPerDay(items, window))
    const states = ['In progress', 'In review']
    expect(agingWip(all, states, '2025-01-13', cycleTimes(all))).toEqual(
      agingWip(items, states, '2025-01-13', cycleTimes(items))
    )
    expect(arrivalsAndDepartures(all, window, 'day')).toEqual(arrivalsAndDepartures(items, window, 'day'))
  })
})
