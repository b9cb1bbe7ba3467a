import { describe, expect, it } from 'vitest'
import type { BacklogItem, ProductDocument } from '@shared/api'
import type { Sprint } from '@shared/api/methods/sprints'
import type { AppContext } from '../../src/main/app/context'
import { call, fail, openTestContext, readConnection } from './helpers/temp'

const VISION_TABLES = [
  'vision_versions',
  'product_goals',
  'item_goal_links',
  'sprints',
  'sprint_items',
  'okr_objectives',
  'okr_key_results',
  'roadmap_placements',
  'roadmap_rows'
]

async function productWithItems(ctx: AppContext, name = 'Lanes') {
  const product = await call(ctx, 'products.create', { name })
  const estimates = [5, 3, null, 8, 2, 13]
  const items: BacklogItem[] = []
  for (const [i, estimate] of estimates.entries()) {
    items.push(
      await call(ctx, 'backlog.create', {
        productId: product.id,
        title: `As a swimmer, I want thing ${i + 1}`,
        estimate
      })
    )
  }
  return { product, items }
}

const goal = (ctx: AppContext, productId: number, title: string) =>
  call(ctx, 'goals.create', {
    productId,
    title,
    measure: 'Share of bookings made online',
    baseline: '20%',
    target: '60%',
    targetDate: '2025-09-30'
  })

describe('vision versions', () => {
  it('keeps every save as a version with its reason, and compares two versions word by word', async () => {
    const { ctx } = await openTestContext()
    const { product } = await productWithItems(ctx)
    const empty = await call(ctx, 'vision.get', { productId: product.id })
    expect(empty.latest).toBeNull()
    expect(empty.content.board.vision).toBe('')
    expect(await fail(ctx, 'vision.save', { productId: product.id, content: {}, reason: 'Start' })).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/at least one field/)
    })

    const first = await call(ctx, 'vision.save', {
      productId: product.id,
      content: {
        pitch: { targetCustomer: 'lane swimmers', productName: 'Lanes' },
        board: { vision: 'Everyone in town can swim' }
      },
      reason: 'First draft after the kick-off'
    })
    expect(first).toMatchObject({
      number: 1,
      reason: 'First draft after the kick-off',
      changedFields: ['pitch.targetCustomer', 'pitch.productName', 'board.vision']
    })
    expect(first.content.box.tagline).toBe('')

    const same = await fail(ctx, 'vision.save', { productId: product.id, content: first.content, reason: 'Again' })
    expect(same).toMatchObject({
      code: 'conflict',
      message: 'Nothing changed since version 1; change a field before saving a new version.'
    })

    const content = structuredClone(first.content)
    content.board.vision = 'Everyone in town can afford a swim'
    content.pitch.targetCustomer = 'parents'
    const second = await call(ctx, 'vision.save', {
      productId: product.id,
      content,
      reason: 'Interviews: parents book'
    })
    expect(second).toMatchObject({ number: 2, changedFields: ['pitch.targetCustomer', 'board.vision'] })

    const state = await call(ctx, 'vision.get', { productId: product.id })
    expect(state.content).toEqual(content)
    expect(state.latest?.id).toBe(second.id)
    const versions = await call(ctx, 'vision.versions', { productId: product.id })
    expect(versions.map((v) => [v.number, v.reason])).toEqual([
      [2, 'Interviews: parents book'],
      [1, 'First draft after the kick-off']
    ])
    expect(await call(ctx, 'vision.version', { id: first.id })).toEqual(first)

    const comparison = await call(ctx, 'vision.compare', { fromVersionId: first.id, toVersionId: second.id })
    expect(comparison.from.number).toBe(1)
    expect(comparison.fields.filter((f) => f.changed).map((f) => f.key)).toEqual([
      'pitch.targetCustomer',
      'board.vision'
    ])
    expect(comparison.fields.find((f) => f.key === 'pitch.targetCustomer')!.segments).toEqual([
      { kind: 'removed', text: 'lane swimmers' },
      { kind: 'added', text: 'parents' }
    ])
    expect(comparison.fields.find((f) => f.key === 'board.vision')!.segments).toEqual([
      { kind: 'same', text: 'Everyone in town can ' },
      { kind: 'added', text: 'afford a ' },
      { kind: 'same', text: 'swim' }
    ])

    const other = await productWithItems(ctx, 'Other')
    const foreign = await call(ctx, 'vision.save', {
      productId: other.product.id,
      content: { board: { vision: 'x' } },
      reason: 'r'
    })
    expect(await fail(ctx, 'vision.compare', { fromVersionId: first.id, toVersionId: foreign.id })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'toVersionId', message: 'This version belongs to another product' }]
    })
    expect(await fail(ctx, 'vision.version', { id: 999 })).toMatchObject({ code: 'not_found' })
    expect(await fail(ctx, 'vision.get', { productId: 999 })).toMatchObject({ code: 'not_found' })
  })
})

describe('Product Goals', () => {
  it('keeps one goal active at a time and explains why; goals end achieved or abandoned with a reason', async () => {
    const { ctx } = await openTestContext()
    const { product } = await productWithItems(ctx)
    const online = await goal(ctx, product.id, 'Half of bookings online')
    const noShows = await goal(ctx, product.id, 'Fewer no-shows')
    expect(online).toMatchObject({
      status: 'draft',
      endReason: null,
      activatedAt: null,
      targetDate: '2025-09-30',
      itemIds: []
    })

    const active = await call(ctx, 'goals.activate', { id: online.id })
    expect(active.status).toBe('active')
    expect(active.activatedAt).not.toBeNull()

    const second = await fail(ctx, 'goals.activate', { id: noShows.id })
    expect(second.code).toBe('conflict')
    expect(second.message).toBe(
      '“Half of bookings online” is the active Product Goal. A Scrum Team pursues one Product Goal at a time, so everyone ' +
        'knows what the backlog is for: mark it achieved or abandon it, with a reason, before starting the next (Scrum Guide 2020, “Commitment: Product Goal”).'
    )
    expect(await fail(ctx, 'goals.achieve', { id: noShows.id, reason: 'r' })).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/Only the active Product Goal/)
    })
    expect(await fail(ctx, 'goals.delete', { id: online.id })).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/achieve or abandon it/)
    })

    const achieved = await call(ctx, 'goals.achieve', { id: online.id, reason: '62% of bookings online in June' })
    expect(achieved).toMatchObject({ status: 'achieved', endReason: '62% of bookings online in June' })
    expect(achieved.endedAt).not.toBeNull()
    expect(await fail(ctx, 'goals.activate', { id: online.id })).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/stays in the history/)
    })
    expect(await fail(ctx, 'goals.abandon', { id: online.id, reason: 'r' })).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/already ended as achieved/)
    })

    await call(ctx, 'goals.activate', { id: noShows.id })
    const abandoned = await call(ctx, 'goals.abandon', { id: noShows.id, reason: 'The council now runs reminders' })
    expect(abandoned).toMatchObject({ status: 'abandoned', endReason: 'The council now runs reminders' })

    const draft = await goal(ctx, product.id, 'Shorter queues')
    const edited = await call(ctx, 'goals.update', {
      id: draft.id,
      patch: { title: 'Shorter queues at reception', targetDate: null }
    })
    expect(edited).toMatchObject({ title: 'Shorter queues at reception', targetDate: null, status: 'draft' })
    const list = await call(ctx, 'goals.list', { productId: product.id })
    expect(list.map((g) => [g.title, g.status])).toEqual([
      ['Shorter queues at reception', 'draft'],
      ['Fewer no-shows', 'abandoned'],
      ['Half of bookings online', 'achieved']
    ])
    expect(await call(ctx, 'goals.delete', { id: draft.id })).toEqual({ deleted: draft.id })
    expect(await fail(ctx, 'goals.update', { id: draft.id, patch: { title: 'x' } })).toMatchObject({
      code: 'not_found'
    })
  })

  it('links items to goals and measures the alignment of the top items with the active goal', async () => {
    const { ctx } = await openTestContext()
    const { product, items } = await productWithItems(ctx)
    const online = await goal(ctx, product.id, 'Half of bookings online')
    const noShows = await goal(ctx, product.id, 'Fewer no-shows')
    const empty = await goal(ctx, product.id, 'Nobody works on this')
    await call(ctx, 'goals.activate', { id: online.id })

    // Items: 1 (5) online, 2 (3) none, 3 (unestimated) online, 4 (8) no-shows, 5 (2) online but done, 6 (13) none.
    await call(ctx, 'goals.linkItems', { goalId: noShows.id, itemIds: [items[0]!.id, items[3]!.id] })
    const linked = await call(ctx, 'goals.linkItems', {
      goalId: online.id,
      itemIds: [items[4]!.id, items[0]!.id, items[2]!.id, items[0]!.id]
    })
    // An item serves one goal: linking item 1 to the active goal moved it; ids come in backlog order.
    expect(linked.itemIds).toEqual([items[0]!.id, items[2]!.id, items[4]!.id])
    const states = await call(ctx, 'workflow.list', { productId: product.id })
    await call(ctx, 'backlog.update', {
      id: items[4]!.id,
      patch: { stateId: states.find((s) => s.category === 'done')!.id },
      confirmDone: true
    })

    const alignment = await call(ctx, 'goals.alignment', { productId: product.id, top: 4 })
    expect(alignment.activeGoal?.id).toBe(online.id)
    expect(alignment).toMatchObject({
      topCount: 4,
      topServingActive: 2,
      itemShare: 0.5,
      topEffort: 16,
      topEffortServingActive: 5,
      topUnestimated: 1,
      unlinkedCount: 2
    })
    expect(alignment.effortShare).toBeCloseTo(5 / 16)
    expect(alignment.top.map((i) => i.id)).toEqual([items[0]!.id, items[1]!.id, items[2]!.id, items[3]!.id])
    expect(alignment.unlinkedItems.map((i) => [i.id, i.position])).toEqual([
      [items[1]!.id, 2],
      [items[5]!.id, 5]
    ])
    expect(alignment.goalsWithoutItems.map((g) => g.id)).toEqual([empty.id])
    expect(alignment.summary).toBe(
      '2 of the top 4 items (50%) and 31% of their estimated effort serve “Half of bookings online”.'
    )
    expect((await call(ctx, 'goals.alignment', { productId: product.id })).topCount).toBe(5)

    expect(
      await call(ctx, 'goals.unlinkItems', { productId: product.id, itemIds: [items[0]!.id, items[1]!.id] })
    ).toEqual({ unlinked: 1 })
    const other = await productWithItems(ctx, 'Other')
    expect(await fail(ctx, 'goals.linkItems', { goalId: online.id, itemIds: [other.items[0]!.id] })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'itemIds.0', message: `No backlog item ${other.items[0]!.id} in this product` }]
    })
    await call(ctx, 'goals.achieve', { id: online.id, reason: 'Done' })
    expect(await fail(ctx, 'goals.linkItems', { goalId: online.id, itemIds: [items[1]!.id] })).toMatchObject({
      code: 'conflict'
    })
    expect((await call(ctx, 'goals.alignment', { productId: product.id })).summary).toMatch(/No Product Goal is active/)

    // A deleted item drops out of the goal; restoring it brings the link back.
    await call(ctx, 'backlog.delete', { id: items[3]!.id })
    expect(
      (await call(ctx, 'goals.list', { productId: product.id })).find((g) => g.id === noShows.id)!.itemIds
    ).toEqual([])
    await call(ctx, 'backlog.restore', { id: items[3]!.id })
    expect(
      (await call(ctx, 'goals.list', { productId: product.id })).find((g) => g.id === noShows.id)!.itemIds
    ).toEqual([items[3]!.id])
  })
})

describe('Sprints', () => {
  it('keeps Sprint Goals with their outcome and reports achievement across Sprints', async () => {
    const { ctx } = await openTestContext()
    const { product, items } = await productWithItems(ctx)
    const online = await goal(ctx, product.id, 'Half of bookings online')
    const outcomes = ['met', 'met', 'partly', 'not', 'met', null] as const
    const sprints: Sprint[] = []
    for (const [i, outcome] of outcomes.entries()) {
      const start = `2025-0${1 + Math.floor(i / 2)}-${i % 2 === 0 ? '01' : '15'}`
      const end = `2025-0${1 + Math.floor(i / 2)}-${i % 2 === 0 ? '14' : '28'}`
      const sprint = await call(ctx, 'sprints.create', {
        productId: product.id,
        name: `Sprint ${i + 1}`,
        startDate: start,
        endDate: end,
        goal: `Goal ${i + 1}`,
        productGoalId: online.id,
        itemIds: [items[i]!.id]
      })
      sprints.push(
        outcome
          ? await call(ctx, 'sprints.update', { id: sprint.id, patch: { outcome, reviewNotes: `Review ${i + 1}` } })
          : sprint
      )
    }
    expect(sprints[2]).toMatchObject({
      outcome: 'partly',
      reviewNotes: 'Review 3',
      productGoalId: online.id,
      itemIds: [items[2]!.id]
    })

    const stats = await call(ctx, 'sprints.stats', { productId: product.id })
    expect(stats).toMatchObject({
      judged: 5,
      met: 3,
      partly: 1,
      not: 1,
      recentWindow: 5,
      reliability: 'mostly-reliable'
    })
    expect(stats.achievementRate).toBeCloseTo(3.5 / 5)
    expect(stats.sentence).toMatch(/^70% achieved over the last 5 Sprints: most commitments hold\./)
    expect(stats.series.map((s) => s.name)).toEqual(['Sprint 1', 'Sprint 2', 'Sprint 3', 'Sprint 4', 'Sprint 5'])

    const moved = await call(ctx, 'sprints.update', {
      id: sprints[5]!.id,
      patch: { itemIds: [items[1]!.id, items[0]!.id], productGoalId: null }
    })
    expect(moved).toMatchObject({ itemIds: [items[0]!.id, items[1]!.id], productGoalId: null })
    expect(await fail(ctx, 'sprints.update', { id: sprints[5]!.id, patch: { endDate: '2024-12-31' } })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'patch.endDate' }]
    })
    const other = await productWithItems(ctx, 'Other')
    const foreignGoal = await goal(ctx, other.product.id, 'Elsewhere')
    expect(
      await fail(ctx, 'sprints.update', { id: sprints[5]!.id, patch: { productGoalId: foreignGoal.id } })
    ).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'patch.productGoalId' }]
    })
    expect(await call(ctx, 'sprints.delete', { id: sprints[0]!.id })).toEqual({ deleted: sprints[0]!.id })
    expect(await call(ctx, 'sprints.list', { productId: product.id })).toHaveLength(5)
  })

  it('refuses a Sprint over a month, one that overlaps another, and a started Sprint without a goal, saying why', async () => {
    const { ctx } = await openTestContext()
    const { product } = await productWithItems(ctx)
    const create = (startDate: string, endDate: string, goal = 'Members book online') => ({
      productId: product.id,
      name: `Sprint from ${startDate}`,
      startDate,
      endDate,
      goal
    })
    const first = await call<Sprint>(ctx, 'sprints.create', create('2025-03-03', '2025-03-16'))

    const long = await fail(ctx, 'sprints.create', create('2025-04-01', '2025-05-10'))
    expect(long).toMatchObject({ code: 'invalid_input', issues: [{ path: 'endDate' }] })
    expect(long.message).toContain('one month or less')
    expect(long.message).toContain('Scrum Guide 2020, “The Sprint”')

    const overlapping = await fail(ctx, 'sprints.create', create('2025-03-16', '2025-03-29'))
    expect(overlapping).toMatchObject({ code: 'invalid_input', issues: [{ path: 'startDate' }] })
    expect(overlapping.message).toContain(first.name)
    const next = await call<Sprint>(ctx, 'sprints.create', create('2025-03-17', '2025-03-30'))
    expect(await fail(ctx, 'sprints.update', { id: next.id, patch: { startDate: '2025-03-10' } })).toMatchObject({
      issues: [{ path: 'patch.startDate' }]
    })
    expect(await fail(ctx, 'sprints.update', { id: next.id, patch: { endDate: '2025-04-30' } })).toMatchObject({
      issues: [{ path: 'patch.endDate' }]
    })

    // The test clock (2025-03-12) is inside the first Sprint, so it keeps its goal; a planned Sprint gets one at Sprint Planning.
    const goalless = await fail(ctx, 'sprints.update', { id: first.id, patch: { goal: '' } })
    expect(goalless.message).toContain('Commitment: Sprint Goal')
    expect(await call<Sprint>(ctx, 'sprints.create', create('2099-01-05', '2099-01-18', ''))).toMatchObject({
      goal: ''
    })
    expect(await call(ctx, 'sprints.list', { productId: product.id })).toHaveLength(3)
  })
})

describe('OKRs and roadmaps', () => {
  it('keeps objectives with key results and their progress; editing keeps key results by id', async () => {
    const { ctx } = await openTestContext()
    const { product } = await productWithItems(ctx)
    const online = await goal(ctx, product.id, 'Half of bookings online')
    const objective = await call(ctx, 'okrs.create', {
      productId: product.id,
      title: 'Make booking effortless',
      goalId: online.id,
      keyResults: [
        { title: 'Bookings made online', baseline: 20, target: 60, current: 40, unit: '%' },
        { title: 'Minutes queuing at reception', baseline: 12, target: 4, current: 10, unit: 'min' }
      ]
    })
    expect(objective.keyResults.map((kr) => kr.progress)).toEqual([0.5, 0.25])
    expect(objective.progress).toBeCloseTo(0.375)

    const { progress: _progress, ...kept } = objective.keyResults[0]!
    const updated = await call(ctx, 'okrs.update', {
      id: objective.id,
      patch: {
        keyResults: [
          { ...kept, current: 60 },
          { title: 'Off-peak occupancy', baseline: 30, target: 50, current: 30 }
        ]
      }
    })
    expect(updated.keyResults[0]).toMatchObject({ id: kept.id, current: 60, progress: 1 })
    expect(updated.keyResults[1]).toMatchObject({ title: 'Off-peak occupancy', unit: '', progress: 0 })
    expect(updated.progress).toBe(0.5)

    const other = await call(ctx, 'okrs.create', {
      productId: product.id,
      title: 'Other',
      keyResults: [{ title: 'k', baseline: 0, target: 1, current: 0 }]
    })
    expect(
      await fail(ctx, 'okrs.update', {
        id: objective.id,
        patch: { keyResults: [{ id: other.keyResults[0]!.id, title: 'k', baseline: 0, target: 1, current: 0 }] }
      })
    ).toMatchObject({ code: 'invalid_input', issues: [{ path: 'patch.keyResults.0.id' }] })
    expect(await call(ctx, 'okrs.delete', { id: other.id })).toEqual({ deleted: other.id })
    expect(await call(ctx, 'okrs.list', { productId: product.id })).toEqual([updated])
  })

  it('places goals on a Now / Next / Later board and keeps a goal-oriented roadmap table', async () => {
    const { ctx } = await openTestContext()
    const { product } = await productWithItems(ctx)
    const [a, b, c] = [
      await goal(ctx, product.id, 'A'),
      await goal(ctx, product.id, 'B'),
      await goal(ctx, product.id, 'C')
    ]
    const board = { now: [b.id], next: [c.id, a.id], later: [] }
    expect((await call(ctx, 'roadmap.set', { productId: product.id, board })).board).toEqual(board)
    expect(
      await fail(ctx, 'roadmap.set', { productId: product.id, board: { now: [a.id], next: [a.id], later: [] } })
    ).toMatchObject({
      code: 'invalid_input',
      message: 'A goal sits in one column of the roadmap at a time.'
    })
    const other = await productWithItems(ctx, 'Other')
    const foreign = await goal(ctx, other.product.id, 'Elsewhere')
    expect(
      await fail(ctx, 'roadmap.set', { productId: product.id, board: { now: [], next: [], later: [foreign.id] } })
    ).toMatchObject({
      issues: [{ path: 'board.later.0' }]
    })

    const q3 = await call(ctx, 'roadmap.rows.create', {
      productId: product.id,
      timeframe: 'Q3 2025',
      name: 'Book online',
      goal: 'Half of bookings online',
      features: ['Lane booking', 'Card payment', 'Reminders'],
      metrics: 'Share of bookings made online',
      productGoalId: a.id
    })
    expect(q3).toMatchObject({ position: 0, warnings: [] })
    const q4 = await call(ctx, 'roadmap.rows.create', { productId: product.id, timeframe: 'Q4 2025', name: 'Lessons' })
    expect(q4.position).toBe(1)
    expect(q4.warnings).toHaveLength(3)
    const edited = await call(ctx, 'roadmap.rows.update', {
      id: q4.id,
      patch: { features: ['Progress', 'Badges', 'Waiting list'] }
    })
    expect(edited.features).toEqual(['Progress', 'Badges', 'Waiting list'])
    // An empty patch changes nothing (the API fuzz found it answering an internal error).
    expect(await call(ctx, 'roadmap.rows.update', { id: q4.id, patch: {} })).toEqual(edited)
    const reordered = await call(ctx, 'roadmap.rows.reorder', { productId: product.id, ids: [q4.id, q3.id] })
    expect(reordered.rows.map((r) => r.id)).toEqual([q4.id, q3.id])
    expect(await fail(ctx, 'roadmap.rows.reorder', { productId: product.id, ids: [q4.id] })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'ids' }]
    })

    // Deleting a goal that is on the board takes it off; rows that named it keep their text.
    await call(ctx, 'goals.delete', { id: a.id })
    const after = await call(ctx, 'roadmap.get', { productId: product.id })
    expect(after.board).toEqual({ now: [b.id], next: [c.id], later: [] })
    expect(after.rows.find((r) => r.id === q3.id)).toMatchObject({
      productGoalId: null,
      goal: 'Half of bookings online'
    })
    expect(await call(ctx, 'roadmap.rows.delete', { id: q3.id })).toEqual({ deleted: q3.id })
  })
})

/** A product with something in every vision table. */
async function fullProduct(ctx: AppContext) {
  const { product, items } = await productWithItems(ctx)
  await call(ctx, 'vision.save', {
    productId: product.id,
    content: { board: { vision: 'Swim for all' } },
    reason: 'First'
  })
  await call(ctx, 'vision.save', {
    productId: product.id,
    content: { board: { vision: 'Swim for everyone' }, box: { name: 'Lanes' } },
    reason: 'Second'
  })
  const done = await goal(ctx, product.id, 'Book online')
  await call(ctx, 'goals.activate', { id: done.id })
  await call(ctx, 'goals.achieve', { id: done.id, reason: 'Reached 60%' })
  const active = await goal(ctx, product.id, 'Fewer no-shows')
  await call(ctx, 'goals.activate', { id: active.id })
  await call(ctx, 'goals.linkItems', { goalId: active.id, itemIds: [items[1]!.id, items[0]!.id] })
  const sprint = await call(ctx, 'sprints.create', {
    productId: product.id,
    name: 'Sprint 1',
    startDate: '2025-03-03',
    endDate: '2025-03-14',
    goal: 'Reminders go out',
    productGoalId: active.id,
    itemIds: [items[0]!.id]
  })
  await call(ctx, 'sprints.update', { id: sprint.id, patch: { outcome: 'partly', reviewNotes: 'SMS only' } })
  await call(ctx, 'okrs.create', {
    productId: product.id,
    title: 'Keep lanes full',
    goalId: active.id,
    keyResults: [{ title: 'No-shows', baseline: 12, target: 4, current: 9, unit: '%' }]
  })
  await call(ctx, 'roadmap.set', { productId: product.id, board: { now: [active.id], next: [], later: [done.id] } })
  await call(ctx, 'roadmap.rows.create', {
    productId: product.id,
    timeframe: 'Q2',
    name: 'Reminders',
    goal: 'Fewer no-shows',
    features: ['SMS'],
    metrics: 'No-show rate',
    productGoalId: active.id
  })
  return product
}

describe('product level', () => {
  it('exports the vision section and imports it back to the same state', async () => {
    const { ctx } = await openTestContext()
    const product = await fullProduct(ctx)
    const original = await call(ctx, 'products.export', { productId: product.id })
    const roundTrip = async (document: ProductDocument) => {
      const fresh = await openTestContext()
      const imported = await call(fresh.ctx, 'products.import', { document })
      return {
        ctx: fresh.ctx,
        product: imported,
        document: await call(fresh.ctx, 'products.export', { productId: imported.id })
      }
    }
    const once = await roundTrip(original)
    const twice = await roundTrip(once.document)
    expect(twice.document.sections.vision).toEqual(once.document.sections.vision)
    expect(once.document.sections.vision).toEqual(original.sections.vision)

    // The imported product answers like the original.
    const goals = await call(once.ctx, 'goals.list', { productId: once.product.id })
    expect(goals.map((g) => [g.title, g.status, g.itemIds.length])).toEqual([
      ['Fewer no-shows', 'active', 2],
      ['Book online', 'achieved', 0]
    ])
    const versions = await call(once.ctx, 'vision.versions', { productId: once.product.id })
    expect(versions.map((v) => v.reason)).toEqual(['Second', 'First'])

    const broken = structuredClone(original)
    ;(broken.sections.vision as { goals: Array<{ status: string }> }).goals.forEach((g) => (g.status = 'active'))
    const refused = await fail(once.ctx, 'products.import', { document: broken })
    expect(refused.code).toBe('invalid_input')
  })

  it('deleting a product removes its vision, goals, Sprints, OKRs and roadmaps', async () => {
    const { ctx } = await openTestContext()
    const product = await fullProduct(ctx)
    const conn = readConnection(ctx.databaseFile)
    const count = (table: string) => (conn.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
    for (const table of VISION_TABLES) expect(count(table), table).toBeGreaterThan(0)
    await call(ctx, 'products.delete', { id: product.id, confirmName: product.name })
    for (const table of VISION_TABLES) expect(count(table), table).toBe(0)
  })
})

describe('sample product', () => {
  it('has a vision in two versions, an achieved and an active goal with items, Sprints, a roadmap and OKRs', async () => {
    const { ctx } = await openTestContext({ sample: true })
    const [sample] = await call(ctx, 'products.list')
    const productId = sample!.id
    const versions = await call(ctx, 'vision.versions', { productId })
    expect(versions).toHaveLength(2)
    expect(versions.every((v) => v.reason.length > 10)).toBe(true)
    const goals = await call(ctx, 'goals.list', { productId })
    expect(goals.map((g) => g.status)).toEqual(['active', 'draft', 'draft', 'achieved'])
    expect(goals[0]!.itemIds.length).toBeGreaterThan(5)
    const alignment = await call(ctx, 'goals.alignment', { productId })
    expect(alignment.itemShare).toBeGreaterThan(0.2)
    expect(alignment.itemShare).toBeLessThan(1)
    const stats = await call(ctx, 'sprints.stats', { productId })
    expect(stats.judged).toBeGreaterThanOrEqual(5)
    const sprints = await call(ctx, 'sprints.list', { productId })
    expect(sprints.every((s) => s.goal.length > 0 && s.itemIds.length > 0)).toBe(true)
    const roadmap = await call(ctx, 'roadmap.get', { productId })
    expect(roadmap.board.now).toEqual([goals[0]!.id])
    expect(roadmap.rows.every((r) => r.warnings.length === 0)).toBe(true)
    expect((await call(ctx, 'okrs.list', { productId }))[0]!.keyResults).toHaveLength(3)
  })
})
