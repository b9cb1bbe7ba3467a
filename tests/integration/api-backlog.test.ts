import { describe, expect, it } from 'vitest'
import type { BacklogItem } from '@shared/api'
import { FIBONACCI_POINTS } from '@shared/domain/estimate'
import { call, fail, openHarness, openTestContext, readConnection, snapshotTables, type Harness } from './helpers/temp'

type Api = Pick<Harness, 'dispatch'>

async function newProduct(api: Api, name = 'Harbour ferries') {
  const product = await call(api, 'products.create', {
    name,
    description: 'Tickets and timetables for the harbour ferries'
  })
  const states = await call(api, 'workflow.list', { productId: product.id })
  const state = (name: string) => states.find((s) => s.name === name)!.id
  return { product, states, state }
}

async function add(
  api: Api,
  productId: number,
  title: string,
  placement: 'top' | 'bottom' = 'bottom',
  extra: object = {}
) {
  return call(api, 'backlog.create', { productId, title, placement, ...extra })
}

/** The ranks of the product's live items as stored (the list leaves them out: it is in their order). */
const liveRanks = (api: Harness, productId: number) =>
  (
    api.sqlite
      .prepare('SELECT rank FROM backlog_items WHERE product_id = ? AND deleted_at IS NULL')
      .all(productId) as Array<{ rank: string }>
  ).map((r) => r.rank)

async function titles(api: Api, productId: number): Promise<string[]> {
  return (await call(api, 'backlog.list', { productId })).map((i) => i.title)
}

function countWhere(conn: ReturnType<typeof readConnection>, sql: string, ...params: unknown[]): number {
  return (conn.prepare(`SELECT count(*) AS n FROM ${sql}`).get(...params) as { n: number }).n
}

describe('backlog items', () => {
  it('creates items at the top or the bottom, in the first state, with their arrival in the history', async () => {
    const api = await openHarness()
    const { product, state } = await newProduct(api)
    const a = await add(api, product.id, 'A: buy a single ticket')
    await add(api, product.id, 'B: buy a return ticket')
    await add(api, product.id, 'C: see the timetable', 'top')
    await add(api, product.id, 'D: refund a ticket', 'bottom', { type: 'bug', estimate: 3, description: '- It works' })
    expect(await titles(api, product.id)).toEqual([
      'C: see the timetable',
      'A: buy a single ticket',
      'B: buy a return ticket',
      'D: refund a ticket'
    ])

    expect(a).toMatchObject({
      type: 'story',
      description: '',
      estimate: null,
      stateId: state('New'),
      productId: product.id
    })
    expect(a.createdAt).toBe(a.updatedAt)
    const history = await call(api, 'backlog.history', { id: a.id })
    expect(history).toEqual([
      {
        id: expect.any(Number),
        itemId: a.id,
        fromStateId: null,
        toStateId: state('New'),
        changedAt: a.createdAt,
        notDoneReason: null
      }
    ])

    const ready = await add(api, product.id, 'E: already refined', 'bottom', { stateId: state('Ready') })
    expect(ready.stateId).toBe(state('Ready'))
    expect((await call(api, 'backlog.get', { id: ready.id })).title).toBe('E: already refined')
  })

  it('updates fields, refuses estimates off the scale, and records status changes with their time', async () => {
    const api = await openHarness()
    const { product, state } = await newProduct(api)
    const item = await add(api, product.id, 'As a passenger, I want a ticket on my phone, so that I need no paper')

    const updated = await call(api, 'backlog.update', {
      id: item.id,
      patch: {
        title: '  As a passenger, I want my ticket on my phone, so that I need no paper  ',
        description: '- Shows a QR code',
        type: 'feature',
        estimate: 5
      }
    })
    expect(updated).toMatchObject({
      title: 'As a passenger, I want my ticket on my phone, so that I need no paper',
      description: '- Shows a QR code',
      type: 'feature',
      estimate: 5,
      stateId: state('New'),
      createdAt: item.createdAt
    })
    expect(updated.updatedAt > item.updatedAt).toBe(true)
    expect(await call(api, 'backlog.history', { id: item.id })).toHaveLength(1)

    const offScale = await fail(api, 'backlog.update', { id: item.id, patch: { estimate: 4 } })
    expect(offScale.code).toBe('invalid_input')
    expect(offScale.issues).toEqual([expect.objectContaining({ path: 'patch.estimate' })])
    expect(offScale.message).toContain(FIBONACCI_POINTS.join(', '))
    expect((await call(api, 'backlog.get', { id: item.id })).estimate).toBe(5)

    const cleared = await call(api, 'backlog.update', { id: item.id, patch: { estimate: null } })
    expect(cleared.estimate).toBeNull()

    const started = await call(api, 'backlog.update', { id: item.id, patch: { stateId: state('In progress') } })
    expect(started.stateId).toBe(state('In progress'))
    const reviewed = await call(api, 'backlog.update', { id: item.id, patch: { stateId: state('In review') } })
    // Setting the same state again is not a change.
    await call(api, 'backlog.update', {
      id: item.id,
      patch: { stateId: state('In review'), title: 'Ticket on my phone' }
    })
    const history = await call(api, 'backlog.history', { id: item.id })
    expect(history.map((h) => [h.fromStateId, h.toStateId, h.changedAt])).toEqual([
      [null, state('New'), item.createdAt],
      [state('New'), state('In progress'), started.updatedAt],
      [state('In progress'), state('In review'), reviewed.updatedAt]
    ])

    const other = await newProduct(api, 'Other product')
    const foreignState = await fail(api, 'backlog.update', { id: item.id, patch: { stateId: other.state('Done') } })
    expect(foreignState).toMatchObject({
      code: 'invalid_input',
      issues: [expect.objectContaining({ path: 'patch.stateId' })]
    })

    expect(await fail(api, 'backlog.update', { id: 999_999, patch: { title: 'x' } })).toMatchObject({
      code: 'not_found'
    })
  })

  it('moves an item by writing exactly one row', async () => {
    const api = await openHarness()
    const { product } = await newProduct(api)
    const items: BacklogItem[] = []
    for (const title of ['one', 'two', 'three', 'four', 'five']) items.push(await add(api, product.id, title))
    const [one, two, , four, five] = items as [BacklogItem, BacklogItem, BacklogItem, BacklogItem, BacklogItem]

    const rowsBefore = api.sqlite.prepare('SELECT * FROM backlog_items ORDER BY id').all() as BacklogItemRow[]
    const changesBefore = api.totalChanges()
    const moved = await call(api, 'backlog.move', { id: five.id, afterId: one.id, beforeId: two.id })
    // The moved row, plus the move's entry in the undo history.
    expect(api.totalChanges() - changesBefore).toBe(2)

    const rowsAfter = api.sqlite.prepare('SELECT * FROM backlog_items ORDER BY id').all() as BacklogItemRow[]
    const differing = rowsAfter.filter((row, i) => JSON.stringify(row) !== JSON.stringify(rowsBefore[i]))
    expect(differing.map((r) => r.id)).toEqual([five.id])
    expect(moved.rank > one.rank && moved.rank < two.rank).toBe(true)
    expect(await titles(api, product.id)).toEqual(['one', 'five', 'two', 'three', 'four'])

    // To either end, also one row each.
    let mark = api.totalChanges()
    await call(api, 'backlog.move', { id: four.id, afterId: null, beforeId: one.id })
    expect(api.totalChanges() - mark).toBe(2)
    mark = api.totalChanges()
    await call(api, 'backlog.move', { id: one.id, afterId: items[2]!.id, beforeId: null })
    expect(api.totalChanges() - mark).toBe(2)
    expect(await titles(api, product.id)).toEqual(['four', 'five', 'two', 'three', 'one'])
  })

  // A client with a stale view of the backlog must never make two live items share a rank.
  const ranksStayUnique = async (api: Harness, productId: number) => {
    const ranks = liveRanks(api, productId)
    expect(new Set(ranks).size).toBe(ranks.length)
  }

  it('never gives two items the same rank when the end neighbour is stale (afterId set, beforeId null)', async () => {
    const api = await openHarness()
    const { product } = await newProduct(api)
    const one = await add(api, product.id, 'one')
    const two = await add(api, product.id, 'two')
    // The client still thinks `two` is last; meanwhile `three` was added at the bottom.
    await add(api, product.id, 'three')
    const result = await api.dispatch('backlog.move', { id: one.id, afterId: two.id, beforeId: null })
    expect(result.ok || result.error.code === 'conflict').toBe(true)
    await ranksStayUnique(api, product.id)
  })

  it('never gives two items the same rank when an item was slotted between the neighbours meanwhile', async () => {
    const api = await openHarness()
    const { product } = await newProduct(api)
    const a = await add(api, product.id, 'a')
    const c = await add(api, product.id, 'c')
    const x = await add(api, product.id, 'x')
    const y = await add(api, product.id, 'y')
    // Another window moves x between a and c; this one, still seeing [a, c, x, y], moves y there too.
    await call(api, 'backlog.move', { id: x.id, afterId: a.id, beforeId: c.id })
    const result = await api.dispatch('backlog.move', { id: y.id, afterId: a.id, beforeId: c.id })
    expect(result.ok || result.error.code === 'conflict').toBe(true)
    await ranksStayUnique(api, product.id)
  })

  it('refuses moves next to itself, a deleted item, an item of another product, or neighbours in the wrong order', async () => {
    const api = await openHarness()
    const { product } = await newProduct(api)
    const a = await add(api, product.id, 'a')
    const b = await add(api, product.id, 'b')
    const c = await add(api, product.id, 'c')
    const other = await newProduct(api, 'Somebody else’s product')
    const foreign = await add(api, other.product.id, 'foreign')
    await call(api, 'backlog.delete', { id: b.id })
    const before = snapshotTables(api.sqlite)

    expect(await fail(api, 'backlog.move', { id: a.id, afterId: a.id, beforeId: null })).toMatchObject({
      code: 'invalid_input',
      issues: [expect.objectContaining({ path: 'afterId' })]
    })
    expect(await fail(api, 'backlog.move', { id: a.id, afterId: b.id, beforeId: null })).toMatchObject({
      code: 'not_found',
      issues: [expect.objectContaining({ path: 'afterId' })]
    })
    expect(await fail(api, 'backlog.move', { id: a.id, afterId: null, beforeId: foreign.id })).toMatchObject({
      code: 'invalid_input',
      issues: [expect.objectContaining({ path: 'beforeId' })]
    })
    expect(await fail(api, 'backlog.move', { id: a.id, afterId: c.id, beforeId: a.id })).toMatchObject({
      code: 'invalid_input'
    })
    const wrongOrder = await add(api, product.id, 'd')
    const snapshotWithD = snapshotTables(api.sqlite)
    expect(await fail(api, 'backlog.move', { id: wrongOrder.id, afterId: c.id, beforeId: a.id })).toMatchObject({
      code: 'conflict'
    })
    expect(await fail(api, 'backlog.move', { id: b.id, afterId: null, beforeId: null })).toMatchObject({
      code: 'not_found'
    })
    expect(snapshotTables(api.sqlite)).toEqual(snapshotWithD)
    expect(before.backlog_items!.count + 1).toBe(snapshotWithD.backlog_items!.count)
  })

  it('keeps the order after the database is closed and reopened', async () => {
    const first = await openTestContext()
    const { product } = await newProduct(first.ctx)
    const ids: number[] = []
    for (let i = 0; i < 12; i++)
      ids.push((await add(first.ctx, product.id, `Item number ${i}`, i % 3 === 0 ? 'top' : 'bottom')).id)
    await call(first.ctx, 'backlog.move', { id: ids[5], afterId: null, beforeId: ids[9] })
    await call(first.ctx, 'backlog.move', { id: ids[0], afterId: ids[4], beforeId: ids[7] })
    const order = (await call(first.ctx, 'backlog.list', { productId: product.id })).map((i) => i.id)
    await first.ctx.close()

    const second = await openTestContext({ dataDir: first.dataDir })
    const reopened = (await call(second.ctx, 'backlog.list', { productId: product.id })).map((i) => i.id)
    expect(reopened).toEqual(order)
  })

  it('deletes an item and restores it at its old place, even when that place was taken meanwhile', async () => {
    const api = await openHarness()
    const { product } = await newProduct(api)
    const a = await add(api, product.id, 'a')
    const c = await add(api, product.id, 'c')
    const x = await add(api, product.id, 'x')
    const b = await call(api, 'backlog.move', {
      id: (await add(api, product.id, 'b')).id,
      afterId: a.id,
      beforeId: c.id
    })
    expect(await titles(api, product.id)).toEqual(['a', 'b', 'c', 'x'])

    expect(await call(api, 'backlog.delete', { id: b.id })).toEqual({ deleted: b.id })
    expect(await titles(api, product.id)).toEqual(['a', 'c', 'x'])
    expect(await fail(api, 'backlog.get', { id: b.id })).toMatchObject({ code: 'not_found' })
    expect((await call(api, 'products.list', {}))[0]!.itemCount).toBe(3)

    const restored = await call(api, 'backlog.restore', { id: b.id })
    expect(restored.rank).toBe(b.rank)
    expect(await titles(api, product.id)).toEqual(['a', 'b', 'c', 'x'])
    // The status history survived the round trip.
    expect(await call(api, 'backlog.history', { id: b.id })).toHaveLength(1)
    // Restoring an item that is not deleted leaves it alone.
    expect((await call(api, 'backlog.restore', { id: b.id })).rank).toBe(b.rank)

    // Delete b again, then move x into exactly the rank b had (the key between a and c).
    await call(api, 'backlog.delete', { id: b.id })
    const movedX = await call(api, 'backlog.move', { id: x.id, afterId: a.id, beforeId: c.id })
    expect(movedX.rank).toBe(b.rank)
    await call(api, 'backlog.restore', { id: b.id })
    expect(await titles(api, product.id)).toEqual(['a', 'x', 'b', 'c'])
    const ranks = liveRanks(api, product.id)
    expect(new Set(ranks).size).toBe(ranks.length)

    expect(await fail(api, 'backlog.restore', { id: 999_999 })).toMatchObject({ code: 'not_found' })
    expect(await fail(api, 'backlog.delete', { id: 999_999 })).toMatchObject({ code: 'not_found' })
  })
})

describe('products', () => {
  it('creates and renames, refusing a duplicate name with a conflict on the name field', async () => {
    const api = await openHarness()
    const { product } = await newProduct(api, 'Harbour ferries')
    expect(product).toMatchObject({ name: 'Harbour ferries', isSample: false, archived: false, itemCount: 0 })
    await newProduct(api, 'Lighthouse tours')

    for (const name of ['Harbour ferries', 'HARBOUR FERRIES', '  harbour ferries ']) {
      const duplicate = await fail(api, 'products.create', { name })
      expect(duplicate.code, name).toBe('conflict')
      expect(duplicate.issues).toEqual([expect.objectContaining({ path: 'name' })])
      expect(duplicate.message).toContain('already exists')
    }
    const renameClash = await fail(api, 'products.rename', { id: product.id, name: 'Lighthouse Tours' })
    expect(renameClash).toMatchObject({ code: 'conflict', issues: [expect.objectContaining({ path: 'name' })] })

    const renamed = await call(api, 'products.rename', { id: product.id, name: 'Harbour and river ferries' })
    expect(renamed.name).toBe('Harbour and river ferries')
    expect(renamed.updatedAt > product.updatedAt).toBe(true)
    expect(await fail(api, 'products.rename', { id: 999_999, name: 'Nope' })).toMatchObject({ code: 'not_found' })
    expect((await call(api, 'products.list', {})).map((p) => p.name)).toEqual([
      'Harbour and river ferries',
      'Lighthouse tours'
    ])
  })

  it('hides archived products unless asked, and brings them back', async () => {
    const api = await openHarness()
    const { product } = await newProduct(api, 'Archived one')
    await newProduct(api, 'Zebra crossing app')
    const archived = await call(api, 'products.setArchived', { id: product.id, archived: true })
    expect(archived.archived).toBe(true)
    expect((await call(api, 'products.list', {})).map((p) => p.name)).toEqual(['Zebra crossing app'])
    // Active first, archived after.
    expect((await call(api, 'products.list', { includeArchived: true })).map((p) => p.name)).toEqual([
      'Zebra crossing app',
      'Archived one'
    ])
    await call(api, 'products.setArchived', { id: product.id, archived: false })
    expect((await call(api, 'products.list', {})).map((p) => p.name)).toEqual(['Archived one', 'Zebra crossing app'])
  })

  it('deletes a product and everything in it only when its name is repeated', async () => {
    const api = await openHarness()
    const doomed = await newProduct(api, 'Doomed product')
    const kept = await newProduct(api, 'Kept product')
    for (const p of [doomed, kept]) {
      const item = await add(api, p.product.id, 'Something to do')
      await call(api, 'backlog.update', { id: item.id, patch: { stateId: p.state('In progress') } })
      await add(api, p.product.id, 'Something else')
    }
    const keptBefore = await call(api, 'backlog.list', { productId: kept.product.id })
    const before = snapshotTables(api.sqlite)

    const wrong = await fail(api, 'products.delete', { id: doomed.product.id, confirmName: 'Doomed' })
    expect(wrong).toMatchObject({ code: 'invalid_input', issues: [expect.objectContaining({ path: 'confirmName' })] })
    expect(wrong.message).toContain('Doomed product')
    expect(snapshotTables(api.sqlite)).toEqual(before)

    expect(await call(api, 'products.delete', { id: doomed.product.id, confirmName: 'Doomed product' })).toEqual({
      deleted: doomed.product.id
    })
    const id = doomed.product.id
    expect(countWhere(api.sqlite, 'products WHERE id = ?', id)).toBe(0)
    expect(countWhere(api.sqlite, 'workflow_states WHERE product_id = ?', id)).toBe(0)
    expect(countWhere(api.sqlite, 'backlog_items WHERE product_id = ?', id)).toBe(0)
    expect(countWhere(api.sqlite, 'status_changes WHERE item_id NOT IN (SELECT id FROM backlog_items)')).toBe(0)
    expect(countWhere(api.sqlite, 'status_changes')).toBe(3)
    expect(await call(api, 'backlog.list', { productId: kept.product.id })).toEqual(keptBefore)
    expect(await fail(api, 'workflow.list', { productId: id })).toMatchObject({ code: 'not_found' })
  })
})

describe('sample product', () => {
  it('is recreated by sample.reset and removed by sample.remove, leaving other products alone', async () => {
    const { ctx } = await openTestContext({ sample: true })
    const conn = readConnection(ctx.databaseFile)
    const mine = await newProduct(ctx, 'My real product')
    await add(ctx, mine.product.id, 'My real item')
    const [original] = (await call(ctx, 'products.list', {})).filter((p) => p.isSample)
    const originalItems = await call(ctx, 'backlog.list', { productId: original!.id })

    // Spoil the sample, then reset it.
    await call(ctx, 'backlog.delete', { id: originalItems[0]!.id })
    await call(ctx, 'products.rename', { id: original!.id, name: 'Sample: spoiled' })
    const reset = await call(ctx, 'sample.reset')
    expect(reset.isSample).toBe(true)
    expect(reset.id).not.toBe(original!.id)
    expect(reset.name).toBe(original!.name)
    expect(reset.itemCount).toBe(original!.itemCount)
    const resetItems = await call(ctx, 'backlog.list', { productId: reset.id })
    expect(resetItems.map((i) => i.title)).toEqual(originalItems.map((i) => i.title))
    expect(countWhere(conn, 'products WHERE is_sample = 1')).toBe(1)
    expect(countWhere(conn, 'backlog_items WHERE product_id = ?', original!.id)).toBe(0)
    expect(countWhere(conn, 'workflow_states WHERE product_id = ?', original!.id)).toBe(0)

    expect(await call(ctx, 'sample.remove')).toEqual({ removed: true })
    const left = await call(ctx, 'products.list', { includeArchived: true })
    expect(left.map((p) => p.name)).toEqual(['My real product'])
    expect(left[0]!.itemCount).toBe(1)
    expect(countWhere(conn, 'backlog_items')).toBe(1)
    expect(countWhere(conn, 'status_changes')).toBe(1)
    expect(countWhere(conn, 'workflow_states')).toBe(5)
    expect(await fail(ctx, 'sample.remove')).toMatchObject({ code: 'not_found' })

    // Reset also brings a removed sample back.
    expect((await call(ctx, 'sample.reset')).isSample).toBe(true)
  })
})

interface BacklogItemRow {
  id: number
  rank: string
}
