import { describe, expect, it } from 'vitest'
import type { BacklogItem, ProductDocument } from '@shared/api'
import type { AppContext } from '../../src/main/app/context'
import { FIXED_NOW, call, fail, openTestContext, readConnection } from './helpers/temp'

/** The clock of these tests reads FIXED_NOW (2025-03-12) and ticks a second per read. */
const TODAY = FIXED_NOW.toISOString().slice(0, 10)

const STORIES = [
  'As a swimmer, I want to book a lane',
  'As a parent, I want to see my child’s lesson progress',
  'As a duty manager, I want to close a lane for a gala',
  'As front-desk assistants, we want to check members in quickly',
  'Tidy the database indexes'
]

async function productWithStories(ctx: AppContext, name = 'Lanes') {
  const product = await call(ctx, 'products.create', { name })
  const items: BacklogItem[] = []
  for (const title of STORIES) items.push(await call(ctx, 'backlog.create', { productId: product.id, title }))
  return { product, items }
}

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='

describe('personas', () => {
  it('keeps personas with empathy maps and job stories, and links them to items', async () => {
    const { ctx } = await openTestContext()
    const { product, items } = await productWithStories(ctx)
    const sam = await call(ctx, 'personas.create', {
      productId: product.id,
      name: 'Sam Okafor',
      role: 'swimmer',
      context: 'Swims before work, three times a week',
      quote: 'I just want my lane at 6:30.',
      empathy: { says: 'The lanes are always full', gains: 'A guaranteed lane' },
      jobStories: [
        {
          situation: 'the pool is busy',
          motivation: 'see free lanes before I leave home',
          outcome: 'I do not waste a trip'
        }
      ]
    })
    expect(sam).toMatchObject({
      initials: 'SO',
      picture: null,
      itemIds: [],
      empathy: { says: 'The lanes are always full', thinks: '', gains: 'A guaranteed lane' }
    })
    expect(sam.jobStories[0]!.outcome).toBe('I do not waste a trip')

    const updated = await call(ctx, 'personas.update', {
      id: sam.id,
      patch: { picture: PNG, empathy: { feels: 'Rushed' } }
    })
    expect(updated.picture).toBe(PNG)
    expect(updated.empathy).toEqual({ says: '', thinks: '', does: '', feels: 'Rushed', pains: '', gains: '' })

    const linked = await call(ctx, 'personas.linkItems', { personaId: sam.id, itemIds: [items[2]!.id, items[0]!.id] })
    expect(linked.itemIds).toEqual([items[0]!.id, items[2]!.id])
    // Linking again is harmless; an item may serve several personas.
    await call(ctx, 'personas.linkItems', { personaId: sam.id, itemIds: [items[0]!.id] })
    const priya = await call(ctx, 'personas.create', { productId: product.id, name: 'Priya, the busy parent' })
    expect((await call(ctx, 'personas.linkItems', { personaId: priya.id, itemIds: [items[0]!.id] })).itemIds).toEqual([
      items[0]!.id
    ])
    expect((await call(ctx, 'personas.unlinkItems', { personaId: sam.id, itemIds: [items[2]!.id] })).itemIds).toEqual([
      items[0]!.id
    ])

    const other = await productWithStories(ctx, 'Other')
    expect(await fail(ctx, 'personas.linkItems', { personaId: sam.id, itemIds: [other.items[0]!.id] })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'itemIds.0' }]
    })
    expect((await call(ctx, 'personas.list', { productId: product.id })).map((p) => p.name)).toEqual([
      'Sam Okafor',
      'Priya, the busy parent'
    ])
    expect(await call(ctx, 'personas.delete', { id: priya.id })).toEqual({ deleted: priya.id })
    expect(await fail(ctx, 'personas.update', { id: priya.id, patch: { name: 'x' } })).toMatchObject({
      code: 'not_found'
    })
  })

  it('flags open stories whose role matches no persona', async () => {
    const { ctx } = await openTestContext()
    const { product } = await productWithStories(ctx)
    const before = await call(ctx, 'personas.unmatchedStories', { productId: product.id })
    expect(before).toMatchObject({ checked: 4, matched: [], withoutRole: 1 })
    expect(before.unmatched.map((s) => s.role)).toEqual(['swimmer', 'parent', 'duty manager', 'front-desk assistants'])

    await call(ctx, 'personas.create', { productId: product.id, name: 'Sam', role: 'Swimmer' })
    await call(ctx, 'personas.create', { productId: product.id, name: 'Priya, the busy parent' })
    const dee = await call(ctx, 'personas.create', { productId: product.id, name: 'Dee', role: 'front desk assistant' })
    const after = await call(ctx, 'personas.unmatchedStories', { productId: product.id })
    expect(after.unmatched.map((s) => s.role)).toEqual(['duty manager'])
    expect(after.matched.find((m) => m.role === 'front-desk assistants')?.personaId).toBe(dee.id)
  })
})

describe('stakeholders', () => {
  it('places stakeholders on the power / interest grid and tracks contacts against their cadence', async () => {
    const { ctx } = await openTestContext()
    const { product } = await productWithStories(ctx)
    const mayor = await call(ctx, 'stakeholders.create', {
      productId: product.id,
      name: 'Cllr Ada Brooks',
      role: 'Council leisure lead',
      power: 85,
      interest: 30,
      interests: 'Budget, public image',
      cadenceDays: 30,
      lastContactOn: '2025-01-20'
    })
    // 2025-01-20 + 30 days = 2025-02-19, so on 2025-03-12 the contact is 21 days overdue.
    expect(mayor).toMatchObject({
      quadrant: 'keep-satisfied',
      guidance: 'Keep satisfied',
      nextContactDue: '2025-02-19',
      overdue: true,
      daysOverdue: 21
    })

    const moved = await call(ctx, 'stakeholders.move', { id: mayor.id, power: 85, interest: 72.6 })
    expect(moved).toMatchObject({ interest: 73, quadrant: 'manage-closely', guidance: 'Manage closely' })

    const logged = await call(ctx, 'stakeholders.logContact', { id: mayor.id })
    expect(logged).toMatchObject({ lastContactOn: TODAY, nextContactDue: '2025-04-11', overdue: false, daysOverdue: 0 })
    // An older contact logged late does not move the last contact back.
    expect((await call(ctx, 'stakeholders.logContact', { id: mayor.id, on: '2025-03-01' })).lastContactOn).toBe(TODAY)
    expect(await fail(ctx, 'stakeholders.logContact', { id: mayor.id, on: '2025-03-13' })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'on' }]
    })

    // Never contacted: due a cadence after being added (today), so not overdue yet.
    const coach = await call(ctx, 'stakeholders.create', {
      productId: product.id,
      name: 'Club coach',
      power: 20,
      interest: 80,
      cadenceDays: 14
    })
    expect(coach).toMatchObject({ quadrant: 'keep-informed', nextContactDue: '2025-03-26', overdue: false })
    const quiet = await call(ctx, 'stakeholders.create', {
      productId: product.id,
      name: 'Neighbour',
      power: 10,
      interest: 10
    })
    expect(quiet).toMatchObject({ quadrant: 'monitor', nextContactDue: null, overdue: false })

    const edited = await call(ctx, 'stakeholders.update', {
      id: coach.id,
      patch: { lastContactOn: '2025-02-01', cadenceDays: 7 }
    })
    expect(edited).toMatchObject({ nextContactDue: '2025-02-08', overdue: true, daysOverdue: 32 })
    const list = await call(ctx, 'stakeholders.list', { productId: product.id })
    expect(list.map((s) => [s.name, s.overdue])).toEqual([
      ['Cllr Ada Brooks', false],
      ['Club coach', true],
      ['Neighbour', false]
    ])
    expect(await call(ctx, 'stakeholders.delete', { id: quiet.id })).toEqual({ deleted: quiet.id })
    expect(await fail(ctx, 'stakeholders.move', { id: quiet.id, power: 1, interest: 1 })).toMatchObject({
      code: 'not_found'
    })
  })
})

async function fullProduct(ctx: AppContext) {
  const { product, items } = await productWithStories(ctx)
  const sam = await call(ctx, 'personas.create', {
    productId: product.id,
    name: 'Sam',
    role: 'swimmer',
    picture: PNG,
    empathy: { pains: 'Queues' },
    jobStories: [{ situation: 'a', motivation: 'b' }]
  })
  await call(ctx, 'personas.linkItems', { personaId: sam.id, itemIds: [items[0]!.id, items[3]!.id] })
  await call(ctx, 'stakeholders.create', {
    productId: product.id,
    name: 'Mayor',
    power: 90,
    interest: 60,
    cadenceDays: 30,
    lastContactOn: '2025-01-01'
  })
  return product
}

describe('product level', () => {
  it('exports the customers section and imports it back to the same state', async () => {
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
    expect(twice.document.sections.customers).toEqual(once.document.sections.customers)
    expect(once.document.sections.customers).toEqual(original.sections.customers)
    const [persona] = await call(once.ctx, 'personas.list', { productId: once.product.id })
    expect(persona).toMatchObject({ name: 'Sam', picture: PNG, empathy: { pains: 'Queues' } })
    expect(persona!.itemIds).toHaveLength(2)
  })

  it('deleting a product removes its personas, their links and its stakeholders', async () => {
    const { ctx } = await openTestContext()
    const product = await fullProduct(ctx)
    const conn = readConnection(ctx.databaseFile)
    const count = (table: string) => (conn.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
    const tables = ['personas', 'item_persona_links', 'stakeholders']
    for (const table of tables) expect(count(table), table).toBeGreaterThan(0)
    await call(ctx, 'products.delete', { id: product.id, confirmName: product.name })
    for (const table of tables) expect(count(table), table).toBe(0)
  })
})

describe('sample product', () => {
  it('has three personas matching its commonest story roles and about ten stakeholders, two overdue', async () => {
    const { ctx } = await openTestContext({ sample: true })
    const [sample] = await call(ctx, 'products.list')
    const productId = sample!.id
    const personas = await call(ctx, 'personas.list', { productId })
    expect(personas.map((p) => p.role)).toEqual(['swimmer', 'parent', 'front-desk assistant'])
    expect(personas.every((p) => p.itemIds.length > 0 && p.empathy.feels !== '')).toBe(true)
    const matches = await call(ctx, 'personas.unmatchedStories', { productId })
    expect(matches.matched.length).toBeGreaterThan(matches.unmatched.length)
    expect(matches.unmatched.map((s) => s.role)).toContain('duty manager')
    const stakeholders = await call(ctx, 'stakeholders.list', { productId })
    expect(stakeholders).toHaveLength(10)
    expect(stakeholders.filter((s) => s.overdue)).toHaveLength(2)
    expect(new Set(stakeholders.map((s) => s.quadrant)).size).toBe(4)
  })
})
