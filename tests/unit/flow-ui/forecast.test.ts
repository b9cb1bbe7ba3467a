import { describe, expect, it } from 'vitest'
import {
  forecastHowMany,
  forecastWhen,
  type FlowItem,
  type WhenForecast,
  type HowManyForecast
} from '@shared/domain/flow'
import {
  defaultFormValues,
  idleHistory,
  planForecast,
  questionKey,
  questionLabel,
  withAsOf,
  type ForecastFormValues
} from '../../../src/renderer/src/features/flow/shape/forecastForm'
import {
  chanceByTarget,
  exactCheckSentences,
  extraDaysText,
  growthSentence,
  historySentence,
  historySummary,
  howManyResultView,
  whenResultView
} from '../../../src/renderer/src/features/flow/shape/forecastResult'

const calendar = { weekendsOff: true, nonWorkingDays: ['2025-03-05'] }
const today = '2025-02-28' // a Friday

/** One item finished on every working day of February 2025, and two on Mondays. */
function history(): FlowItem[] {
  const items: FlowItem[] = []
  let id = 1
  for (let d = 1; d <= 28; d++) {
    const day = `2025-02-${String(d).padStart(2, '0')}`
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
    if (weekday === 0 || weekday === 6) continue
    for (let k = 0; k < (weekday === 1 ? 2 : 1); k++) {
      items.push({ id: id++, arrivedOn: day, startedOn: day, finishedOn: day, state: 'Done', stateCategory: 'done' })
    }
  }
  return items
}

const open = [
  { id: 101, key: 'PB-1', title: 'First' },
  { id: 102, key: 'PB-2', title: 'Second' },
  { id: 103, key: 'PB-3', title: 'Third' }
]
const context = {
  items: history(),
  openItems: open,
  today,
  calendar,
  activeGoal: { id: 7, title: 'Fuller off-peak lanes', itemIds: [101, 103, 999] }
}
const form = (patch: Partial<ForecastFormValues>): ForecastFormValues => ({ ...defaultFormValues(today, 42), ...patch })

describe('planning a forecast from the form', () => {
  it('starts the day after today with 10,000 trials, a 90-day window as of today and the given seed', () => {
    expect(defaultFormValues(today, 42)).toMatchObject({
      asOf: today,
      startDate: '2025-03-01',
      trials: '10000',
      windowDays: '90',
      seed: '42'
    })
  })
  it('ends the history window on the as-of date, idle days at its end included', () => {
    // As of Friday 14 March, two weeks after the last finish: ten idle working days end the window.
    const later = planForecast(form({ windowDays: '28', asOf: '2025-03-14' }), context)
    expect(later.ok && later.plan.asOf).toBe('2025-03-14')
    // 17 Feb to 14 March: 19 working days (5 March is a day off), the last 9 without a finish.
    expect(later.ok && later.plan.dailyThroughput).toHaveLength(19)
    expect(later.ok && later.plan.dailyThroughput.slice(-9)).toEqual(new Array(9).fill(0))
    // As of an earlier day, later finishes are not part of the history.
    const earlier = planForecast(form({ windowDays: '28', asOf: '2025-02-14' }), context)
    expect(earlier.ok && earlier.plan.dailyThroughput.reduce((a, b) => a + b, 0)).toBe(12)
    expect(!planForecast(form({ asOf: '' }), context).ok).toBe(true)
  })
  it('moves the start date with the as-of date unless the user chose another start', () => {
    expect(withAsOf(form({}), '2025-02-14')).toMatchObject({ asOf: '2025-02-14', startDate: '2025-02-15' })
    expect(withAsOf(form({ startDate: '2025-03-10' }), '2025-02-14')).toMatchObject({
      asOf: '2025-02-14',
      startDate: '2025-03-10'
    })
  })
  it('offers the last finish as the as-of date when the history stopped long before it', () => {
    expect(idleHistory(form({}), context.items)).toBeNull()
    const notice = idleHistory(form({ asOf: '2025-06-30' }), context.items)
    expect(notice).toEqual({
      lastFinish: '2025-02-28',
      sentence:
        'The last item in this history finished on Fri, 28 Feb 2025, 122 days before the as-of day Mon, 30 Jun 2025, so the 90-day window holds no finish at all ' +
        'and the forecast reads as if the team stopped working. If the history simply ends there, forecast as of its last finish.'
    })
    expect(idleHistory(form({ asOf: '2025-06-30', windowDays: '' }), context.items)).toBeNull()
  })
  it('turns "when" for N items into a plan with the working-day history of the window', () => {
    const result = planForecast(form({ itemCount: '5', windowDays: '28', trials: '1,000' }), context)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.plan).toMatchObject({
      question: 'when',
      items: 5,
      throughItemId: null,
      trials: 1000,
      seed: 42,
      windowDays: 28
    })
    // 20 working days in February 2025, Mondays with 2 finished items.
    expect(result.plan.dailyThroughput).toHaveLength(20)
    expect(result.plan.dailyThroughput.filter((n) => n === 2)).toHaveLength(4)
    expect(result.plan.scopeGrowth).toBeNull()
  })
  it('counts the backlog down to a chosen item in backlog order', () => {
    const result = planForecast(form({ scope: 'through', throughItemId: '102' }), context)
    expect(result.ok && result.plan).toMatchObject({ items: 2, throughItemId: 102 })
  })
  it('forecasts the open items that serve the active Product Goal, or says why it cannot', () => {
    const result = planForecast(form({ scope: 'goal' }), context)
    // 999 serves the goal but is not open any more: two open items remain.
    expect(result.ok && result.plan).toMatchObject({
      items: 2,
      goal: { id: 7, title: 'Fuller off-peak lanes' },
      throughItemId: null
    })
    const none = planForecast(form({ scope: 'goal' }), { ...context, activeGoal: null })
    expect(!none.ok && none.errors.scope).toMatch(/No Product Goal is active/)
    const empty = planForecast(form({ scope: 'goal' }), {
      ...context,
      activeGoal: { id: 8, title: 'Later', itemIds: [] }
    })
    expect(!empty.ok && empty.errors.scope).toMatch(/No open item serves “Later”/)
  })
  it('counts working days to the target for "how many", skipping weekends and days off', () => {
    // 3-7 March has the 5th off: 4 working days, plus Monday 10 March.
    const result = planForecast(form({ question: 'how-many', targetDate: '2025-03-10' }), context)
    expect(result.ok && result.plan).toMatchObject({
      question: 'how-many',
      days: 5,
      targetDate: '2025-03-10',
      scopeGrowth: null
    })
  })
  it('takes scope growth from an entered split rate or from the history arrivals', () => {
    const rate = planForecast(form({ growth: 'rate', splitRate: '0.25' }), context)
    expect(rate.ok && rate.plan.scopeGrowth).toEqual({ ratePerItemDone: 0.25 })
    const arrivals = planForecast(form({ growth: 'history', windowDays: '28' }), context)
    expect(arrivals.ok && arrivals.plan.scopeGrowth?.arrivalsPerDay).toHaveLength(20)
  })
  it('names every field to fix', () => {
    const result = planForecast(
      form({
        itemCount: '0',
        windowDays: '3',
        trials: '2000000',
        seed: 'abc',
        growth: 'rate',
        splitRate: '1',
        targetDate: '2025-02-01'
      }),
      context
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.errors).sort()).toEqual([
      'itemCount',
      'seed',
      'splitRate',
      'targetDate',
      'trials',
      'windowDays'
    ])
    expect(result.errors.trials).toBe('The number of trials must be a whole number from 1 to 1,000,000.')
    expect(result.errors.windowDays).toBe('The history window must be a whole number of days from 7 to 3,650.')
  })
  it('asks for an item and a target where the question needs them', () => {
    const through = planForecast(form({ scope: 'through', throughItemId: '' }), context)
    expect(!through.ok && through.errors.throughItemId).toBe('Choose the last item the forecast should include.')
    const howMany = planForecast(form({ question: 'how-many', targetDate: '' }), context)
    expect(!howMany.ok && howMany.errors.targetDate).toBe('Choose the date to forecast up to.')
  })
  it('keys and words the question so saved forecasts of the same question line up', () => {
    const titleOf = (id: number) => open.find((i) => i.id === id)?.title
    const count = { question: 'when' as const, items: 20, throughItemId: null, goal: null, targetDate: null }
    expect(questionKey(count)).toBe('when:items:20')
    expect(questionLabel(count, titleOf)).toBe('When will the next 20 items be done?')
    const through = { question: 'when' as const, items: 2, throughItemId: 102, goal: null, targetDate: null }
    expect(questionKey(through)).toBe('when:through:102')
    expect(questionLabel(through, titleOf)).toBe('When will the backlog be done down to “Second” (2 items)?')
    const goal = {
      question: 'when' as const,
      items: 2,
      throughItemId: null,
      goal: { id: 7, title: 'Fuller off-peak lanes' },
      targetDate: null
    }
    expect(questionKey(goal)).toBe('when:goal:7')
    expect(questionLabel(goal, titleOf)).toBe(
      'When will the open items of the Product Goal “Fuller off-peak lanes” (2 items) be done?'
    )
    const howMany = {
      question: 'how-many' as const,
      items: 0,
      throughItemId: null,
      goal: null,
      targetDate: '2025-03-10'
    }
    expect(questionKey(howMany)).toBe('how-many:by:2025-03-10')
    expect(questionLabel(howMany, titleOf)).toBe('How many items will be done by Mon, 10 Mar 2025?')
  })
})

describe('forecast results in words', () => {
  // Constant throughput of 1: every percentile of "when N" is N working days.
  const when = forecastWhen({ dailyThroughput: [1, 1, 1, 1, 1], items: 3, trials: 100, seed: 1 }) as WhenForecast

  it('words "when" percentiles as "on or before" dates on the working calendar', () => {
    const view = whenResultView(when, calendar, '2025-03-03')
    // Day 1 Mon 3 Mar, day 2 Tue 4 Mar, the 5th is off, day 3 Thu 6 Mar.
    expect(view.rows.map((r) => r.text)).toEqual(Array(4).fill('on or before Thu, 6 Mar 2025'))
    expect(view.bars).toEqual([{ x: 3, label: '6 Mar', count: 100, share: 1 }])
    expect(view.marks).toEqual([50, 70, 85, 95].map((level) => ({ level, x: 3, label: '6 Mar' })))
  })
  it('gives the chance of a target date from the trials', () => {
    expect(chanceByTarget(when, calendar, '2025-03-03', '2025-03-06')).toBe(1)
    expect(chanceByTarget(when, calendar, '2025-03-03', '2025-03-05')).toBe(0)
    expect(chanceByTarget(when, calendar, '2025-03-03', null)).toBeNull()
  })
  it('words "how many" percentiles from the top, as "N items or more"', () => {
    const howMany = forecastHowMany({
      dailyThroughput: [0, 1, 2, 3, 4, 1],
      days: 10,
      trials: 5000,
      seed: 7
    }) as HowManyForecast
    const view = howManyResultView(howMany)
    expect(view.rows.map((r) => r.level)).toEqual([50, 70, 85, 95])
    const values = view.rows.map((r) => r.value!)
    expect([...values].sort((a, b) => b - a)).toEqual(values)
    expect(view.rows[2]!.text).toBe(`${values[2]} items or more`)
    expect(view.bars.reduce((sum, b) => sum + b.count, 0)).toBe(5000)
    expect(view.marks.every((m) => view.bars.some((b) => b.label === m.label))).toBe(true)
  })
  it('describes the history a forecast used', () => {
    const summary = historySummary([0, 2, 1, 0, 3])
    expect(summary).toEqual({ workingDays: 5, daysWithCompletions: 3, finished: 6 })
    expect(historySentence(7, '2025-02-28', summary)).toBe(
      '5 working days in the 7 days up to Fri, 28 Feb 2025; items finished on 3 of them (6 items).'
    )
  })
  it('labels histogram days with the year once a forecast runs into another year', () => {
    const late = forecastWhen({ dailyThroughput: [0, 1, 1, 1, 1, 1], items: 3, trials: 1000, seed: 1 }) as WhenForecast
    // Day 3 from Monday 29 December is Wednesday 31 December; slower trials finish in January.
    const labels = whenResultView(late, calendar, '2025-12-29').bars.map((b) => b.label)
    expect(labels.slice(0, 3)).toEqual(['31 Dec 25', '1 Jan 26', '2 Jan 26'])
    expect(whenResultView(late, calendar, '2025-03-03').bars[0]!.label).toBe('6 Mar')
  })
  it('states the scope growth a forecast assumed', () => {
    expect(growthSentence('off', null)).toBeNull()
    expect(growthSentence('rate', { ratePerItemDone: 0.2 })).toBe(
      'Scope growth: every item finished brings 0.2 new items (splits and discovered work).'
    )
    expect(growthSentence('history', { arrivalsPerDay: [0, 1, 2, 1] })).toMatch(
      /as in the history window \(1\.00 a working day\)/
    )
  })
  it('words the exact check beside the simulation', () => {
    const check = {
      computed: true as const,
      percentiles: { 50: 3, 70: 3, 85: 4, 95: null },
      largestPercentileGap: 1,
      totalVariation: 0.00412
    }
    expect(exactCheckSentences(check, 'when', calendar, '2025-03-03')).toEqual([
      'Exact distribution of the same question: 50% on or before Thu, 6 Mar 2025; 70% on or before Thu, 6 Mar 2025; 85% on or before Fri, 7 Mar 2025; 95% not within ten years of working days.',
      'The simulated percentiles are within 1 working day of the exact ones; the total-variation distance between the two distributions is 0.41% (0% when they are the same).'
    ])
    const items = { ...check, percentiles: { 50: 12, 70: 10, 85: 9, 95: 7 }, largestPercentileGap: 0 }
    expect(exactCheckSentences(items, 'how-many', calendar, '2025-03-03')![0]).toBe(
      'Exact distribution of the same question: 50% 12 items or more; 70% 10 items or more; 85% 9 items or more; 95% 7 items or more.'
    )
    expect(exactCheckSentences(items, 'how-many', calendar, '2025-03-03')![1]).toMatch(
      /^The simulated percentiles are the exact ones;/
    )
    expect(exactCheckSentences({ computed: false, reason: 'Too long.' }, 'when', calendar, '2025-03-03')).toEqual([
      'Too long.'
    ])
    expect(exactCheckSentences(null, 'when', calendar, '2025-03-03')).toBeNull()
  })
  it('words the difference scope growth makes', () => {
    expect(extraDaysText(3)).toBe('3 working days later')
    expect(extraDaysText(1)).toBe('1 working day later')
    expect(extraDaysText(0)).toBe('no later')
    expect(extraDaysText(null)).toBe('no finish within ten years')
  })
})
