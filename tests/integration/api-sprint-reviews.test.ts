import { describe, expect, it } from 'vitest'
import type { BacklogItem } from '@shared/api'
import type { Retrospective } from '@shared/api/methods/retrospectives'
import type { SprintReview } from '@shared/api/methods/sprint-reviews'
import type { AppContext } from '../../src/main/app/context'
import { FIXED_NOW, call, fail, openTestContext } from './helpers/temp'

/** The clock reads FIXED_NOW (2025-03-12) and ticks a second per read. */
const TODAY = FIXED_NOW.toISOString().slice(0, 10)

/**
 * A product in the middle of a Sprint (2025-03-03 to 2025-03-16): three items selected, two of them
 * done today, a Product Goal served by three items, two stakeholders and a measure that moved.
 */
async function productInSprint(ctx: AppContext) {
  const product = await call(ctx, 'products.create', { name: 'Lanes' })
  const productId = product.id
  const titles = ['Book a lane', 'Pay by card', 'Waiting list', 'Crowd ratings', 'Club bookings']
  const items: BacklogItem[] = []
  for (const title of titles) items.push(await call(ctx, 'backlog.create', { productId, title, estimate: 3 }))
  const [book, pay, waiting, ratings] = items as [BacklogItem, BacklogItem, BacklogItem, BacklogItem, BacklogItem]
  const states = await call(ctx, 'workflow.list', { productId })
  const done = states.find((s) => s.category === 'done')!.id
  for (const item of [book, pay])
    await call(ctx, 'backlog.update', { id: item.id, patch: { stateId: done }, confirmDone: true })
  const goal = await call(ctx, 'goals.create', {
    productId,
    title: 'Swimmers book online',
    measure: 'online share',
    target: '60%'
  })
  await call(ctx, 'goals.activate', { id: goal.id })
  await call(ctx, 'goals.linkItems', { goalId: goal.id, itemIds: [book.id, waiting.id, ratings.id] })
  const sprint = await call(ctx, 'sprints.create', {
    productId,
    name: 'Sprint 4',
    startDate: '2025-03-03',
    endDate: '2025-03-16',
    goal: 'Swimmers can book and pay',
    productGoalId: goal.id,
    itemIds: [book.id, pay.id, waiting.id]
  })
  const grace = await call(ctx, 'stakeholders.create', {
    productId,
    name: 'Grace Lim',
    role: 'Operations lead',
    power: 75,
    interest: 90
  })
  const tom = await call(ctx, 'stakeholders.create', {
    productId,
    name: 'Tom Price',
    role: 'Duty manager',
    power: 40,
    interest: 85,
    lastContactOn: '2025-02-20'
  })
  const measure = await call(ctx, 'ebm.measures.create', {
    productId,
    area: 'current-value',
    name: 'Online bookings',
    unit: '%'
  })
  await call(ctx, 'ebm.values.add', { measureId: measure.id, date: '2025-02-25', value: 20 })
  await call(ctx, 'ebm.values.add', { measureId: measure.id, date: '2025-03-10', value: 31 })
  return { product, items, sprint, goal, grace, tom }
}

describe('Sprint Reviews', () => {
  it('prepares an agenda from the product: Increment, goals, forecast, what comes next and moved measures', async () => {
    const { ctx } = await openTestContext()
    const { sprint, items } = await productInSprint(ctx)
    expect(await call(ctx, 'sprintReviews.get', { sprintId: sprint.id })).toBeNull()

    const review = await call(ctx, 'sprintReviews.prepare', { sprintId: sprint.id })
    expect(review).toMatchObject({
      sprintId: sprint.id,
      sprintName: 'Sprint 4',
      status: 'prepared',
      heldOn: null,
      attendees: [],
      feedback: []
    })
    const { agenda } = review
    expect(agenda.preparedOn).toBe(TODAY)
    expect(agenda.purpose).toContain('working session')
    expect(agenda.purpose).toContain('Scrum Guide 2020')
    expect(agenda.increment.done.map((i) => i.title)).toEqual(['Book a lane', 'Pay by card'])
    expect(agenda.increment.notDone.map((i) => i.title)).toEqual(['Waiting list'])
    expect(agenda.increment.points).toBe(6)
    expect(agenda.sprintGoal).toMatchObject({ goal: 'Swimmers can book and pay', outcome: null })
    expect(agenda.productGoal).toMatchObject({ title: 'Swimmers book online', done: 1, open: 2 })
    // Two finishes on one day are too thin a history to forecast from; the agenda says why.
    expect(agenda.forecast.dates).toBeNull()
    expect(agenda.forecast.sentence).toMatch(/^No forecast for the Product Goal's open items/)
    expect(agenda.nextUp.map((i) => i.title)).toEqual(['Waiting list', 'Crowd ratings', 'Club bookings'])
    expect(agenda.measures).toEqual([
      {
        name: 'Online bookings',
        unit: '%',
        area: 'current-value',
        from: 20,
        to: 31,
        fromDate: '2025-02-25',
        toDate: '2025-03-10',
        better: true
      }
    ])

    // Preparing again refreshes the same review.
    await call(ctx, 'backlog.update', { id: items[2]!.id, patch: { title: 'Waiting list for full sessions' } })
    const again = await call(ctx, 'sprintReviews.prepare', { sprintId: sprint.id })
    expect(again.id).toBe(review.id)
    expect(again.agenda.increment.notDone[0]!.title).toBe('Waiting list for full sessions')
    expect(await call(ctx, 'sprintReviews.list', { productId: sprint.productId })).toHaveLength(1)
    expect(await fail(ctx, 'sprintReviews.prepare', { sprintId: 999 })).toMatchObject({
      code: 'not_found',
      issues: [{ path: 'sprintId' }]
    })
  })

  it('captures feedback per stakeholder and turns it into a new item or a change, showing who asked', async () => {
    const { ctx } = await openTestContext()
    const { sprint, items, grace, tom } = await productInSprint(ctx)
    const { id: reviewId } = await call(ctx, 'sprintReviews.prepare', { sprintId: sprint.id })

    await call(ctx, 'sprintReviews.addAttendee', { reviewId, stakeholderId: grace.id })
    // Feedback from someone not yet invited makes them an attendee.
    await call(ctx, 'sprintReviews.addFeedback', {
      reviewId,
      stakeholderId: tom.id,
      text: 'Show phone numbers on the no-show list'
    })
    const review = await call(ctx, 'sprintReviews.addFeedback', {
      reviewId,
      stakeholderId: grace.id,
      text: 'Weekly no-show totals per pool'
    })
    expect(review.attendees.map((a) => a.name)).toEqual(['Grace Lim', 'Tom Price'])
    expect(review.feedback.map((f) => [f.stakeholderName, f.text, f.outcome])).toEqual([
      ['Tom Price', 'Show phone numbers on the no-show list', null],
      ['Grace Lim', 'Weekly no-show totals per pool', null]
    ])
    const [fromTom, fromGrace] = review.feedback as [SprintReview['feedback'][number], SprintReview['feedback'][number]]

    const made = await call(ctx, 'sprintReviews.feedbackToItem', {
      feedbackId: fromTom.feedbackId,
      item: { kind: 'new', title: 'Phone numbers on the no-show list', placement: 'top' }
    })
    expect(made.review.feedback[0]).toMatchObject({
      itemId: made.itemId,
      itemTitle: 'Phone numbers on the no-show list',
      outcome: 'created'
    })
    const detail = await call(ctx, 'backlog.detail', { id: made.itemId })
    expect(detail.item.type).toBe('story')
    expect(detail.notes).toBe(
      `Tom Price at the Sprint Review of Sprint 4 (${TODAY}): Show phone numbers on the no-show list`
    )
    expect(detail.requestedBy).toMatchObject([
      { stakeholderId: tom.id, stakeholderName: 'Tom Price', sprintName: 'Sprint 4', outcome: 'created' }
    ])
    expect((await call(ctx, 'backlog.list', { productId: sprint.productId }))[0]!.id).toBe(made.itemId)

    await call(ctx, 'backlog.update', { id: items[4]!.id, patch: { notes: 'Agreed with the clubs in January.' } })
    await call(ctx, 'sprintReviews.feedbackToItem', {
      feedbackId: fromGrace.feedbackId,
      item: { kind: 'existing', itemId: items[4]!.id }
    })
    const changed = await call(ctx, 'backlog.detail', { id: items[4]!.id })
    expect(changed.notes).toBe(
      `Agreed with the clubs in January.\n\nGrace Lim at the Sprint Review of Sprint 4 (${TODAY}): Weekly no-show totals per pool`
    )
    expect(changed.requestedBy.map((r) => [r.stakeholderName, r.outcome])).toEqual([['Grace Lim', 'changed']])

    // One piece of feedback leads to one item.
    expect(
      await fail(ctx, 'sprintReviews.feedbackToItem', {
        feedbackId: fromGrace.feedbackId,
        item: { kind: 'new', title: 'Again' }
      })
    ).toMatchObject({ code: 'conflict' })
    const other = await call(ctx, 'products.create', { name: 'Other' })
    const stranger = await call(ctx, 'stakeholders.create', {
      productId: other.id,
      name: 'Stranger',
      power: 10,
      interest: 10
    })
    const elsewhere = await call(ctx, 'backlog.create', { productId: other.id, title: 'Elsewhere' })
    expect(
      await fail(ctx, 'sprintReviews.addFeedback', { reviewId, stakeholderId: stranger.id, text: 'Hello' })
    ).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'stakeholderId' }]
    })
    const third = await call(ctx, 'sprintReviews.addFeedback', {
      reviewId,
      stakeholderId: grace.id,
      text: 'Something else'
    })
    expect(
      await fail(ctx, 'sprintReviews.feedbackToItem', {
        feedbackId: third.feedback[2]!.feedbackId,
        item: { kind: 'existing', itemId: elsewhere.id }
      })
    ).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'item.itemId' }]
    })

    // The stakeholder's page shows what they asked for and where it led.
    const history = await call(ctx, 'stakeholders.history', { id: tom.id })
    expect(history.feedback.map((f) => [f.text, f.itemTitle])).toEqual([
      ['Show phone numbers on the no-show list', 'Phone numbers on the no-show list']
    ])

    // Making an item from feedback is undone like any backlog edit; the feedback then leads nowhere.
    const undo = async () => (await call(ctx, 'backlog.undo', { productId: sprint.productId })).label
    expect([await undo(), await undo(), await undo()]).toEqual([
      'feedback note on “Club bookings”',
      'notes change of “Club bookings”',
      'item “Phone numbers on the no-show list” from feedback'
    ])
    const after = await call(ctx, 'sprintReviews.get', { sprintId: sprint.id })
    expect(after!.feedback[0]).toMatchObject({ itemId: null, itemTitle: null })
    expect(await fail(ctx, 'backlog.get', { id: made.itemId })).toMatchObject({ code: 'not_found' })
  })

  it('holds the review: the Sprint Goal outcome goes to the Sprint and each attendee’s contact log says what was discussed', async () => {
    const { ctx } = await openTestContext()
    const { sprint, grace, tom } = await productInSprint(ctx)
    const { id: reviewId } = await call(ctx, 'sprintReviews.prepare', { sprintId: sprint.id })
    await call(ctx, 'sprintReviews.addAttendee', { reviewId, stakeholderId: grace.id })
    await call(ctx, 'sprintReviews.addFeedback', { reviewId, stakeholderId: tom.id, text: 'Phone numbers please' })
    await call(ctx, 'sprintReviews.addFeedback', { reviewId, stakeholderId: tom.id, text: 'And the lane closures' })

    expect(await fail(ctx, 'sprintReviews.hold', { id: reviewId, heldOn: '2025-03-20' })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'heldOn' }]
    })
    expect(await fail(ctx, 'sprintReviews.hold', { id: reviewId, heldOn: '2025-02-28' })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'heldOn' }]
    })
    const held = await call(ctx, 'sprintReviews.hold', {
      id: reviewId,
      outcome: 'met',
      notes: 'Lively; clubs next time.'
    })
    expect(held).toMatchObject({ status: 'held', heldOn: TODAY, notes: 'Lively; clubs next time.' })
    expect((await call(ctx, 'sprints.list', { productId: sprint.productId }))[0]!.outcome).toBe('met')

    const tomHistory = await call(ctx, 'stakeholders.history', { id: tom.id })
    expect(tomHistory.contacts.map((c) => [c.on, c.discussed])).toEqual([
      [TODAY, 'Sprint Review of Sprint 4: Phone numbers please / And the lane closures'],
      ['2025-02-20', '']
    ])
    const graceHistory = await call(ctx, 'stakeholders.history', { id: grace.id })
    expect(graceHistory.contacts.map((c) => c.discussed)).toEqual(['Sprint Review of Sprint 4.'])
    const stakeholders = await call(ctx, 'stakeholders.list', { productId: sprint.productId })
    expect(stakeholders.map((s) => s.lastContactOn)).toEqual([TODAY, TODAY])

    // A held review keeps the agenda it was held with.
    expect(await fail(ctx, 'sprintReviews.prepare', { sprintId: sprint.id })).toMatchObject({ code: 'conflict' })
    expect(await fail(ctx, 'sprintReviews.hold', { id: reviewId })).toMatchObject({ code: 'conflict' })
    // Feedback that arrives later is still recorded.
    expect(
      (await call(ctx, 'sprintReviews.addFeedback', { reviewId, stakeholderId: grace.id, text: 'By email: thanks' }))
        .feedback
    ).toHaveLength(3)
  })

  it('logs a contact with what was discussed', async () => {
    const { ctx } = await openTestContext()
    const { grace } = await productInSprint(ctx)
    await call(ctx, 'stakeholders.logContact', {
      id: grace.id,
      on: '2025-03-01',
      discussed: 'Timetable for the summer'
    })
    await call(ctx, 'stakeholders.logContact', { id: grace.id })
    const history = await call(ctx, 'stakeholders.history', { id: grace.id })
    expect(history.contacts.map((c) => [c.on, c.discussed])).toEqual([
      [TODAY, ''],
      ['2025-03-01', 'Timetable for the summer']
    ])
  })
})

describe('the Product Owner’s Retrospective note', () => {
  it('keeps a note per Sprint with improvement actions that can be done, changed and removed', async () => {
    const { ctx } = await openTestContext()
    const { sprint } = await productInSprint(ctx)
    expect(await call(ctx, 'retrospectives.get', { sprintId: sprint.id })).toEqual({
      sprintId: sprint.id,
      note: '',
      actions: [],
      updatedAt: null
    })

    await call(ctx, 'retrospectives.addAction', { sprintId: sprint.id, text: 'Invite the finance officer' })
    await call(ctx, 'retrospectives.save', { sprintId: sprint.id, note: 'I talked more than the stakeholders did.' })
    const two = await call(ctx, 'retrospectives.addAction', {
      sprintId: sprint.id,
      text: 'Send the agenda a day ahead'
    })
    expect(two.note).toBe('I talked more than the stakeholders did.')
    expect(two.actions.map((a) => [a.text, a.done])).toEqual([
      ['Invite the finance officer', false],
      ['Send the agenda a day ahead', false]
    ])
    const [first, second] = two.actions as [Retrospective['actions'][number], Retrospective['actions'][number]]
    await call(ctx, 'retrospectives.updateAction', { id: first.id, patch: { done: true } })
    await call(ctx, 'retrospectives.updateAction', { id: second.id, patch: { text: 'Send the agenda two days ahead' } })
    const changed = await call(ctx, 'retrospectives.get', { sprintId: sprint.id })
    expect(changed.actions.map((a) => [a.text, a.done])).toEqual([
      ['Invite the finance officer', true],
      ['Send the agenda two days ahead', false]
    ])
    expect((await call(ctx, 'retrospectives.deleteAction', { id: first.id })).actions.map((a) => a.id)).toEqual([
      second.id
    ])
    expect(await fail(ctx, 'retrospectives.deleteAction', { id: first.id })).toMatchObject({ code: 'not_found' })
    expect(await fail(ctx, 'retrospectives.save', { sprintId: 999, note: 'x' })).toMatchObject({
      code: 'not_found',
      issues: [{ path: 'sprintId' }]
    })
  })
})

describe('product transfer', () => {
  it('keeps reviews, attendees, feedback with its items, contact logs and Retrospective notes', async () => {
    const { ctx } = await openTestContext()
    const { product, sprint, items, grace, tom } = await productInSprint(ctx)
    const { id: reviewId } = await call(ctx, 'sprintReviews.prepare', { sprintId: sprint.id })
    await call(ctx, 'sprintReviews.addAttendee', { reviewId, stakeholderId: grace.id })
    const withFeedback = await call(ctx, 'sprintReviews.addFeedback', {
      reviewId,
      stakeholderId: tom.id,
      text: 'Phone numbers please'
    })
    await call(ctx, 'sprintReviews.addFeedback', { reviewId, stakeholderId: grace.id, text: 'Totals per pool' })
    await call(ctx, 'sprintReviews.feedbackToItem', {
      feedbackId: withFeedback.feedback[0]!.feedbackId,
      item: { kind: 'new', title: 'Phone numbers on the list' }
    })
    await call(ctx, 'sprintReviews.hold', { id: reviewId, outcome: 'partly' })
    await call(ctx, 'retrospectives.save', { sprintId: sprint.id, note: 'Too many slides.' })
    await call(ctx, 'retrospectives.addAction', { sprintId: sprint.id, text: 'No slides next time' })
    // An item made from feedback and deleted since leaves the feedback without an item in the file.
    const lost = await call(ctx, 'sprintReviews.addFeedback', { reviewId, stakeholderId: grace.id, text: 'Later idea' })
    const { itemId: lostItem } = await call(ctx, 'sprintReviews.feedbackToItem', {
      feedbackId: lost.feedback[2]!.feedbackId,
      item: { kind: 'existing', itemId: items[3]!.id }
    })
    await call(ctx, 'backlog.delete', { id: lostItem })

    const document = await call(ctx, 'products.export', { productId: product.id })
    const copy = await call(ctx, 'products.import', { document, name: 'Lanes copy' })
    const again = await call(ctx, 'products.export', { productId: copy.id })
    const { exportedAt: _a, product: _p, ...once } = document
    const { exportedAt: _b, product: _q, ...twice } = again
    const withoutIds = (doc: typeof once) =>
      JSON.parse(
        JSON.stringify(doc, (key, value: unknown) => (/(^id$|Ids?$)/.test(key) ? undefined : value))
      ) as unknown
    expect(withoutIds(twice)).toEqual(withoutIds(once))

    const [review] = await call(ctx, 'sprintReviews.list', { productId: copy.id })
    expect(review).toMatchObject({ status: 'held', heldOn: TODAY, sprintName: 'Sprint 4' })
    expect(review!.attendees.map((a) => a.name)).toEqual(['Grace Lim', 'Tom Price'])
    expect(review!.feedback.map((f) => [f.stakeholderName, f.text, f.itemTitle, f.outcome])).toEqual([
      ['Tom Price', 'Phone numbers please', 'Phone numbers on the list', 'created'],
      ['Grace Lim', 'Totals per pool', null, null],
      ['Grace Lim', 'Later idea', null, null]
    ])
    const detail = await call(ctx, 'backlog.detail', { id: review!.feedback[0]!.itemId! })
    expect(detail.requestedBy.map((r) => r.stakeholderName)).toEqual(['Tom Price'])
    const copiedTom = (await call(ctx, 'stakeholders.list', { productId: copy.id })).find(
      (s) => s.name === 'Tom Price'
    )!
    const history = await call(ctx, 'stakeholders.history', { id: copiedTom.id })
    expect(history.contacts.map((c) => [c.on, c.discussed])).toEqual([
      [TODAY, 'Sprint Review of Sprint 4: Phone numbers please'],
      ['2025-02-20', '']
    ])
    const copiedSprint = (await call(ctx, 'sprints.list', { productId: copy.id }))[0]!
    expect(await call(ctx, 'retrospectives.get', { sprintId: copiedSprint.id })).toMatchObject({
      note: 'Too many slides.',
      actions: [{ text: 'No slides next time', done: false }]
    })
  })

  it('reads files written before the contact log: the last contact starts it', async () => {
    const { ctx } = await openTestContext()
    const { product } = await productInSprint(ctx)
    const document = await call(ctx, 'products.export', { productId: product.id })
    const customers = document.sections.customers as { stakeholders: Array<Record<string, unknown>> }
    for (const s of customers.stakeholders) {
      delete s.id
      delete s.contacts
    }
    const { sprintReviews: _reviews, ...older } = document.sections
    const copy = await call(ctx, 'products.import', { document: { ...document, sections: older }, name: 'Older file' })
    const tom = (await call(ctx, 'stakeholders.list', { productId: copy.id })).find((s) => s.name === 'Tom Price')!
    expect((await call(ctx, 'stakeholders.history', { id: tom.id })).contacts.map((c) => [c.on, c.discussed])).toEqual([
      ['2025-02-20', '']
    ])
  })
})

describe('the sample product, evidence and the coach report', () => {
  it('has a held review whose feedback from two stakeholders made one item, linked as evidence and reported to the coach', async () => {
    const { ctx } = await openTestContext({ sample: true })
    const [sample] = await call(ctx, 'products.list')
    const productId = sample!.id
    const reviews = await call(ctx, 'sprintReviews.list', { productId })
    expect(reviews).toHaveLength(1)
    const [review] = reviews as [SprintReview]
    expect(review).toMatchObject({ sprintName: 'Sprint 6', status: 'held' })
    expect(new Set(review.feedback.map((f) => f.stakeholderName))).toEqual(new Set(['Tom Price', 'Grace Lim']))
    const made = review.feedback.filter((f) => f.outcome === 'created')
    expect(made).toHaveLength(1)
    expect(
      (await call(ctx, 'backlog.detail', { id: made[0]!.itemId! })).requestedBy.map((r) => r.stakeholderName)
    ).toEqual(['Tom Price'])
    expect(review.agenda.increment.done.length).toBeGreaterThan(0)
    expect((await call(ctx, 'retrospectives.get', { sprintId: review.sprintId })).actions).toHaveLength(2)

    // A review is evidence like anything else in the app: picked from its sources, kept as a snapshot.
    const sources = await call(ctx, 'practice.evidence.sources', { productId, kind: 'sprintReview' })
    expect(sources).toEqual([expect.objectContaining({ ref: review.id, label: 'Sprint Review of Sprint 6' })])
    const entry = await call(ctx, 'practice.entries.create', { productId, targetKey: 'pspo/accountability' })
    const evidence = await call(ctx, 'practice.evidence.add', {
      entryId: entry.id,
      kind: 'sprintReview',
      ref: review.id,
      text: 'How the review changed direction'
    })
    expect(evidence.snapshot!.title).toBe('Sprint Review of Sprint 6')
    expect(evidence.snapshot!.lines).toContainEqual({
      label: 'Tom Price',
      value: expect.stringMatching(/→ became “When a swimmer has not turned up/)
    })
    expect(evidence.liveRoute).toBe('/vision/review')

    const report = await call(ctx, 'reports.build', { productId, sections: ['vision', 'assignments'], format: 'md' })
    expect(report.content).toContain('Sprint Reviews')
    expect(report.content).toMatch(/Items created from feedback\D+1/)
    expect(report.content).toContain('Weekly no-show totals per pool would help me plan the staff rota.')
    // The sample's journal links the review too, so the coach sees it with the assignment.
    expect(report.content).toMatch(/Sprint Review of Sprint 6/)
  })
})
