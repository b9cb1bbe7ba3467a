import { describe, expect, it } from 'vitest'
import type { SavedForecast } from '@shared/api/methods/forecasts'
import {
  countPerDay,
  forecastQuestionKey,
  forecastStart,
  forecastWhen,
  isWorkingDay,
  lastDays,
  percentileDates
} from '@shared/domain/flow'
import { call, fail, openTestContext, readConnection } from './helpers/temp'

/** A clock the test moves by whole days (each read still advances a second, so stamps stay ordered). */
function dayClock(start: string) {
  let t = Date.parse(start)
  return {
    now: () => new Date((t += 1000)),
    nextDay: (days = 1) => {
      t += days * 86_400_000
    }
  }
}

async function productWithStates(ctx: Parameters<typeof call>[0], name = 'Flow product') {
  const product = await call(ctx, 'products.create', { name })
  const states = await call(ctx, 'workflow.list', { productId: product.id })
  const state = (name: string) => states.find((s) => s.name === name)!.id
  return { product, state }
}

const when20 = (productId: number, at: string, p85: number) => ({
  productId,
  question: 'when',
  questionKey: 'when:items=20',
  label: `20 items as of ${at}`,
  inputs: { windowDays: 90, trials: 10_000, seed: 42, items: 20, startDate: at },
  result: {
    percentiles: { 50: p85 - 4, 70: p85 - 2, 85: p85, 95: p85 + 3 },
    percentileDates: { 50: null, 70: null, 85: null, 95: null },
    histogram: [{ x: p85, count: 10_000 }]
  }
})

describe('flow.data', () => {
  it('derives arrival, start and finish days from the status history; a reopened item is not finished', async () => {
    // 2025-03-03 is a Monday; times late in the UTC day still count on that UTC day.
    const clock = dayClock('2025-03-03T23:00:00.000Z')
    const { ctx } = await openTestContext({ now: clock.now })
    const { product, state } = await productWithStates(ctx)
    const finished = await call(ctx, 'backlog.create', { productId: product.id, title: 'Finished', estimate: 3 })
    const reopened = await call(ctx, 'backlog.create', { productId: product.id, title: 'Reopened' })
    const waiting = await call(ctx, 'backlog.create', { productId: product.id, title: 'Waiting', placement: 'top' })
    const removed = await call(ctx, 'backlog.create', { productId: product.id, title: 'Removed' })
    await call(ctx, 'backlog.delete', { id: removed.id })
    clock.nextDay() // 03-04
    await call(ctx, 'backlog.update', { id: finished.id, patch: { stateId: state('In progress') } })
    await call(ctx, 'backlog.update', { id: reopened.id, patch: { stateId: state('In progress') } })
    clock.nextDay() // 03-05
    await call(ctx, 'backlog.update', { id: finished.id, patch: { stateId: state('In review') } })
    await call(ctx, 'backlog.update', { id: reopened.id, patch: { stateId: state('Done') }, confirmDone: true })
    clock.nextDay() // 03-06
    await call(ctx, 'backlog.update', { id: finished.id, patch: { stateId: state('Done') }, confirmDone: true })
    await call(ctx, 'backlog.update', { id: reopened.id, patch: { stateId: state('In progress') } })

    const data = await call(ctx, 'flow.data', { productId: product.id })
    expect(data.today).toBe('2025-03-06')
    expect(data.calendar).toEqual({ weekendsOff: true, nonWorkingDays: [] })
    expect(data.states.map((s) => [s.name, s.category])).toEqual([
      ['New', 'todo'],
      ['Ready', 'todo'],
      ['In progress', 'in_progress'],
      ['In review', 'in_progress'],
      ['Done', 'done']
    ])
    // Backlog order, without the deleted item.
    expect(data.items.map((i) => i.title)).toEqual(['Waiting', 'Finished', 'Reopened'])
    const byTitle = Object.fromEntries(data.items.map((i) => [i.title, i]))
    expect(byTitle.Finished).toEqual({
      id: finished.id,
      key: 'FP-1',
      title: 'Finished',
      type: 'story',
      estimate: 3,
      rank: finished.rank,
      teamId: null,
      state: 'Done',
      stateCategory: 'done',
      arrivedOn: '2025-03-03',
      startedOn: '2025-03-04',
      finishedOn: '2025-03-06'
    })
    expect(byTitle.Reopened).toMatchObject({
      state: 'In progress',
      stateCategory: 'in_progress',
      startedOn: '2025-03-04',
      finishedOn: null
    })
    expect(byTitle.Waiting).toMatchObject({
      id: waiting.id,
      state: 'New',
      stateCategory: 'todo',
      arrivedOn: '2025-03-03',
      startedOn: null,
      finishedOn: null
    })
    expect(data.transitions.filter((t) => t.itemId === reopened.id)).toEqual([
      { itemId: reopened.id, state: 'New', on: '2025-03-03' },
      { itemId: reopened.id, state: 'In progress', on: '2025-03-04' },
      { itemId: reopened.id, state: 'Done', on: '2025-03-05' },
      { itemId: reopened.id, state: 'In progress', on: '2025-03-06' }
    ])
    expect(data.transitions.some((t) => t.itemId === removed.id)).toBe(false)
  })

  it('answers not_found for a product that does not exist', async () => {
    const { ctx } = await openTestContext()
    expect((await fail(ctx, 'flow.data', { productId: 999 })).code).toBe('not_found')
  })
})

describe('flow.setCalendar', () => {
  it('stores a sorted, deduplicated calendar per product and returns it with flow.data', async () => {
    const { ctx } = await openTestContext()
    const { product } = await productWithStates(ctx)
    const { product: other } = await productWithStates(ctx, 'Other product')
    const saved = await call(ctx, 'flow.setCalendar', {
      productId: product.id,
      weekendsOff: false,
      nonWorkingDays: ['2025-12-25', '2025-01-01', '2025-12-25']
    })
    expect(saved).toEqual({ weekendsOff: false, nonWorkingDays: ['2025-01-01', '2025-12-25'] })
    expect((await call(ctx, 'flow.data', { productId: product.id })).calendar).toEqual(saved)
    expect((await call(ctx, 'flow.data', { productId: other.id })).calendar).toEqual({
      weekendsOff: true,
      nonWorkingDays: []
    })
    // Setting it again replaces it.
    const again = await call(ctx, 'flow.setCalendar', { productId: product.id, weekendsOff: true, nonWorkingDays: [] })
    expect(again).toEqual({ weekendsOff: true, nonWorkingDays: [] })
  })

  it('rejects a day that is not a date, and an unknown product', async () => {
    const { ctx } = await openTestContext()
    const { product } = await productWithStates(ctx)
    const error = await fail(ctx, 'flow.setCalendar', {
      productId: product.id,
      weekendsOff: true,
      nonWorkingDays: ['2025-01-01', '25/12/2025']
    })
    expect(error.code).toBe('invalid_input')
    expect(error.issues).toEqual([
      { path: 'nonWorkingDays.1', message: 'Write the date as YYYY-MM-DD, e.g. 2026-03-31' }
    ])
    expect((await fail(ctx, 'flow.setCalendar', { productId: 999, weekendsOff: true, nonWorkingDays: [] })).code).toBe(
      'not_found'
    )
  })
})

describe('saved forecasts', () => {
  it('saves, lists newest first, filters by question, and deletes', async () => {
    const { ctx } = await openTestContext()
    const { product } = await productWithStates(ctx)
    const first = await call<SavedForecast>(ctx, 'forecasts.save', when20(product.id, '2025-02-01', 30))
    const second = await call<SavedForecast>(ctx, 'forecasts.save', when20(product.id, '2025-03-01', 26))
    const other = await call(ctx, 'forecasts.save', {
      productId: product.id,
      question: 'how-many',
      questionKey: 'how-many:by=2025-06-30',
      label: 'By the end of June',
      inputs: { windowDays: 60, trials: 1000, seed: 0, days: 40, targetDate: '2025-06-30', startDate: '2025-05-01' },
      result: {
        percentiles: { 50: 40, 70: 36, 85: 33, 95: 29 },
        histogram: [{ x: 33, count: 1000 }],
        probabilityOfTarget: 0.42
      }
    })
    expect(first).toMatchObject({
      productId: product.id,
      question: 'when',
      questionKey: 'when:items=20',
      label: '20 items as of 2025-02-01'
    })
    expect(first.inputs).toEqual(when20(product.id, '2025-02-01', 30).inputs)
    expect(first.result).toEqual(when20(product.id, '2025-02-01', 30).result)

    const all = await call(ctx, 'forecasts.list', { productId: product.id })
    expect(all.map((f) => f.id)).toEqual([other.id, second.id, first.id])
    expect(all[0]).toEqual(other)
    const when = await call(ctx, 'forecasts.list', { productId: product.id, questionKey: 'when:items=20' })
    expect(when.map((f) => f.result.percentiles[85])).toEqual([26, 30])

    expect(await call(ctx, 'forecasts.delete', { id: second.id })).toEqual({ deleted: second.id })
    expect((await call(ctx, 'forecasts.list', { productId: product.id })).map((f) => f.id)).toEqual([
      other.id,
      first.id
    ])
    expect((await fail(ctx, 'forecasts.delete', { id: second.id })).code).toBe('not_found')
  })

  it('validates the inputs and the result on the way in', async () => {
    const { ctx } = await openTestContext()
    const { product } = await productWithStates(ctx)
    const noDays = await fail(ctx, 'forecasts.save', {
      ...when20(product.id, '2025-02-01', 30),
      question: 'how-many',
      questionKey: 'how-many:by=2025-06-30'
    })
    expect(noDays.issues).toContainEqual({
      path: 'inputs.days',
      message: 'A "how many" forecast needs the number of working days'
    })
    const badSeed = await fail(ctx, 'forecasts.save', {
      ...when20(product.id, '2025-02-01', 30),
      inputs: { ...when20(product.id, '2025-02-01', 30).inputs, seed: -1 }
    })
    expect(badSeed.issues).toContainEqual({ path: 'inputs.seed', message: 'The seed must be 0 or more' })
    const badRate = await fail(ctx, 'forecasts.save', {
      ...when20(product.id, '2025-02-01', 30),
      inputs: { ...when20(product.id, '2025-02-01', 30).inputs, scopeGrowth: { ratePerItemDone: 1 } }
    })
    expect(badRate.issues?.[0]?.path).toBe('inputs.scopeGrowth.ratePerItemDone')
    const badProbability = await fail(ctx, 'forecasts.save', {
      ...when20(product.id, '2025-02-01', 30),
      result: { ...when20(product.id, '2025-02-01', 30).result, probabilityOfTarget: 1.5 }
    })
    expect(badProbability.issues?.[0]?.path).toBe('result.probabilityOfTarget')
    expect((await fail(ctx, 'forecasts.save', when20(999, '2025-02-01', 30))).code).toBe('not_found')
    expect(await call(ctx, 'forecasts.list', { productId: product.id })).toEqual([])
  })
})

describe('deleting a product', () => {
  it('removes its calendar and saved forecasts', async () => {
    const { ctx } = await openTestContext()
    const { product } = await productWithStates(ctx)
    const { product: kept } = await productWithStates(ctx, 'Kept product')
    for (const id of [product.id, kept.id]) {
      await call(ctx, 'flow.setCalendar', { productId: id, weekendsOff: true, nonWorkingDays: ['2025-05-01'] })
      await call(ctx, 'forecasts.save', when20(id, '2025-02-01', 30))
    }
    await call(ctx, 'products.delete', { id: product.id, confirmName: 'Flow product' })
    const conn = readConnection(ctx.databaseFile)
    const count = (table: string) =>
      conn.prepare(`SELECT product_id, count(*) AS n FROM ${table} GROUP BY product_id`).all() as Array<{
        product_id: number
        n: number
      }>
    expect(count('flow_calendars')).toEqual([{ product_id: kept.id, n: 1 }])
    expect(count('saved_forecasts')).toEqual([{ product_id: kept.id, n: 1 }])
  })
})

describe('the sample product', () => {
  it('has a calendar with days off, two saved forecasts of one question, and history enough for a sensible forecast', async () => {
    const { ctx } = await openTestContext({ sample: true })
    const [sample] = await call(ctx, 'products.list', {})
    const data = await call(ctx, 'flow.data', { productId: sample!.id })

    expect(data.calendar.weekendsOff).toBe(true)
    expect(data.calendar.nonWorkingDays).toHaveLength(3)
    const window = lastDays(data.today, 90)
    const holidays = data.calendar.nonWorkingDays
    // Weekdays, two inside the history window, and no item finished on them.
    expect(holidays.every((day) => isWorkingDay({ weekendsOff: true, nonWorkingDays: [] }, day))).toBe(true)
    expect(holidays.filter((day) => day >= window.from && day <= window.to)).toHaveLength(2)
    expect(data.items.some((item) => item.finishedOn !== null && holidays.includes(item.finishedOn))).toBe(false)

    const finished = data.items.filter((i) => i.finishedOn !== null)
    expect(finished.length).toBeGreaterThanOrEqual(100)
    expect(
      finished.every((i) => i.stateCategory === 'done' && i.startedOn !== null && i.startedOn <= i.finishedOn!)
    ).toBe(true)
    const series = countPerDay(
      finished.map((i) => i.finishedOn!),
      window,
      data.calendar
    ).map((d) => d.count)
    const forecast = forecastWhen({ dailyThroughput: series, items: 20, trials: 10_000, seed: 1 })
    if (!forecast.ok) throw new Error(forecast.reason)
    // About 1.5 items per working day: 20 items take two to four weeks.
    expect(forecast.percentiles[50]).toBeGreaterThanOrEqual(8)
    expect(forecast.percentiles[95]).toBeLessThanOrEqual(25)
    const dates = percentileDates(forecast.percentiles, data.calendar, forecastStart(data.today))
    expect(Object.values(dates).every((d) => d !== null && !holidays.includes(d))).toBe(true)

    const saved = await call(ctx, 'forecasts.list', {
      productId: sample!.id,
      questionKey: forecastQuestionKey({ question: 'when', items: 20, throughItemId: null })
    })
    expect(saved).toHaveLength(2)
    expect(saved[0]!.createdAt > saved[1]!.createdAt).toBe(true)
    expect(saved[0]!.inputs.startDate > saved[1]!.inputs.startDate).toBe(true)
    for (const forecast of saved) {
      expect(forecast.result.percentiles[85]).toBeGreaterThan(0)
      expect(forecast.result.percentileDates![85]! >= forecast.inputs.startDate).toBe(true)
    }
  })
})
