import { describe, expect, it } from 'vitest'
import type { BacklogItem, Product, WorkflowState } from '@shared/api'
import type { FlowData } from '@shared/api/methods/flow'
import { agingWip, cycleTimes, dailyArrivals, dailyThroughput, wipPerDay } from '@shared/domain/flow'
import { openItems } from '../../src/renderer/src/features/flow/shape/release'
import { call, FIXED_NOW, openHarness } from './helpers/temp'

const DAY_MS = 86_400_000

/**
 * A product whose workflow has a removed state, and five items over three days: one shipped, one
 * still being built, one waiting, one dropped while being built, one dropped before it started.
 */
async function productWithRemovedWork() {
  let t = FIXED_NOW.getTime()
  const ctx = await openHarness(undefined, () => new Date((t += 1000)))
  const nextDay = () => (t += DAY_MS)
  const product = await call<Product>(ctx, 'products.create', { name: 'Pool booking' })
  const wontDo = await call<WorkflowState>(ctx, 'workflow.add', { productId: product.id, name: 'Won’t do', category: 'removed' })
  const states = await call<WorkflowState[]>(ctx, 'workflow.list', { productId: product.id })
  const state = (name: string) => states.find((s) => s.name === name)!.id
  const add = (title: string) => call<BacklogItem>(ctx, 'backlog.create', { productId: product.id, title, estimate: 3, placement: 'bottom' })
  const move = (item: BacklogItem, stateId: number) => call<BacklogItem>(ctx, 'backlog.update', { id: item.id, patch: { stateId }, confirmDone: true })

  const shipped = await add('As a swimmer, I want to book a lane, so that I can train')
  const building = await add('As a swimmer, I want to cancel a booking, so that my lane goes to someone else')
  const dropped = await add('As a coach, I want to print the timetable, so that I can pin it up')
  const neverStarted = await add('As a swimmer, I want a fax confirmation, so that I have paper')
  const waiting = await add('As a parent, I want to book for my child, so that they can swim')
  nextDay()
  for (const item of [shipped, building, dropped]) await move(item, state('In progress'))
  nextDay()
  await move(shipped, state('Done'))
  await move(dropped, wontDo.id)
  await move(neverStarted, wontDo.id)
  return { ctx, product, wontDo, items: { shipped, building, dropped, neverStarted, waiting } }
}

describe('removed work in flow.data', () => {
  it('is listed with its state but is not throughput, cycle time, WIP, aging WIP, an arrival or open work', async () => {
    const { ctx, product, items } = await productWithRemovedWork()
    const data = await call<FlowData>(ctx, 'flow.data', { productId: product.id })
    const byId = new Map(data.items.map((i) => [i.id, i]))
    expect(byId.get(items.dropped.id)).toMatchObject({ state: 'Won’t do', stateCategory: 'removed', startedOn: '2025-03-13', finishedOn: null })
    expect(byId.get(items.neverStarted.id)).toMatchObject({ stateCategory: 'removed', startedOn: null, finishedOn: null })

    const window = { from: '2025-03-12', to: data.today }
    expect(data.today).toBe('2025-03-14')
    expect(dailyThroughput(data.items, window).map((d) => d.count)).toEqual([0, 0, 1])
    expect(cycleTimes(data.items).map((p) => p.id)).toEqual([items.shipped.id])
    // Shipped counts on its start and finish days, Building from its start; Dropped never.
    expect(wipPerDay(data.items, window).map((d) => d.count)).toEqual([0, 2, 2])
    const aging = agingWip(data.items, ['In progress', 'In review'], data.today, cycleTimes(data.items))
    expect(aging.columns.flatMap((c) => c.items.map((i) => i.id))).toEqual([items.building.id])
    expect(dailyArrivals(data.items, window).map((d) => d.count)).toEqual([3, 0, 0])
    expect(openItems(data.items).map((i) => i.id)).toEqual([items.building.id, items.waiting.id])
  })
})
