import { describe, expect, it } from 'vitest'
import type { BacklogItem } from '@shared/api'
import type { BacklogHealth } from '@shared/api/methods/backlog'
import { call, fail, FIXED_NOW, openHarness, type Harness } from './helpers/temp'

const DAY_MS = 86_400_000

/** A clock the test moves: each read still ticks a second, so stamps stay distinct and ordered. */
function movableClock() {
  let t = FIXED_NOW.getTime()
  return { now: () => new Date((t += 1000)), travel: (days: number) => (t += days * DAY_MS) }
}

async function setUp() {
  const clock = movableClock()
  const ctx = await openHarness(undefined, clock.now)
  const product = await call(ctx, 'products.create', { name: 'Pool booking' })
  return { ctx, clock, product, ...helpers(ctx, product.id) }
}

function helpers(ctx: Harness, productId: number) {
  return {
    add: (title: string, extra: Record<string, unknown> = {}) =>
      call(ctx, 'backlog.create', { productId, title, ...extra }),
    update: (id: number, patch: Record<string, unknown>) => call<BacklogItem>(ctx, 'backlog.update', { id, patch }),
    health: (topN?: number) => call(ctx, 'backlog.health', { productId, topN })
  }
}

const letter = (health: BacklogHealth, name: string) => health.letters.find((l) => l.letter === name)!
const finding = (health: BacklogHealth, name: string, rule: string) =>
  letter(health, name).findings.find((f) => f.rule === rule)

describe('backlog health', () => {
  it('has nothing to score for an empty backlog, and sizes the top at 20 without history', async () => {
    const { health } = await setUp()
    const result = await health()
    expect(result.openCount).toBe(0)
    expect(result.top).toMatchObject({ count: 20, basis: 'default' })
    expect(result.letters.map((l) => [l.letter, l.score])).toEqual([
      ['detailed', null],
      ['estimated', null],
      ['emergent', null],
      ['prioritised', null]
    ])
    expect(result.weekly).toHaveLength(12)
    expect(result.invest.checked).toBe(0)
  })

  it('raises Detailed as top items get criteria, meet the Definition of Ready and are split down to size', async () => {
    const { ctx, product, add, update, health } = await setUp()
    const settings = await call(ctx, 'definitions.set', {
      productId: product.id,
      kind: 'ready',
      criteria: [{ text: 'The team understands it' }, { text: 'It has acceptance criteria' }]
    })
    const readyIds = settings.definitionOfReady.map((line) => line.id)
    const a = await add('Book a lane online', { estimate: 3 })
    const b = await add('Cancel a booking', { estimate: 13 })
    const c = await add('Pay at the desk', { estimate: 2 })
    await add('Loyalty scheme', { type: 'epic' })

    const before = await health(3)
    expect(letter(before, 'detailed').score).toBe(0)
    expect(finding(before, 'detailed', 'no-criteria')!.itemIds).toEqual([a.id, b.id, c.id])
    expect(finding(before, 'detailed', 'not-ready')!.itemIds).toEqual([a.id, b.id, c.id])
    expect(finding(before, 'detailed', 'too-big')!.itemIds).toEqual([b.id])
    expect(finding(before, 'detailed', 'coarse-below')!.evidence).toContain('1 of 1 item')
    expect(before.items.find((i) => i.id === b.id)).toEqual({
      id: b.id,
      title: 'Cancel a booking',
      position: 2,
      removed: false
    })

    await update(a.id, { criteria: ['Given a free lane, when I book it, then it is mine'], readyChecks: readyIds })
    await update(c.id, { criteria: ['Paying at the desk marks the booking paid'], readyChecks: readyIds })
    const after = await health(3)
    expect(letter(after, 'detailed').score).toBe(67)
    expect(finding(after, 'detailed', 'no-criteria')!.itemIds).toEqual([b.id])

    await call(ctx, 'backlog.split', {
      itemId: b.id,
      pattern: 'happy-unhappy',
      children: [
        { title: 'Cancel a booking in time', estimate: 5 },
        { title: 'Cancel a booking too late', estimate: 3 }
      ]
    })
    const split = await health(3)
    // The children come right under the split item, so the first of them is now in the top three.
    const [firstChild] = split.items.filter((i) => i.title === 'Cancel a booking in time')
    expect(finding(split, 'detailed', 'no-criteria')!.itemIds).toEqual([b.id, firstChild!.id])
    expect(finding(split, 'emergent', 'split')!.itemIds).toEqual([b.id])

    await update(b.id, { criteria: ['Both children are done'], readyChecks: readyIds, estimate: 8 })
    await update(firstChild!.id, { criteria: ['A booking cancelled a day ahead is refunded'], readyChecks: readyIds })
    expect(letter(await health(3), 'detailed')).toMatchObject({ score: 100, rating: 'good' })
  })

  it('raises Estimated as top items get an estimate, and counts INVEST findings of the top', async () => {
    const { add, update, health } = await setUp()
    const a = await add('As a swimmer, I want to book a lane, so that I can train at my time')
    const b = await add('Make booking fast and easy')
    const before = await health()
    expect(letter(before, 'estimated')).toMatchObject({ score: 0, rating: 'poor' })
    expect(before.invest.letters.find((l) => l.letter === 'E')!.itemIds).toEqual([a.id, b.id])
    expect(before.invest.letters.find((l) => l.letter === 'T')!.itemIds).toContain(b.id)

    await update(a.id, { estimate: 3 })
    const after = await health()
    expect(letter(after, 'estimated').score).toBe(50)
    expect(finding(after, 'estimated', 'unestimated')!.itemIds).toEqual([b.id])
    expect(after.invest.letters.find((l) => l.letter === 'E')!.itemIds).toEqual([b.id])
  })

  it('shows what emerged in 30 days and what was left alone for over 180', async () => {
    const { ctx, clock, add, update, health } = await setUp()
    const old = await add('Sauna bookings')
    clock.travel(160)
    const changedLater = await add('Lesson bookings')
    const dropped = await add('Fax confirmations')
    clock.travel(40)
    const fresh = await add('Waiting list')
    await update(changedLater.id, { title: 'Swimming lesson bookings' })
    await call(ctx, 'backlog.delete', { id: dropped.id })

    const result = await health()
    expect(finding(result, 'emergent', 'untouched')!.itemIds).toEqual([old.id])
    expect(finding(result, 'emergent', 'added')!.itemIds).toEqual([fresh.id])
    expect(finding(result, 'emergent', 'changed')!.itemIds).toEqual([changedLater.id])
    expect(finding(result, 'emergent', 'removed')!.itemIds).toEqual([dropped.id])
    expect(result.items.find((i) => i.id === dropped.id)).toMatchObject({ removed: true, position: null })
    expect(letter(result, 'emergent').score).toBe(67)
    // Arrivals of the last 12 weeks: the two live items added within them (a deleted item leaves the flow data).
    expect(result.weekly.reduce((sum, w) => sum + w.arrivals, 0)).toBe(2)

    await update(old.id, { estimate: 5 })
    expect(finding(await health(), 'emergent', 'untouched')).toBeUndefined()
  })

  it('finds items sharing a place, and checks the top against the active Product Goal', async () => {
    const { ctx, product, add, health } = await setUp()
    const a = await add('Book a lane online')
    const b = await add('Cancel a booking')
    const c = await add('Pay at the desk')
    expect(finding(await health(), 'prioritised', 'total-order')).toBeDefined()
    expect(finding(await health(), 'prioritised', 'no-goals')).toBeDefined()

    // An import or an old tool can leave two items on one rank; the app itself never does.
    ctx.sqlite
      .prepare('UPDATE backlog_items SET rank = (SELECT rank FROM backlog_items WHERE id = ?) WHERE id = ?')
      .run(b.id, c.id)
    const tied = await health()
    expect(finding(tied, 'prioritised', 'tied-places')!.itemIds).toEqual([b.id, c.id])
    expect(letter(tied, 'prioritised')).toMatchObject({ score: 33, rating: 'poor' })

    await call(ctx, 'backlog.move', { id: b.id, afterId: null, beforeId: a.id })
    const goal = await call(ctx, 'goals.create', { productId: product.id, title: 'Half of all bookings made online' })
    expect(finding(await health(), 'prioritised', 'no-active-goal')).toBeDefined()
    await call(ctx, 'goals.activate', { id: goal.id })
    await call(ctx, 'goals.linkItems', { goalId: goal.id, itemIds: [a.id, b.id] })
    const aligned = await health()
    expect(finding(aligned, 'prioritised', 'off-goal')!.itemIds).toEqual([c.id])
    expect(letter(aligned, 'prioritised').score).toBe(84)
  })

  it('refuses an unknown product', async () => {
    const { ctx } = await setUp()
    expect((await fail(ctx, 'backlog.health', { productId: 999 })).code).toBe('not_found')
  })
})
