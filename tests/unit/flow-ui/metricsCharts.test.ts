import { describe, expect, it } from 'vitest'
import { cycleTimes, toDayNumber, type StateTransition } from '@shared/domain/flow'
import {
  agingChart,
  arrivalsChart,
  attainmentSentence,
  averageThroughput,
  cumulativeFlowChart,
  cycleTimeScatter,
  finishedInWindow,
  NAMED_PER_DOT,
  percentileBands,
  sleReading,
  sleSentence,
  throughputRun,
  type TitledFlowItem
} from '../../../src/renderer/src/features/flow/shape/metricsCharts'
import { dayNumberTick, formatDay } from '../../../src/renderer/src/features/flow/shape/format'

function item(
  id: number,
  arrivedOn: string,
  startedOn: string | null,
  finishedOn: string | null,
  state = 'In progress'
): TitledFlowItem {
  const stateCategory = finishedOn ? 'done' : startedOn ? 'in_progress' : 'todo'
  return {
    id,
    key: `PB-${id}`,
    title: `Item ${id}`,
    arrivedOn,
    startedOn,
    finishedOn,
    state: finishedOn ? 'Done' : state,
    stateCategory
  }
}

// Monday 2025-01-06 to Sunday 2025-01-12, and the Monday after.
const items = [
  item(1, '2025-01-01', '2025-01-06', '2025-01-06'),
  item(2, '2025-01-02', '2025-01-06', '2025-01-08'),
  item(3, '2025-01-06', '2025-01-07', '2025-01-08'),
  item(4, '2025-01-07', '2025-01-08', '2025-01-13'),
  item(5, '2025-01-08', '2025-01-09', null, 'In review'),
  item(6, '2025-01-09', '2025-01-02', null, 'In progress'),
  item(7, '2025-01-09', null, null, 'Ready')
]
const window = { from: '2025-01-06', to: '2025-01-13' }

describe('format', () => {
  it('writes days with weekday, day, month and year, in UTC', () => {
    expect(formatDay('2025-01-06')).toBe('Mon, 6 Jan 2025')
    expect(dayNumberTick(toDayNumber('2025-03-04'))).toBe('4 Mar')
  })
})

describe('throughput run chart', () => {
  it('has one bar per calendar day, zero days kept', () => {
    const days = throughputRun(items, window, 'day')
    expect(days.map((d) => d.count)).toEqual([1, 0, 2, 0, 0, 0, 0, 1])
    expect(days[0]).toMatchObject({ period: '2025-01-06', label: '6 Jan', partial: false })
  })
  it('groups Monday-to-Sunday weeks and flags partial weeks, which the average leaves out', () => {
    const weeks = throughputRun(items, window, 'week')
    expect(weeks).toEqual([
      { period: '2025-01-06', label: '6 Jan', count: 3, partial: false },
      { period: '2025-01-13', label: '13 Jan', count: 1, partial: true }
    ])
    expect(averageThroughput(weeks)).toBe(3)
  })
  it('counts the items finished in the window', () => {
    expect(finishedInWindow(items, window)).toBe(4)
    expect(finishedInWindow(items, { from: '2025-01-09', to: '2025-01-12' })).toBe(0)
  })
})

describe('cycle time scatterplot', () => {
  it('plots finish day against cycle time, with titles, percentiles and the SLE in words', () => {
    const scatter = cycleTimeScatter(items, window)
    const dot = (finishedOn: string, y: number, id: number) => ({
      x: toDayNumber(finishedOn),
      y,
      finishedOn,
      count: 1,
      items: [{ id, key: `PB-${id}`, title: `Item ${id}` }]
    })
    expect(scatter.points).toEqual([
      dot('2025-01-06', 1, 1),
      dot('2025-01-08', 3, 2),
      dot('2025-01-08', 2, 3),
      dot('2025-01-13', 6, 4)
    ])
    expect(scatter.percentiles).toEqual({ 50: 2, 70: 3, 85: 6, 95: 6 })
    expect(scatter.sle).toBe('85% of items finish in 6 days or less. Window: items finished 6 Jan to Mon, 13 Jan 2025.')
  })
  it('draws the items finished on one day after as many days as one dot with their count, naming the first few', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      item(i + 1, '2025-01-01', '2025-01-06', i % 2 ? '2025-01-08' : '2025-01-10')
    )
    const { points, percentiles } = cycleTimeScatter(many, window)
    expect(points.map((p) => [p.finishedOn, p.y, p.count])).toEqual([
      ['2025-01-08', 3, 1500],
      ['2025-01-10', 5, 1500]
    ])
    expect(points[0]!.items).toHaveLength(NAMED_PER_DOT)
    expect(points[0]!.items[0]).toEqual({ id: 2, key: 'PB-2', title: 'Item 2' })
    expect(percentiles?.[50]).toBe(3)
  })
  it('has no SLE without finished items', () => {
    expect(cycleTimeScatter(items, { from: '2025-02-01', to: '2025-02-28' })).toEqual({
      points: [],
      percentiles: null,
      sle: null,
      team: null,
      history: null,
      lines: [],
      attainment: null
    })
    expect(sleSentence(1, { from: '2025-01-06', to: '2025-02-03' })).toBe(
      '85% of items finish in 1 day or less. Window: items finished 6 Jan to Mon, 3 Feb 2025.'
    )
  })
})

describe('the team’s SLE beside the history’s', () => {
  it('draws both lines, labelled, the history read at the team’s percentage', () => {
    const scatter = cycleTimeScatter(items, window, { percentile: 70, days: 2 })
    expect(scatter.team).toEqual({ percentile: 70, days: 2 })
    expect(scatter.history).toEqual({ percentile: 70, days: 3 })
    expect(scatter.lines).toEqual([
      { key: 'team', days: 2, label: 'Team SLE: 2 d', legend: 'Team SLE: 70% within 2 days' },
      { key: 'history', days: 3, label: 'History 70%: 3 d', legend: 'History suggests: 70% within 3 days' }
    ])
    // Cycle times 1, 3, 2, 6: two of four within 2 days.
    expect(scatter.attainment).toBe(
      '2 of the 4 items finished (50%) took 2 days or less: short of the 70% the SLE expects.'
    )
  })

  it('reads the history at 85% without a team SLE, and says when the SLE held', () => {
    expect(sleReading(cycleTimes(items, window), null).lines).toEqual([
      { key: 'history', days: 6, label: 'History 85%: 6 d', legend: 'History suggests: 85% within 6 days' }
    ])
    expect(attainmentSentence({ finished: 20, within: 18, percent: 90, met: true }, { percentile: 85, days: 10 })).toBe(
      '18 of the 20 items finished (90%) took 10 days or less: the SLE of 85% held.'
    )
    expect(
      attainmentSentence({ finished: 0, within: 0, percent: null, met: null }, { percentile: 85, days: 10 })
    ).toBeNull()
  })

  it('marks aging items past the team’s SLE, or past the history’s 85th percentile without one', () => {
    // On 01-13: #6 is 12 days old, #5 5 days.
    const withTeam = agingChart(items, ['In progress', 'In review'], '2025-01-13', window, { percentile: 85, days: 4 })
    expect(withTeam.points.map((p) => [p.id, p.late])).toEqual([
      [6, true],
      [5, true]
    ])
    expect(withTeam.lateAgainst).toBe('the team’s SLE (4 days)')
    expect(withTeam.lines.map((l) => l.label)).toEqual(['Team SLE: 4 d', 'History 85%: 6 d'])
    const withoutTeam = agingChart(items, ['In progress', 'In review'], '2025-01-13', window)
    expect(withoutTeam.points.map((p) => [p.id, p.late])).toEqual([
      [6, true],
      [5, false]
    ])
    expect(withoutTeam.lateAgainst).toBe('the 85th percentile (6 days)')
    // A team SLE above every item still fits on the chart.
    expect(agingChart(items, ['In progress'], '2025-01-13', window, { percentile: 85, days: 30 }).maxY).toBe(30)
  })
})

describe('aging WIP', () => {
  it('puts started, unfinished items in their state column, oldest first, against the percentiles', () => {
    const more = [...items, item(8, '2025-01-09', '2025-01-10', null, 'In progress')]
    const chart = agingChart(more, ['In progress', 'In review'], '2025-01-13', window)
    expect(chart.states).toEqual(['In progress', 'In review'])
    expect(chart.points.map((p) => [p.id, p.state, p.y, p.beyond])).toEqual([
      [6, 'In progress', 12, 95],
      [8, 'In progress', 4, 70],
      [5, 'In review', 5, 70]
    ])
    // Same column, different offsets, so dots of equal age do not hide each other.
    expect(chart.points[0]!.x).toBe(0)
    expect(chart.points[1]!.x).not.toBe(0)
    expect(Math.abs(chart.points[1]!.x)).toBeLessThan(0.5)
    expect(chart.points[2]!.x).toBe(1)
    expect(chart.maxY).toBe(12)
  })
  it('stacks percentile bands from zero up, without empty bands', () => {
    expect(percentileBands({ 50: 2, 70: 3, 85: 3, 95: 6 }, 9)).toEqual([
      { from: 0, to: 2, label: 'Up to the 50th percentile' },
      { from: 2, to: 3, label: '50th to 70th' },
      { from: 3, to: 6, label: '85th to 95th' },
      { from: 6, to: 10, label: 'Above the 95th' }
    ])
  })
})

describe('cumulative flow diagram', () => {
  const states = [
    { name: 'New', category: 'todo' as const },
    { name: 'Doing', category: 'in_progress' as const },
    { name: 'Done', category: 'done' as const },
    { name: 'Dropped', category: 'removed' as const }
  ]
  const window = { from: '2025-01-06', to: '2025-01-08' }

  it('gives one keyed count per state per day, series in workflow order', () => {
    const transitions: StateTransition[] = [
      { itemId: 1, state: 'New', on: '2025-01-06' },
      { itemId: 1, state: 'Doing', on: '2025-01-07' },
      { itemId: 2, state: 'New', on: '2025-01-07' },
      { itemId: 1, state: 'Done', on: '2025-01-08' }
    ]
    const items = [item(1, '2025-01-06', '2025-01-07', '2025-01-08'), item(2, '2025-01-07', null, null)]
    const chart = cumulativeFlowChart({ states, items, transitions }, window)
    expect(chart.series).toEqual([
      { key: 's0', state: 'New', index: 0 },
      { key: 's1', state: 'Doing', index: 1 },
      { key: 's2', state: 'Done', index: 2 }
    ])
    expect(chart.rows).toEqual([
      { day: '2025-01-06', x: toDayNumber('2025-01-06'), s0: 1, s1: 0, s2: 0 },
      { day: '2025-01-07', x: toDayNumber('2025-01-07'), s0: 1, s1: 1, s2: 0 },
      { day: '2025-01-08', x: toDayNumber('2025-01-08'), s0: 1, s1: 0, s2: 1 }
    ])
    // No state has a limit: nothing to shade or say.
    expect(chart.breachSpans).toEqual([])
    expect(chart.breachText).toBeNull()
  })

  it('shades the runs of days a state ended above its WIP limit and names them', () => {
    const transitions: StateTransition[] = [1, 2, 3].flatMap((itemId) => [
      { itemId, state: 'New', on: '2025-01-06' },
      { itemId, state: 'Doing', on: itemId === 3 ? '2025-01-08' : '2025-01-06' }
    ])
    const items = [1, 2, 3].map((id) => item(id, '2025-01-06', id === 3 ? '2025-01-08' : '2025-01-06', null, 'Doing'))
    const limited = states.map((s) => (s.name === 'Doing' ? { ...s, wipLimit: 1 } : { ...s, wipLimit: null }))
    const wide = { from: '2025-01-05', to: '2025-01-09' }
    const chart = cumulativeFlowChart({ states: limited, items, transitions }, wide)
    // Doing holds 2 from 01-06, 3 from 01-08: every day from 01-06 is one run.
    const n = toDayNumber('2025-01-06')
    expect(chart.breachSpans).toEqual([{ x1: n - 0.5, x2: n + 3.5 }])
    expect(chart.breachText).toBe('Doing ended 4 days above its limit of 1, the last on 9 Jan.')
    const roomy = states.map((s) => (s.name === 'Doing' ? { ...s, wipLimit: 3 } : s))
    expect(cumulativeFlowChart({ states: roomy, items, transitions }, wide)).toMatchObject({
      breachSpans: [],
      breachText: 'No state ended a day above its WIP limit in this window.'
    })
  })

  it('leaves removed work out: no band for removed states, no history of removed items', () => {
    const transitions: StateTransition[] = [
      { itemId: 1, state: 'New', on: '2025-01-06' },
      { itemId: 3, state: 'New', on: '2025-01-06' },
      { itemId: 3, state: 'Doing', on: '2025-01-07' },
      { itemId: 3, state: 'Dropped', on: '2025-01-08' }
    ]
    const dropped = { ...item(3, '2025-01-06', '2025-01-07', null, 'Dropped'), stateCategory: 'removed' as const }
    const chart = cumulativeFlowChart(
      { states, items: [item(1, '2025-01-06', null, null), dropped], transitions },
      window
    )
    expect(chart.series.map((s) => s.state)).toEqual(['New', 'Doing', 'Done'])
    expect(chart.rows.map((row) => [row.s0, row.s1, row.s2])).toEqual([
      [1, 0, 0],
      [1, 0, 0],
      [1, 0, 0]
    ])
  })
})

describe('arrivals and departures', () => {
  it('counts both per week and says whether the backlog grew', () => {
    const chart = arrivalsChart(items, window, 'week')
    expect(chart.rows.map((r) => [r.period, r.arrivals, r.departures])).toEqual([
      ['2025-01-06', 5, 3],
      ['2025-01-13', 0, 1]
    ])
    expect(chart.summary).toBe('5 items arrived and 4 finished: the backlog grew by 1 item.')
  })
  it('says when the backlog shrank', () => {
    expect(arrivalsChart(items, { from: '2025-01-13', to: '2025-01-13' }, 'day').summary).toBe(
      '0 items arrived and 1 finished: the backlog shrank by 1 item.'
    )
  })
})
