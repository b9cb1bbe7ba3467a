import { describe, expect, it } from 'vitest'
import type { BacklogItem } from '@shared/api'
import { agingWip, cycleTimes, dailyArrivals, dailyThroughput, wipPerDay } from '@shared/domain/flow'
import { openItems } from '../../src/renderer/src/features/flow/shape/release'
import { call, fail, FIXED_NOW, openHarness } from './helpers/temp'

const DAY_MS = 86_400_000

/**
 * A product whose workflow has a removed state, and five items over three days: one shipped, one
 * still being built, one waiting, one dropped while being built, one dropped before it started.
 */
async function productWithRemovedWork() {
  let t = FIXED_NOW.getTime()
  const ctx = await openHarness(undefined, () => new Date((t += 1000)))
  const nextDay = () => (t += DAY_MS)
  const product = await call(ctx, 'products.create', { name: 'Pool booking' })
  const wontDo = await call(ctx, 'workflow.add', { productId: product.id, name: 'Won’t do', category: 'removed' })
  const states = await call(ctx, 'workflow.list', { productId: product.id })
  const state = (name: string) => states.find((s) => s.name === name)!.id
  const add = (title: string) =>
    call(ctx, 'backlog.create', { productId: product.id, title, estimate: 3, placement: 'bottom' })
  const move = (item: BacklogItem, stateId: number) => call(ctx, 'backlog.update', { id: item.id, patch: { stateId } })

  const shipped = await add('As a swimmer, I want to book a lane, so that I can train')
  const building = await add('As a swimmer, I want to cancel a booking, so that my lane goes to someone else')
  const dropped = await add('As a coach, I want to print the timetable, so that I can pin it up')
  const neverStarted = await add('As a swimmer, I want a fax confirmation, so that I have paper')
  const waiting = await add('As a parent, I want to book for my child, so that they can swim')
  nextDay()
  for (const item of [shipped, building, dropped]) await move(item, state('In progress'))
  nextDay()
  await call(ctx, 'backlog.update', { id: shipped.id, patch: { stateId: state('Done') }, confirmDone: true })
  // Removing work claims nothing about the Definition of Done, so nothing is asked, in one update or in bulk.
  await move(dropped, wontDo.id)
  await call(ctx, 'backlog.bulkUpdate', { ids: [neverStarted.id], patch: { stateId: wontDo.id } })
  return { ctx, product, wontDo, items: { shipped, building, dropped, neverStarted, waiting } }
}

describe('removed work in flow.data', () => {
  it('is listed with its state but is not throughput, cycle time, WIP, aging WIP, an arrival or open work', async () => {
    const { ctx, product, items } = await productWithRemovedWork()
    const data = await call(ctx, 'flow.data', { productId: product.id })
    const byId = new Map(data.items.map((i) => [i.id, i]))
    expect(byId.get(items.dropped.id)).toMatchObject({
      state: 'Won’t do',
      stateCategory: 'removed',
      startedOn: '2025-03-13',
      finishedOn: null
    })
    expect(byId.get(items.neverStarted.id)).toMatchObject({
      stateCategory: 'removed',
      startedOn: null,
      finishedOn: null
    })

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

describe('removed work elsewhere', () => {
  it('is not open work in DEEP health, ordering, goal alignment, persona matching or the practice snapshot', async () => {
    const { ctx, product, items } = await productWithRemovedWork()
    const open = [items.building.id, items.waiting.id]

    const health = await call(ctx, 'backlog.health', { productId: product.id })
    expect(health.openCount).toBe(2)
    const positions = new Map(health.items.map((i) => [i.id, i.position]))
    for (const id of [items.dropped.id, items.neverStarted.id]) expect(positions.get(id) ?? null).toBeNull()

    // Ordering scores items not started yet: the waiting one, never a removed one.
    expect((await call(ctx, 'ordering.board', { productId: product.id })).items.map((i) => i.id)).toEqual([
      items.waiting.id
    ])
    const refused = await fail(ctx, 'ordering.setScores', { itemId: items.neverStarted.id, scores: { value: 5 } })
    expect(refused).toMatchObject({
      code: 'conflict',
      message: `Item ${items.neverStarted.id} is removed; scores are for items not started yet, whose order still matters.`
    })

    const goal = await call(ctx, 'goals.create', { productId: product.id, title: 'Most bookings online' })
    await call(ctx, 'goals.activate', { id: goal.id })
    await call(ctx, 'goals.linkItems', { goalId: goal.id, itemIds: [items.dropped.id, items.waiting.id] })
    const alignment = await call(ctx, 'goals.alignment', { productId: product.id })
    expect(alignment.top.map((i) => i.id)).toEqual(open)
    expect(alignment).toMatchObject({ topCount: 2, topServingActive: 1, unlinkedCount: 1 })
    expect(alignment.unlinkedItems.map((i) => i.id)).toEqual([items.building.id])

    const stories = await call(ctx, 'personas.unmatchedStories', { productId: product.id })
    expect(stories.checked).toBe(2)

    const entry = await call(ctx, 'practice.entries.create', {
      productId: product.id,
      targetKey: 'pspo/backlog',
      experiments: [],
      plan: 'Keep the backlog lean'
    })
    const snapshot = await call(ctx, 'practice.evidence.add', { entryId: entry.id, kind: 'backlog' })
    expect(snapshot.snapshot?.lines).toContainEqual({ label: 'Open items', value: '2' })
  })

  it('keeps its state and category through a product export and import', async () => {
    const { ctx, product, wontDo, items } = await productWithRemovedWork()
    const document = await call(ctx, 'products.export', { productId: product.id })
    const copy = await call(ctx, 'products.import', { document, name: 'Pool booking (copy)' })
    const states = await call(ctx, 'workflow.list', { productId: copy.id })
    expect(states.at(-1)).toMatchObject({ name: wontDo.name, category: 'removed' })
    const copied = await call(ctx, 'backlog.list', { productId: copy.id })
    const removedTitles = copied.filter((i) => i.stateId === states.at(-1)!.id).map((i) => i.title)
    expect(removedTitles).toEqual([items.dropped.title, items.neverStarted.title])
    const data = await call(ctx, 'flow.data', { productId: copy.id })
    expect(data.items.filter((i) => i.finishedOn !== null).map((i) => i.title)).toEqual([items.shipped.title])
  })

  it('never makes it the start of new work, wherever a removed state sits in the workflow', async () => {
    const { ctx, product, wontDo, items } = await productWithRemovedWork()
    const states = await call(ctx, 'workflow.list', { productId: product.id })
    await call(ctx, 'workflow.reorder', {
      productId: product.id,
      stateIds: [wontDo.id, ...states.filter((s) => s.id !== wontDo.id).map((s) => s.id)]
    })
    const created = await call(ctx, 'backlog.create', {
      productId: product.id,
      title: 'As a swimmer, I want lane news, so that I plan'
    })
    const { children } = await call(ctx, 'backlog.split', {
      itemId: items.waiting.id,
      pattern: 'workflow-steps',
      children: [{ title: 'Book for one child' }, { title: 'Book for siblings' }]
    })
    const firstTodo = states.find((s) => s.category === 'todo')!.id
    expect([created, ...children].map((i) => i.stateId)).toEqual([firstTodo, firstTodo, firstTodo])
  })

  it('goes out in a CSV export with the days it started and was removed, and comes back into a removed state', async () => {
    const { ctx, product, items } = await productWithRemovedWork()
    const file = await call(ctx, 'export.csv', { productId: product.id })
    const target = await call(ctx, 'products.create', { name: 'Pool booking again' })
    const cancelled = await call(ctx, 'workflow.add', { productId: target.id, name: 'Cancelled', category: 'removed' })
    const states = await call(ctx, 'workflow.list', { productId: target.id })
    // Our export names the status "Won’t do"; mapped to this product's removed state by the user.
    await call(ctx, 'import.commit', {
      productId: target.id,
      format: 'csv',
      csv: file.text,
      states: { 'Won’t do': 'Cancelled' }
    })
    const imported = await call(ctx, 'backlog.list', { productId: target.id })
    const dropped = imported.find((i) => i.title === items.dropped.title)!
    expect(dropped.stateId).toBe(cancelled.id)
    const history = await call(ctx, 'backlog.history', { id: dropped.id })
    const firstOf = (category: string) => states.find((s) => s.category === category)!.id
    expect(history.map((h) => [h.toStateId, h.changedAt.slice(0, 10)])).toEqual([
      [firstOf('todo'), '2025-03-12'],
      [firstOf('in_progress'), '2025-03-13'],
      [cancelled.id, '2025-03-14']
    ])
  })

  it('comes in from a Jira export whose cancelled work sits in the Done category', async () => {
    const { ctx, product, wontDo } = await productWithRemovedWork()
    const csv = [
      'Summary,Issue key,Issue Type,Status,Status Category,Created,Resolved',
      'Fax the timetable,POOL-1,Story,Cancelled,Done,03/Mar/25 9:00 AM,05/Mar/25 4:00 PM',
      'Email the timetable,POOL-2,Story,Done,Done,03/Mar/25 9:00 AM,06/Mar/25 4:00 PM'
    ].join('\n')
    const preview = await call(ctx, 'import.preview', { productId: product.id, format: 'jira', csv })
    expect(preview.rows.map((r) => r.state)).toEqual([wontDo.name, 'Done'])
    expect(preview.counts).toMatchObject({ create: 2, removed: 1 })
    await call(ctx, 'import.commit', { productId: product.id, format: 'jira', csv })
    const data = await call(ctx, 'flow.data', { productId: product.id })
    const finished = data.items.filter((i) => i.finishedOn !== null).map((i) => [i.title, i.finishedOn])
    expect(finished).toEqual([
      ['As a swimmer, I want to book a lane, so that I can train', '2025-03-14'],
      ['Email the timetable', '2025-03-06']
    ])
  })
})
