import { describe, expect, it } from 'vitest'
import {
  backtest,
  cutLine,
  forecastHowMany,
  forecastWhen,
  velocityPlan,
  type HowManyForecast,
  type WhenForecast
} from '@shared/domain/flow'
import type { SavedForecast } from '@shared/api/methods/forecasts'
import {
  openItems,
  pointsPerPastSprint,
  releaseRows,
  releaseSummary
} from '../../../src/renderer/src/features/flow/shape/release'
import { backtestRows, hitRateSentence } from '../../../src/renderer/src/features/flow/shape/backtest'
import {
  forecastMovement,
  groupByQuestion,
  savePayload
} from '../../../src/renderer/src/features/flow/shape/savedForecasts'
import type { ForecastPlan } from '../../../src/renderer/src/features/flow/shape/forecastForm'

const calendar = { weekendsOff: true, nonWorkingDays: [] }

describe('release view', () => {
  it('lists open items in backlog order, leaving out done and removed ones', () => {
    const items = [
      { id: 1, key: 'PB-1', title: 'A', estimate: 3, stateCategory: 'done' as const },
      { id: 2, key: 'PB-2', title: 'B', estimate: null, stateCategory: 'in_progress' as const },
      { id: 4, key: 'PB-4', title: 'D', estimate: 2, stateCategory: 'removed' as const },
      { id: 3, key: 'PB-3', title: 'C', estimate: 5, stateCategory: 'todo' as const }
    ]
    expect(openItems(items)).toEqual([
      { id: 2, key: 'PB-2', title: 'B', estimate: null },
      { id: 3, key: 'PB-3', title: 'C', estimate: 5 }
    ])
  })

  it('sums the points finished in Sprints of working days that end today', () => {
    // Two-day Sprints ending Wednesday 2025-01-08: Tue 7-Wed 8, then Fri 3-Mon 6 (weekend inside).
    const finished = [
      { estimate: 3, finishedOn: '2025-01-08' },
      { estimate: 2, finishedOn: '2025-01-07' },
      { estimate: 5, finishedOn: '2025-01-04' }, // a Saturday: inside the earlier Sprint
      { estimate: null, finishedOn: '2025-01-06' },
      { estimate: 8, finishedOn: '2025-01-02' }, // before both
      { estimate: 1, finishedOn: null }
    ]
    expect(pointsPerPastSprint(finished, calendar, '2025-01-08', 2, 2)).toEqual([
      { start: '2025-01-03', end: '2025-01-06', points: 5 },
      { start: '2025-01-07', end: '2025-01-08', points: 5 }
    ])
  })

  it('puts the flow forecast beside the velocity plan and marks where the cut line falls', () => {
    const items = [1, 2, 3, 4].map((id) => ({ id, key: `PB-${id}`, title: `Item ${id}`, estimate: 5 }))
    // About 2 items a day over 2 working days: item 1 is near certain, item 4 rarely done.
    const forecast = forecastHowMany({
      dailyThroughput: [1, 2, 3, 1, 2, 1],
      days: 2,
      trials: 20_000,
      seed: 3
    }) as HowManyForecast
    const cut = cutLine(items, forecast)
    const plan = velocityPlan({
      backlog: items.map((i) => ({ id: i.id, points: i.estimate })),
      completedPointsPerSprint: [10],
      sprintLengthWorkingDays: 5,
      firstSprintStart: '2025-01-06',
      calendar
    })
    if (!plan.ok) throw new Error(plan.reason)
    const rows = releaseRows(items, cut, plan, '2025-01-10')
    expect(rows.map((r) => r.band)).toEqual(['likely', 'likely', 'possible', 'unlikely'])
    expect(rows.map((r) => r.cutAbove)).toEqual([null, null, 'possible', 'unlikely'])
    expect(rows[0]!.probabilityText).toBe('> 99%')
    expect(rows.map((r) => [r.sprint, r.sprintEnd, r.plannedByTarget])).toEqual([
      [1, '2025-01-10', true],
      [1, '2025-01-10', true],
      [2, '2025-01-17', false],
      [2, '2025-01-17', false]
    ])
    expect(releaseSummary(rows)).toEqual({ likely: 2, possible: 1, plannedByTarget: 2 })
  })
})

describe('backtest rows', () => {
  it('words each past forecast and what happened, with the hit rate', () => {
    const finishedOn = [
      '2025-01-06',
      '2025-01-07',
      '2025-01-08',
      '2025-01-09',
      '2025-01-10',
      '2025-01-13',
      '2025-01-14',
      '2025-01-15'
    ]
    const question = { kind: 'when' as const, items: 2 }
    const result = backtest({
      finishedOn,
      calendar,
      question,
      windowDays: 7,
      everyDays: 2,
      firstAsOf: '2025-01-10',
      today: '2025-01-16',
      trials: 500,
      seed: 1
    })
    const rows = backtestRows(result, question, calendar)
    expect(rows.map((r) => r.asOf)).toEqual(['2025-01-10', '2025-01-12', '2025-01-14'])
    // One item a day: 2 items take 2 working days, from Monday the 13th.
    expect(rows[0]).toMatchObject({
      p85: 'Tue, 14 Jan 2025 (2 working days)',
      actual: 'Tue, 14 Jan 2025 (2 working days)',
      verdict: 'held'
    })
    expect(rows[2]).toMatchObject({ actual: 'not known yet', verdict: 'unknown' })
    expect(rows[0]!.chart).toEqual({ label: '10 Jan', p50: 2, p85: 2, actual: 2 })
    expect(hitRateSentence(result)).toBe('The 85th percentile held in 2 of 2 past forecasts (100%).')
  })
  it('says when nothing can be scored', () => {
    expect(hitRateSentence({ cases: [], hitRate85: null, scored: 0 })).toMatch(/No past forecast can be scored yet/)
  })
})

describe('saved forecasts', () => {
  const plan: ForecastPlan = {
    question: 'when',
    items: 3,
    throughItemId: 7,
    goal: null,
    days: null,
    targetDate: '2025-03-07',
    windowDays: 30,
    asOf: '2025-03-02',
    trials: 100,
    seed: 9,
    startDate: '2025-03-03',
    dailyThroughput: [1, 1, 1, 1, 1],
    scopeGrowth: { ratePerItemDone: 0.1 },
    growth: 'rate'
  }

  it('keeps the inputs needed to re-run the forecast and its answer', () => {
    const forecast = forecastWhen({ dailyThroughput: [1, 1, 1, 1, 1], items: 3, trials: 100, seed: 9 }) as WhenForecast
    const dates = { 50: '2025-03-05', 70: '2025-03-05', 85: '2025-03-05', 95: '2025-03-05' }
    const payload = savePayload(plan, forecast, {
      key: 'when:through:7',
      label: 'L',
      percentileDates: dates,
      probabilityOfTarget: 0.9
    })
    expect(payload).toEqual({
      question: 'when',
      questionKey: 'when:through:7',
      label: 'L',
      inputs: {
        windowDays: 30,
        asOf: '2025-03-02',
        trials: 100,
        seed: 9,
        startDate: '2025-03-03',
        targetDate: '2025-03-07',
        items: 3,
        throughItemId: 7,
        scopeGrowth: { ratePerItemDone: 0.1 }
      },
      result: {
        percentiles: { 50: 3, 70: 3, 85: 3, 95: 3 },
        percentileDates: dates,
        histogram: [{ x: 3, count: 100 }],
        probabilityOfTarget: 0.9
      }
    })
  })

  it('saves the working days of a "how many" forecast', () => {
    const forecast = forecastHowMany({
      dailyThroughput: [1, 1, 1, 1, 1],
      days: 4,
      trials: 10,
      seed: 1
    }) as HowManyForecast
    const payload = savePayload({ ...plan, question: 'how-many', scopeGrowth: null, growth: 'off' }, forecast, {
      key: 'k',
      label: 'L',
      percentileDates: null,
      probabilityOfTarget: null
    })
    expect(payload.inputs).toMatchObject({ days: 4 })
    expect(payload.inputs.items).toBeUndefined()
    expect(payload.result.histogram).toEqual([{ x: 4, count: 10 }])
  })

  const saved = (id: number, key: string, createdAt: string, p85: string | null): SavedForecast => ({
    id,
    productId: 1,
    question: 'when',
    questionKey: key,
    label: `Question ${key}`,
    inputs: { windowDays: 90, trials: 100, seed: 1, startDate: '2025-03-01', items: 5 },
    result: {
      percentiles: { 50: 1, 70: 2, 85: 3, 95: 4 },
      percentileDates: { 50: '2025-03-03', 70: '2025-03-04', 85: p85, 95: '2025-03-06' },
      histogram: []
    },
    createdAt
  })

  it('groups by question, newest question first, each oldest first', () => {
    const list = [
      saved(3, 'b', '2025-03-03T10:00:00.000Z', null),
      saved(2, 'a', '2025-03-02T10:00:00.000Z', '2025-03-05'),
      saved(1, 'a', '2025-03-01T10:00:00.000Z', '2025-03-05')
    ]
    const groups = groupByQuestion(list)
    expect(groups.map((g) => [g.key, g.forecasts.map((f) => f.id)])).toEqual([
      ['b', [3]],
      ['a', [1, 2]]
    ])
  })

  it('plots how a "when" answer moved as dates, with gaps where it did not finish', () => {
    const [question] = groupByQuestion([
      saved(1, 'a', '2025-03-01T10:00:00.000Z', '2025-03-05'),
      saved(2, 'a', '2025-03-02T10:00:00.000Z', null)
    ])
    const rows = forecastMovement(question!)
    expect(rows.map((r) => [r.savedOn, r.p85])).toEqual([
      ['2025-03-01', 20152],
      ['2025-03-02', null]
    ])
    expect(rows[0]!.p50).toBe(20150)
  })
})
