import { describe, expect, it } from 'vitest'
import type { FlowItem } from '@shared/api/methods/flow'
import { forecastHowMany, type HowManyForecast } from '@shared/domain/flow'
import {
  defaultFormValues,
  goalScopeLabel,
  openItemLabel,
  targetDateLabel,
  withQuestion
} from '../../../src/renderer/src/features/flow/shape/forecastForm'
import {
  checkReleaseRun,
  cutLineText,
  defaultReleaseValues,
  historyVelocityLabel,
  plannedSprintText,
  recentSprints,
  releaseComparison,
  releaseVelocityPlan,
  velocityFigure,
  type ReleaseFormValues
} from '../../../src/renderer/src/features/flow/shape/release'
import {
  amountLabel,
  backtestChartText,
  checkBacktestRun,
  defaultBacktestValues,
  type BacktestFormValues
} from '../../../src/renderer/src/features/flow/shape/backtest'

const calendar = { weekendsOff: true, nonWorkingDays: [] }
const today = '2025-01-08' // a Wednesday

/** An estimated item finished on each given day. */
function finished(days: readonly string[], estimate: number | null = 2): FlowItem[] {
  return days.map((day, i) => ({
    id: i + 1,
    key: `PB-${i + 1}`,
    title: `Item ${i + 1}`,
    type: 'story',
    estimate,
    rank: String(i),
    teamId: null,
    state: 'Done',
    stateCategory: 'done',
    arrivedOn: day,
    startedOn: day,
    finishedOn: day
  }))
}

const data = {
  today,
  calendar,
  items: finished(['2024-12-31', '2025-01-01', '2025-01-02', '2025-01-03', '2025-01-06', '2025-01-07', '2025-01-08'])
}
const open = [1, 2, 3].map((id) => ({ id: 100 + id, key: `PB-${100 + id}`, title: `Open ${id}`, estimate: 3 }))

describe('forecast form wording', () => {
  it('fills in a target four weeks after the start when the question becomes "how many"', () => {
    const values = defaultFormValues(today, 1)
    expect(withQuestion(values, 'how-many')).toMatchObject({ question: 'how-many', targetDate: '2025-02-05' })
    expect(withQuestion({ ...values, targetDate: '2025-03-01' }, 'how-many').targetDate).toBe('2025-03-01')
    expect(withQuestion({ ...values, question: 'how-many' }, 'when')).toEqual(values)
  })

  it('labels the target date, the goal choice and the open items', () => {
    expect(targetDateLabel('when')).toBe('Target date (optional: shows the chance of making it)')
    expect(targetDateLabel('how-many')).toBe('Forecast up to')
    expect(goalScopeLabel({ id: 1, title: 'Fuller lanes', itemIds: [] })).toBe(
      'The open items of the Product Goal “Fuller lanes”'
    )
    expect(goalScopeLabel(null)).toBe('The open items of the active Product Goal (none is active)')
    expect(openItemLabel({ id: 7, key: 'PB-7', title: 'Pay' }, 2)).toBe('3. PB-7 Pay')
  })
})

describe('release form', () => {
  const values = (patch: Partial<ReleaseFormValues> = {}): ReleaseFormValues => ({
    ...defaultReleaseValues(today, 42),
    ...patch
  })

  it('starts six weeks ahead with ten-day Sprints and the velocity of history', () => {
    expect(defaultReleaseValues(today, 42)).toEqual({
      target: '2025-02-19',
      windowDays: '90',
      trials: '10000',
      seed: '42',
      sprintLength: '10',
      velocitySource: 'history',
      enteredVelocity: '20'
    })
  })

  it('averages the recent Sprints only once the Sprint length is a whole number', () => {
    const sprints = recentSprints(data, '2')
    expect(sprints.map((s) => s.points)).toEqual([4, 4, 4])
    expect(historyVelocityLabel(sprints)).toBe('From the last 3 Sprints (4, 4, 4 points)')
    expect(recentSprints(data, 'two')).toEqual([])
    expect(recentSprints(data, '0')).toEqual([])
    expect(historyVelocityLabel([])).toBe('From the last 3 Sprints (none points)')
  })

  it('plans by the velocity of history, or by an entered one worded as the user’s own', () => {
    const context = { openItems: open, pastSprints: recentSprints(data, '2'), today, calendar }
    const fromHistory = releaseVelocityPlan(values({ sprintLength: '2' }), context)
    if (!fromHistory.ok) throw new Error(fromHistory.reason)
    expect(fromHistory.velocity).toBe(4)
    expect(fromHistory.items[0]).toMatchObject({ id: 101, sprint: 1, sprintEnd: '2025-01-10' })

    const entered = releaseVelocityPlan(
      values({ sprintLength: '2', velocitySource: 'entered', enteredVelocity: '6' }),
      context
    )
    if (!entered.ok) throw new Error(entered.reason)
    expect(entered.velocity).toBe(6)
    expect(entered.assumptions[0]).toBe('Velocity is 6 points per Sprint, as you entered it.')
    expect(entered.assumptions.slice(1)).toEqual(fromHistory.assumptions.slice(1))
  })

  it('says what to change when the Sprint length or the entered velocity cannot plan', () => {
    const context = { openItems: open, pastSprints: [], today, calendar }
    expect(releaseVelocityPlan(values({ sprintLength: '0' }), context)).toEqual({
      ok: false,
      reason: 'Enter a Sprint length of at least one working day.'
    })
    expect(releaseVelocityPlan(values({ velocitySource: 'entered', enteredVelocity: '-1' }), context)).toEqual({
      ok: false,
      reason: 'Enter a velocity above 0 points per Sprint.'
    })
  })

  it('runs "how many" from tomorrow to the target on the history up to today', () => {
    const checked = checkReleaseRun(values({ target: '2025-01-14', windowDays: '7', trials: '500', seed: '9' }), data)
    expect(checked).toEqual({
      ok: true,
      ran: { target: '2025-01-14', windowDays: 7, throughput: [1, 1, 1, 1, 1] },
      job: { kind: 'how-many', dailyThroughput: [1, 1, 1, 1, 1], days: 4, trials: 500, seed: 9, exact: false }
    })
  })

  it('names the one problem that stops a release run', () => {
    expect(checkReleaseRun(values({ target: today }), data)).toEqual({
      ok: false,
      problem: 'Choose a target date from Thu, 9 Jan 2025 on.'
    })
    expect(checkReleaseRun(values({ trials: '0' }), data)).toEqual({
      ok: false,
      problem: 'The number of trials must be a whole number from 1 to 1,000,000.'
    })
    expect(checkReleaseRun(values({ target: '2025-01-11' }), { ...data, today: '2025-01-10' })).toEqual({
      ok: false,
      problem: 'There is no working day before the target date: choose a later one.'
    })
  })

  it('sets the forecast beside the plan and words the cut line and each planned Sprint', () => {
    // About 2 items a day over 2 working days: the first item is near certain, the third only possible.
    const forecast = forecastHowMany({
      dailyThroughput: [1, 2, 3, 1, 2, 1],
      days: 2,
      trials: 20_000,
      seed: 3
    }) as HowManyForecast
    const context = { openItems: open, pastSprints: recentSprints(data, '2'), today, calendar }
    const plan = releaseVelocityPlan(values({ sprintLength: '2' }), context)
    const { rows, summary } = releaseComparison(open, forecast, plan, '2025-01-10')
    expect(rows.map((r) => [r.band, r.cutAbove])).toEqual([
      ['likely', null],
      ['likely', null],
      ['possible', 'possible']
    ])
    expect(summary).toEqual({ likely: 2, possible: 1, plannedByTarget: 1 })
    expect(rows.map(plannedSprintText)).toEqual([
      'Sprint 1, ends Fri, 10 Jan 2025',
      'Sprint 2, ends Tue, 14 Jan 2025 (after the target)',
      'Sprint 3, ends Thu, 16 Jan 2025 (after the target)'
    ])
    expect(plannedSprintText({ sprint: null, sprintEnd: null, plannedByTarget: null })).toBe('–')
    expect(releaseComparison(open, forecast, { ok: false, reason: 'No plan' }, '2025-01-10').rows[0]!.sprint).toBe(null)
    expect(cutLineText('possible')).toBe('Cut line: items below are possible (50% to 85%) by the target')
    expect(cutLineText('unlikely')).toBe('Cut line: items below are unlikely (below 50%) by the target')
    expect(velocityFigure(13.333)).toBe(13.3)
  })
})

describe('backtest form', () => {
  const values = (patch: Partial<BacktestFormValues> = {}): BacktestFormValues => ({
    ...defaultBacktestValues(5),
    ...patch
  })

  it('replays the question over the finished work with the backtest’s trials', () => {
    expect(checkBacktestRun(values(), data)).toEqual({
      ok: true,
      ran: { question: { kind: 'when', items: 10 }, calendar },
      job: {
        kind: 'backtest',
        input: {
          finishedOn: data.items.map((i) => i.finishedOn),
          calendar,
          question: { kind: 'when', items: 10 },
          windowDays: 30,
          everyDays: 7,
          today,
          trials: 5000,
          seed: 5
        }
      }
    })
    const howMany = checkBacktestRun(values({ kind: 'how-many', amount: '15' }), data)
    expect(howMany.ok && howMany.ran.question).toEqual({ kind: 'how-many', days: 15 })
  })

  it('names the one problem that stops a backtest', () => {
    expect(checkBacktestRun(values({ amount: '1001' }), data)).toEqual({
      ok: false,
      problem: 'The number of items must be a whole number from 1 to 1,000.'
    })
    expect(checkBacktestRun(values({ everyDays: '0' }), data)).toEqual({
      ok: false,
      problem: 'The spacing must be a whole number of days from 1 to 365.'
    })
  })

  it('words N and the chart in the question’s units', () => {
    expect(amountLabel('when')).toBe('Items (N)')
    expect(amountLabel('how-many')).toBe('Working days (N)')
    expect(backtestChartText({ kind: 'when', items: 3 })).toEqual({
      unit: 'Working days',
      summary: 'Working days until the items were done: lower is sooner.'
    })
    expect(backtestChartText({ kind: 'how-many', days: 3 })).toEqual({
      unit: 'Items',
      summary: 'Items finished in the period.'
    })
  })
})
