import { describe, expect, it } from 'vitest'
import type { Experiment, Goal } from '@shared/api/methods/ebm'
import { toDayNumber } from '@shared/domain/flow/dates'
import { monthTicks, niceScale, shapeTrend } from '@renderer/features/ebm/shape/trend'

const goal = (over: Partial<Goal>): Goal =>
  ({
    id: 1,
    productId: 1,
    level: 'intermediate',
    parentId: null,
    title: 'Happier members',
    description: '',
    targetDate: '2026-06-30',
    currentState: '',
    currentStateDate: null,
    targets: [],
    progress: { progress: null, own: null, children: null, explanation: '' },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over
  }) as Goal

const target = (measureId: number, value: number) => ({
  id: measureId * 10,
  measureId,
  measureName: 'm',
  unit: '',
  direction: 'higher' as const,
  baseline: 0,
  target: value,
  progress: { progress: null, raw: null, latest: null, explanation: '' }
})

describe('shapeTrend', () => {
  it('puts readings on a day axis, oldest first, skipping text that is not a day', () => {
    const chart = shapeTrend({
      measureId: 7,
      unit: '%',
      values: [
        { date: '2026-03-01', value: 40 },
        { date: '2026-01-01', value: 30 },
        { date: 'not a day', value: 99 }
      ],
      targetValue: null,
      goals: [],
      experiments: []
    })
    expect(chart.points.map((p) => p.date)).toEqual(['2026-01-01', '2026-03-01'])
    expect(chart.points[0]!.x).toBe(toDayNumber('2026-01-01'))
    expect(chart.xDomain).toEqual([toDayNumber('2026-01-01') - 7, toDayNumber('2026-03-01') + 7])
    expect(chart.targets).toEqual([])
  })

  it('draws the measure target and the targets of goals on this measure only, with their due dates', () => {
    const chart = shapeTrend({
      measureId: 7,
      unit: 'days',
      values: [{ date: '2026-01-15', value: 12 }],
      targetValue: 8,
      goals: [
        goal({ title: 'Faster', targetDate: '2026-09-30', targets: [target(7, 6)] }),
        goal({ id: 2, title: 'Other measure', targetDate: '2026-12-31', targets: [target(8, 100)] })
      ],
      experiments: []
    })
    expect(chart.targets.map((t) => t.label)).toEqual(['Target 8 days', 'Faster: 6 days'])
    expect(chart.dateMarks).toEqual([
      { x: toDayNumber('2026-09-30'), date: '2026-09-30', label: 'Faster due Wed, 30 Sept 2026' }
    ])
    // The axis stretches to the goal's date, not to the other goal's.
    expect(chart.xDomain[1]).toBe(toDayNumber('2026-09-30') + 7)
    // And down to the lowest target so the dashed line is inside the plot.
    expect(chart.yDomain[0]).toBeLessThanOrEqual(6)
    expect(chart.yDomain[1]).toBeGreaterThanOrEqual(12)
  })

  it('draws targets on the same value once, with both labels', () => {
    const chart = shapeTrend({
      measureId: 7,
      unit: '',
      values: [{ date: '2026-01-15', value: 3.4 }],
      targetValue: 4.3,
      goals: [goal({ title: 'Effortless', targets: [target(7, 4.3)] })],
      experiments: []
    })
    expect(chart.targets).toEqual([{ value: 4.3, label: 'Target 4.3 · Effortless: 4.3' }])
  })

  it('marks what experiments on this measure expect by their date', () => {
    const experiment = {
      id: 3,
      title: 'Rebook button',
      measureId: 7,
      expectedValue: 50,
      byDate: '2026-04-30'
    } as Experiment
    const elsewhere = { ...experiment, id: 4, measureId: 9 } as Experiment
    const chart = shapeTrend({
      measureId: 7,
      unit: '%',
      values: [{ date: '2026-01-15', value: 30 }],
      targetValue: null,
      goals: [],
      experiments: [experiment, elsewhere]
    })
    expect(chart.expectations).toEqual([
      { x: toDayNumber('2026-04-30'), value: 50, label: 'Rebook button: expects 50%' }
    ])
    expect(chart.yDomain[1]).toBeGreaterThanOrEqual(50)
  })

  it('has an empty picture without values', () => {
    const chart = shapeTrend({ measureId: 1, unit: '', values: [], targetValue: null, goals: [], experiments: [] })
    expect(chart.points).toEqual([])
    expect(chart.yDomain).toEqual([0, 1])
  })
})

describe('niceScale', () => {
  it('rounds the bounds to steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceScale([7.2, 7.8])).toEqual({ domain: [7.2, 7.8], ticks: [7.2, 7.4, 7.6, 7.8] })
    expect(niceScale([3, 97])).toEqual({ domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] })
  })

  it('opens up a flat line so it does not sit on the frame', () => {
    const { domain } = niceScale([5, 5])
    expect(domain[0]).toBeLessThan(5)
    expect(domain[1]).toBeGreaterThan(5)
    expect(niceScale([0]).domain).toEqual([-1, 1])
  })
})

describe('monthTicks', () => {
  it('labels the first day of each month inside the range', () => {
    const from = toDayNumber('2026-01-10')
    const to = toDayNumber('2026-04-20')
    expect(monthTicks(from, to)).toEqual(['2026-02-01', '2026-03-01', '2026-04-01'].map(toDayNumber))
  })

  it('thins a long range to at most the given number of labels', () => {
    const ticks = monthTicks(toDayNumber('2025-01-01'), toDayNumber('2026-12-31'), 8)
    expect(ticks.length).toBeLessThanOrEqual(8)
    expect(ticks[0]).toBe(toDayNumber('2025-01-01'))
  })

  it('labels both ends of a range shorter than a month', () => {
    expect(monthTicks(100, 110)).toEqual([100, 110])
  })
})
