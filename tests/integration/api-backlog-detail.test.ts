import { describe, expect, it } from 'vitest'
import type { BacklogItem, ProductDocument } from '@shared/api'
import type { AppContext } from '../../src/main/app/context'
import { call, fail, openTestContext } from './helpers/temp'

async function setUp() {
  const { ctx } = await openTestContext()
  const product = await call(ctx, 'products.create', { name: 'Pool booking' })
  return { ctx, product, ...helpers(ctx, product.id) }
}

function helpers(ctx: AppContext, productId: number) {
  return {
    add: (title: string, extra: Record<string, unknown> = {}) =>
      call(ctx, 'backlog.create', { productId, title, ...extra }),
    update: (id: number, patch: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      call<BacklogItem>(ctx, 'backlog.update', { id, patch, ...extra }),
    detail: (id: number) => call(ctx, 'backlog.detail', { id }),
    states: () => call(ctx, 'workflow.list', { productId }),
    list: () => call(ctx, 'backlog.list', { productId })
  }
}

describe('item detail', () => {
  it('keeps acceptance criteria in the order given, replacing the list on each save', async () => {
    const { add, update, detail, list } = await setUp()
    const item = await add('As a swimmer, I want to cancel a booking, so that my place goes to someone else')
    const criteria = [
      'Given a booking two hours away, when I cancel it, then my money returns to my account',
      'The place is offered to the waiting list'
    ]
    const saved = await update(item.id, { criteria })
    expect(saved.criteriaCount).toBe(2)
    expect((await detail(item.id)).criteria.map((c) => c.text)).toEqual(criteria)
    await update(item.id, { criteria: [criteria[1], criteria[0], '  Cancelling is refused within two hours  '] })
    expect((await detail(item.id)).criteria.map((c) => c.text)).toEqual([
      criteria[1],
      criteria[0],
      'Cancelling is refused within two hours'
    ])
    expect((await list())[0]!.criteriaCount).toBe(3)
    await update(item.id, { criteria: [] })
    expect((await detail(item.id)).criteria).toEqual([])
  })

  it('builds epic → feature → story, refusing wrong levels, self-parents and other products; children roll up', async () => {
    const { ctx, add, update, detail } = await setUp()
    const epic = await add('Memberships', { type: 'epic' })
    const feature = await add('Family accounts', { type: 'feature', estimate: 20 })
    const story = await add('Add a second guardian', { estimate: 3 })
    const other = await add('Pause a membership', { estimate: 5 })
    const bare = await add('Unestimated story')

    expect((await update(feature.id, { parentId: epic.id })).parentId).toBe(epic.id)
    await update(story.id, { parentId: feature.id })
    await update(other.id, { parentId: feature.id })
    await update(bare.id, { parentId: epic.id })

    const epicDetail = await detail(epic.id)
    expect(epicDetail.children.map((c) => c.title)).toEqual(['Family accounts', 'Unestimated story'])
    // The feature counts through its children (3 + 5), not its own coarse 20.
    expect(epicDetail.rollUp).toEqual({ points: 8, unestimated: 1 })
    expect((await detail(feature.id)).rollUp).toEqual({ points: 8, unestimated: 0 })
    expect((await detail(story.id)).parent).toMatchObject({ id: feature.id, title: 'Family accounts', type: 'feature' })
    expect((await detail(story.id)).rollUp).toBeNull()

    // A cycle would need a lower level to hold a higher one, which the levels refuse.
    const cycle = await fail(ctx, 'backlog.update', { id: epic.id, patch: { parentId: story.id } })
    expect(cycle.code).toBe('invalid_input')
    expect(cycle.message).toMatch(/epic is the top level/)
    expect(cycle.issues?.[0]?.path).toBe('patch.parentId')
    const sideways = await fail(ctx, 'backlog.update', { id: other.id, patch: { parentId: story.id } })
    expect(sideways.message).toContain('A story cannot hold a story')
    const self = await fail(ctx, 'backlog.update', { id: feature.id, patch: { parentId: feature.id } })
    expect(self.message).toBe('An item cannot be its own parent.')
    // Changing a type must keep the children fitting, and the parent too.
    const demoted = await fail(ctx, 'backlog.update', { id: feature.id, patch: { type: 'story' } })
    expect(demoted).toMatchObject({ code: 'invalid_input', issues: [{ path: 'patch.type' }] })
    expect((await fail(ctx, 'backlog.update', { id: story.id, patch: { type: 'epic' } })).issues?.[0]?.path).toBe(
      'patch.type'
    )

    const elsewhere = await call(ctx, 'products.create', { name: 'Other product' })
    const foreign = await helpers(ctx, elsewhere.id).add('Foreign epic', { type: 'epic' })
    expect(
      (await fail(ctx, 'backlog.update', { id: feature.id, patch: { parentId: foreign.id } })).issues?.[0]?.path
    ).toBe('patch.parentId')

    expect((await update(story.id, { parentId: null })).parentId).toBeNull()
  })

  it('links blockers both ways, refusing self-links and cycles, and counts only unfinished blockers', async () => {
    const { ctx, add, update, detail, states, list } = await setUp()
    const [a, b, c] = [await add('Index sessions'), await add('Load test'), await add('Go live')]
    await call(ctx, 'backlog.link', { blockerId: a.id, blockedId: b.id })
    await call(ctx, 'backlog.link', { blockerId: b.id, blockedId: c.id })
    await call(ctx, 'backlog.link', { blockerId: a.id, blockedId: b.id })
    expect((await detail(a.id)).blocks.map((i) => i.title)).toEqual(['Load test'])
    expect((await detail(b.id)).blockedBy).toEqual([expect.objectContaining({ title: 'Index sessions', done: false })])
    expect((await list()).map((i) => i.blockedByCount)).toEqual([0, 1, 1])

    expect((await fail(ctx, 'backlog.link', { blockerId: a.id, blockedId: a.id })).message).toBe(
      'An item cannot block itself.'
    )
    const cycle = await fail(ctx, 'backlog.link', { blockerId: c.id, blockedId: a.id })
    expect(cycle.message).toContain('“Index sessions” already blocks “Go live”')

    const done = (await states()).find((s) => s.category === 'done')!
    await update(a.id, { stateId: done.id }, { confirmDone: true })
    expect((await detail(b.id)).blockedBy[0]!.done).toBe(true)
    expect((await list()).find((i) => i.id === b.id)!.blockedByCount).toBe(0)

    expect(await call(ctx, 'backlog.unlink', { blockerId: b.id, blockedId: c.id })).toEqual({ removed: true })
    expect(await call(ctx, 'backlog.unlink', { blockerId: b.id, blockedId: c.id })).toEqual({ removed: false })
    expect((await detail(c.id)).blockedBy).toEqual([])
  })

  it('creates labels on the fly per product, matching names whatever their case', async () => {
    const { ctx, product, add, update } = await setUp()
    const a = await add('Pay in instalments')
    const b = await add('Refund to account credit')
    expect((await update(a.id, { labels: ['payments', 'Lessons', 'PAYMENTS'] })).labels).toEqual([
      'Lessons',
      'payments'
    ])
    expect((await update(b.id, { labels: ['Payments'] })).labels).toEqual(['payments'])
    expect(await call(ctx, 'labels.list', { productId: product.id })).toEqual([
      { id: expect.any(Number), name: 'Lessons', itemCount: 1 },
      { id: expect.any(Number), name: 'payments', itemCount: 2 }
    ])
    await call(ctx, 'backlog.delete', { id: b.id })
    expect((await call(ctx, 'labels.list', { productId: product.id })).map((l) => l.itemCount)).toEqual([1, 1])
    const other = await call(ctx, 'products.create', { name: 'Other product' })
    expect(await call(ctx, 'labels.list', { productId: other.id })).toEqual([])
  })

  it('validates estimates against the product scale: Fibonacci by default, T-shirt sizes stored as points', async () => {
    const { ctx, product, add, update } = await setUp()
    const item = await add('Sized item', { estimate: 20 })
    expect(item.estimate).toBe(20)
    const settings = await call(ctx, 'settings.update', { productId: product.id, patch: { estimateScale: 'tshirt' } })
    expect(settings).toMatchObject({ estimateScale: 'tshirt', estimateThreshold: 8 })
    const refused = await fail(ctx, 'backlog.update', { id: item.id, patch: { estimate: 20 } })
    expect(refused.issues).toEqual([
      { path: 'patch.estimate', message: 'Use a value on the scale: XS (1), S (2), M (3), L (5), XL (8), XXL (13)' }
    ])
    expect(
      (await fail(ctx, 'backlog.create', { productId: product.id, title: 'Tiny', estimate: 0.5 })).issues?.[0]?.path
    ).toBe('estimate')
    expect((await update(item.id, { estimate: 13 })).estimate).toBe(13)
    await call(ctx, 'settings.update', {
      productId: product.id,
      patch: { estimateScale: 'fibonacci', estimateThreshold: 13 }
    })
    expect((await update(item.id, { estimate: 0.5 })).estimate).toBe(0.5)
    expect((await fail(ctx, 'backlog.update', { id: item.id, patch: { estimate: 4 } })).issues?.[0]?.message).toBe(
      'Use a value on the scale: 0, 0.5, 1, 2, 3, 5, 8, 13, 20, 40, 100'
    )
    expect(await call(ctx, 'settings.get', { productId: product.id })).toMatchObject({
      estimateScale: 'fibonacci',
      estimateThreshold: 13
    })
  })
})

describe('workflow states', () => {
  it('adds, renames, reorders and deletes states, keeping one per category and moving items of a deleted state', async () => {
    const { ctx, product, add, update, states, list } = await setUp()
    const testing = await call(ctx, 'workflow.add', { productId: product.id, name: 'Testing', category: 'in_progress' })
    expect((await states()).map((s) => s.name)).toEqual(['New', 'Ready', 'In progress', 'In review', 'Testing', 'Done'])
    expect((await fail(ctx, 'workflow.add', { productId: product.id, name: 'testing', category: 'todo' })).code).toBe(
      'conflict'
    )
    const renamed = await call(ctx, 'workflow.update', { id: testing.id, patch: { name: 'Acceptance' } })
    // An empty patch changes nothing (the API fuzz found it answering an internal error).
    expect(await call(ctx, 'workflow.update', { id: testing.id, patch: {} })).toEqual(renamed)

    const ids = (await states()).map((s) => s.id)
    const reordered = [ids[1]!, ids[0]!, ...ids.slice(2)]
    expect(
      (await call(ctx, 'workflow.reorder', { productId: product.id, stateIds: reordered })).map((s) => s.name)
    ).toEqual(['Ready', 'New', 'In progress', 'In review', 'Acceptance', 'Done'])
    expect(
      (await fail(ctx, 'workflow.reorder', { productId: product.id, stateIds: ids.slice(1) })).issues?.[0]?.path
    ).toBe('stateIds')

    const done = (await states()).find((s) => s.name === 'Done')!
    expect((await fail(ctx, 'workflow.delete', { id: done.id })).message).toMatch(/only done state/)
    expect((await fail(ctx, 'workflow.update', { id: done.id, patch: { category: 'todo' } })).issues?.[0]?.path).toBe(
      'patch.category'
    )

    const item = await add('Waiting in acceptance')
    const review = (await states()).find((s) => s.name === 'In review')!
    await update(item.id, { stateId: review.id })
    await update(item.id, { stateId: testing.id })
    const used = await fail(ctx, 'workflow.delete', { id: testing.id })
    expect(used.issues).toEqual([{ path: 'moveItemsTo', message: 'Choose the state its items move to' }])
    expect(await call(ctx, 'workflow.delete', { id: testing.id, moveItemsTo: review.id })).toEqual({
      deleted: testing.id,
      movedItems: 1
    })
    expect((await list())[0]!.stateId).toBe(review.id)
    // The merged step (In review → Acceptance) is gone from the history; the rest remains.
    const history = await call(ctx, 'backlog.history', { id: item.id })
    expect(history.map((h) => h.toStateId)).toEqual([expect.any(Number), review.id])
    expect((await states()).map((s) => s.position)).toEqual([0, 1, 2, 3, 4])
  })

  it('takes removed states, after done; unlike the other categories the workflow may drop its last one', async () => {
    const { ctx, product, add, update, states } = await setUp()
    const wontDo = await call(ctx, 'workflow.add', { productId: product.id, name: 'Won’t do', category: 'removed' })
    expect((await states()).map((s) => [s.name, s.category])).toEqual([
      ['New', 'todo'],
      ['Ready', 'todo'],
      ['In progress', 'in_progress'],
      ['In review', 'in_progress'],
      ['Done', 'done'],
      ['Won’t do', 'removed']
    ])
    // Moving an item there says nothing about the Definition of Done, so there is nothing to confirm.
    const item = await add('Dropped idea')
    expect((await update(item.id, { stateId: wontDo.id })).stateId).toBe(wontDo.id)

    // The only removed state may change category and go; the only done state may not.
    const done = (await states()).find((s) => s.name === 'Done')!
    await call(ctx, 'workflow.update', { id: wontDo.id, patch: { category: 'todo' } })
    await call(ctx, 'workflow.update', { id: wontDo.id, patch: { category: 'removed' } })
    expect((await fail(ctx, 'workflow.update', { id: done.id, patch: { category: 'removed' } })).message).toMatch(
      /only done state/
    )
    expect(await call(ctx, 'workflow.delete', { id: wontDo.id, moveItemsTo: done.id })).toEqual({
      deleted: wontDo.id,
      movedItems: 1
    })
    expect((await states()).some((s) => s.category === 'removed')).toBe(false)
  })
})

describe('Definitions of Ready and Done', () => {
  it('marks an item ready when it meets every line of the Definition of Ready, and keeps checks across rewording', async () => {
    const { ctx, product, add, update, detail, list } = await setUp()
    const item = await add('Refined story')
    expect((await list())[0]!.ready).toBe(false)
    let settings = await call(ctx, 'definitions.set', {
      productId: product.id,
      kind: 'ready',
      criteria: [{ text: 'Criteria agreed' }, { text: 'Estimated' }]
    })
    const [agreed, estimated] = settings.definitionOfReady
    await update(item.id, { readyChecks: [agreed!.id] })
    expect((await detail(item.id)).readyChecks).toEqual([
      { criterionId: agreed!.id, text: 'Criteria agreed', met: true },
      { criterionId: estimated!.id, text: 'Estimated', met: false }
    ])
    expect((await list())[0]!.ready).toBe(false)
    expect((await update(item.id, { readyChecks: [agreed!.id, estimated!.id] })).ready).toBe(true)

    // Rewording keeps the line (and the checks); a new line makes the item not ready until it is checked.
    settings = await call(ctx, 'definitions.set', {
      productId: product.id,
      kind: 'ready',
      criteria: [
        { id: estimated!.id, text: 'Estimated by the team' },
        { id: agreed!.id, text: 'Criteria agreed' },
        { text: 'Nothing blocks it' }
      ]
    })
    expect(settings.definitionOfReady.map((l) => l.text)).toEqual([
      'Estimated by the team',
      'Criteria agreed',
      'Nothing blocks it'
    ])
    expect((await list())[0]!.ready).toBe(false)
    await call(ctx, 'definitions.set', {
      productId: product.id,
      kind: 'ready',
      criteria: [
        { id: estimated!.id, text: 'Estimated by the team' },
        { id: agreed!.id, text: 'Criteria agreed' }
      ]
    })
    expect((await list())[0]!.ready).toBe(true)

    const foreignLine = await fail(ctx, 'backlog.update', { id: item.id, patch: { readyChecks: [999] } })
    expect(foreignLine.issues?.[0]?.path).toBe('patch.readyChecks.0')
    const unknownId = await fail(ctx, 'definitions.set', {
      productId: product.id,
      kind: 'done',
      criteria: [{ id: agreed!.id, text: 'Moved' }]
    })
    expect(unknownId.issues?.[0]?.path).toBe('criteria.0.id')
  })

  it('lets an item be done only with the Definition of Done confirmed; otherwise it goes back to the Product Backlog', async () => {
    const { ctx, add, update, states } = await setUp()
    const item = await add('Ship the calendar export')
    const all = await states()
    const todo = all[0]!
    const done = all.find((s) => s.category === 'done')!
    const inProgress = all.find((s) => s.category === 'in_progress')!

    const refused = await fail(ctx, 'backlog.update', { id: item.id, patch: { stateId: done.id } })
    expect(refused.code).toBe('invalid_input')
    expect(refused.message).toContain('Definition of Done')
    expect(refused.message).toContain('Scrum Guide 2020')
    expect(refused.issues?.[0]?.path).toBe('confirmDone')
    // The "done anyway" of older versions is gone: the input is refused and the item stays where it was.
    const overridden = await fail(ctx, 'backlog.update', {
      id: item.id,
      patch: { stateId: done.id },
      doneOverride: 'Flagged off'
    })
    expect(overridden.code).toBe('invalid_input')
    expect((await call(ctx, 'backlog.get', { id: item.id })).stateId).toBe(todo.id)
    // Other fields change without confirmation, and the confirmation is not needed outside done.
    await update(item.id, { stateId: inProgress.id, title: 'Ship the calendar export (iOS)' })

    await update(item.id, { stateId: done.id }, { confirmDone: true })
    await update(item.id, { stateId: inProgress.id })
    const withStatus = await fail(ctx, 'backlog.update', {
      id: item.id,
      patch: { stateId: done.id },
      notDone: 'Screen reader check missing'
    })
    expect(withStatus.issues?.[0]?.path).toBe('patch.stateId')
    const back = await update(item.id, {}, { notDone: 'Screen reader check missing' })
    expect(back.stateId).toBe(todo.id)
    const history = await call(ctx, 'backlog.history', { id: item.id })
    expect(history.map((h) => [h.fromStateId, h.toStateId, h.notDoneReason])).toEqual([
      [null, todo.id, null],
      [todo.id, inProgress.id, null],
      [inProgress.id, done.id, null],
      [done.id, inProgress.id, null],
      [inProgress.id, todo.id, 'Screen reader check missing']
    ])
  })
})

describe('product JSON', () => {
  it('carries criteria, parents, links, labels, notes, settings, checklists, Ready checks and not-done reasons through a round trip', async () => {
    const { ctx, product, add, update, states } = await setUp()
    await call(ctx, 'settings.update', {
      productId: product.id,
      patch: { estimateScale: 'tshirt', estimateThreshold: 5 }
    })
    const settings = await call(ctx, 'definitions.set', {
      productId: product.id,
      kind: 'ready',
      criteria: [{ text: 'Agreed' }]
    })
    await call(ctx, 'definitions.set', {
      productId: product.id,
      kind: 'done',
      criteria: [{ text: 'Reviewed' }, { text: 'Released' }]
    })
    const epic = await add('Family accounts', { type: 'epic' })
    const story = await add('Second guardian', { estimate: 3 })
    const blocker = await add('Guardian invitations')
    await update(story.id, {
      parentId: epic.id,
      criteria: ['Given a guardian, when invited, then they can book', 'Either guardian can cancel'],
      labels: ['family', 'accounts'],
      notes: 'Ask the trust about consent forms.',
      readyChecks: [settings.definitionOfReady[0]!.id]
    })
    await call(ctx, 'backlog.link', { blockerId: blocker.id, blockedId: story.id })
    await update(
      blocker.id,
      { stateId: (await states()).find((s) => s.category === 'done')!.id },
      { confirmDone: true }
    )
    await update(epic.id, {}, { notDone: 'Not yet released' })

    const original = await call(ctx, 'products.export', { productId: product.id })
    // Into fresh data folders, so ids come out the same each time: export → import → export is a fixed point.
    const throughFresh = async (document: ProductDocument) => {
      const { ctx: fresh } = await openTestContext()
      const imported = await call(fresh, 'products.import', { document })
      return { fresh, imported, document: await call(fresh, 'products.export', { productId: imported.id }) }
    }
    const once = await throughFresh(original)
    const twice = await throughFresh(once.document)
    const { exportedAt: _a, ...first } = once.document
    const { exportedAt: _b, ...second } = twice.document
    expect(second).toEqual(first)
    // Nothing is lost on the way, ids aside.
    const content = (d: ProductDocument) =>
      (d.sections.backlog as { items: Array<Record<string, unknown>> }).items.map(
        ({ title, notes, criteria, labels }) => ({ title, notes, criteria, labels })
      )
    expect(content(once.document)).toEqual(content(original))

    const section = original.sections.backlog as Record<string, unknown> & { items: Array<Record<string, unknown>> }
    expect(section.settings).toEqual({ estimateScale: 'tshirt', estimateThreshold: 5 })
    expect((section.definitionOfDone as Array<{ text: string }>).map((d) => d.text)).toEqual(['Reviewed', 'Released'])
    expect(section.items.find((i) => i.title === 'Second guardian')).toMatchObject({
      parentId: epic.id,
      criteria: ['Given a guardian, when invited, then they can book', 'Either guardian can cancel'],
      labels: ['accounts', 'family'],
      notes: 'Ask the trust about consent forms.',
      readyChecks: [settings.definitionOfReady[0]!.id]
    })
    expect(section.links).toEqual([{ blockerId: blocker.id, blockedId: story.id }])
    expect((section.history as Array<{ notDoneReason: string | null }>).filter((h) => h.notDoneReason)).toEqual([
      expect.objectContaining({ notDoneReason: 'Not yet released' })
    ])

    const importedStory = (await helpers(once.fresh, once.imported.id).list()).find(
      (i) => i.title === 'Second guardian'
    )!
    expect(importedStory).toMatchObject({
      ready: true,
      criteriaCount: 2,
      labels: ['accounts', 'family'],
      blockedByCount: 0
    })
  })

  it('brings items an older file has done without the Definition of Done back to the Product Backlog', async () => {
    const { ctx, product, add, update, states } = await setUp()
    const item = await add('Flagged release')
    const all = await states()
    const done = all.find((s) => s.category === 'done')!
    await update(item.id, { stateId: done.id }, { confirmDone: true })
    const document = await call(ctx, 'products.export', { productId: product.id })
    const backlog = document.sections.backlog as { history: Array<Record<string, unknown>> }
    // As the version before wrote it: the move to done carried an override reason.
    const legacy = {
      ...backlog,
      history: backlog.history.map(({ notDoneReason: _n, ...h }) =>
        h.toStateId === done.id ? { ...h, dodOverride: 'Behind a flag' } : h
      )
    }
    const { ctx: fresh } = await openTestContext()
    const imported = await call(fresh, 'products.import', {
      document: { ...document, sections: { ...document.sections, backlog: legacy } }
    })
    const [back] = await helpers(fresh, imported.id).list()
    const importedStates = await call(fresh, 'workflow.list', { productId: imported.id })
    expect(importedStates.find((s) => s.id === back!.stateId)?.category).toBe('todo')
    const history = await call(fresh, 'backlog.history', { id: back!.id })
    expect(history.at(-1)).toMatchObject({ toStateId: back!.stateId, notDoneReason: 'Behind a flag' })
  })

  it('reads a file written before items had details', async () => {
    const { ctx, product, add } = await setUp()
    await add('Old item')
    const document = await call(ctx, 'products.export', { productId: product.id })
    const backlog = document.sections.backlog as Record<string, unknown> & {
      items: Array<Record<string, unknown>>
      history: Array<Record<string, unknown>>
    }
    const old = {
      states: backlog.states,
      items: backlog.items.map(
        ({ parentId: _p, notes: _n, criteria: _c, labels: _l, readyChecks: _r, ...rest }) => rest
      ),
      history: backlog.history.map(({ notDoneReason: _d, ...rest }) => rest)
    }
    const { ctx: fresh } = await openTestContext()
    const imported = await call(fresh, 'products.import', {
      document: { ...document, sections: { ...document.sections, backlog: old } }
    })
    expect((await helpers(fresh, imported.id).list()).map((i) => i.title)).toEqual(['Old item'])
  })
})
