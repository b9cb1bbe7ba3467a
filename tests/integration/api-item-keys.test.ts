import { describe, expect, it } from 'vitest'
import type { Product } from '@shared/api'
import type { SearchHit } from '@shared/api/methods/backlog'
import { call, fail, openHarness, openTestContext } from './helpers/temp'

async function twoProducts() {
  const api = await openHarness()
  const ferries = await call(api, 'products.create', { name: 'Harbour ferries' })
  const bikes = await call(api, 'products.create', { name: 'Bikes' })
  const add = (product: Product, title: string, extra: object = {}) =>
    call(api, 'backlog.create', { productId: product.id, title, ...extra })
  return { api, ferries, bikes, add }
}

describe('item keys', () => {
  it('numbers items per product from 1, under a prefix taken from the name', async () => {
    const { api, ferries, bikes, add } = await twoProducts()
    expect([ferries.itemPrefix, bikes.itemPrefix]).toEqual(['HF', 'BIK'])
    const a = await add(ferries, 'Buy a ticket')
    const b = await add(ferries, 'See the timetable')
    const c = await add(bikes, 'Rent a bike')
    expect([a.key, b.key, c.key]).toEqual(['HF-1', 'HF-2', 'BIK-1'])
    // Split children, like every other way of adding, take the next numbers.
    await call(api, 'backlog.split', {
      itemId: b.id,
      pattern: 'crud',
      children: [{ title: 'Create timetables' }, { title: 'View timetables' }]
    })
    const list = await call(api, 'backlog.list', { productId: ferries.id })
    expect(list.map((i) => i.key).sort()).toEqual(['HF-1', 'HF-2', 'HF-3', 'HF-4'])
  })

  it('never hands a number out twice, even after its item was deleted or its adding undone', async () => {
    const { api, ferries, add } = await twoProducts()
    await add(ferries, 'Buy a ticket')
    const second = await add(ferries, 'Refund a ticket')
    await call(api, 'backlog.delete', { id: second.id })
    expect((await add(ferries, 'Print a ticket')).key).toBe('HF-3')
    await call(api, 'backlog.undo', { productId: ferries.id })
    expect((await add(ferries, 'Show a ticket')).key).toBe('HF-4')
  })

  it('shows the keys in the detail and its relations, and a changed prefix in every key', async () => {
    const { api, ferries, add } = await twoProducts()
    const epic = await add(ferries, 'Tickets', { type: 'epic' })
    const story = await add(ferries, 'Buy a ticket', { type: 'feature' })
    await call(api, 'backlog.update', { id: story.id, patch: { parentId: epic.id } })
    await call(api, 'backlog.link', { blockerId: epic.id, blockedId: story.id })
    const renamed = await call(api, 'products.setItemPrefix', { id: ferries.id, itemPrefix: ' ferry ' })
    expect(renamed.itemPrefix).toBe('FERRY')
    const detail = await call(api, 'backlog.detail', { id: story.id })
    expect([detail.item.key, detail.parent?.key, detail.blockedBy[0]?.key]).toEqual(['FERRY-2', 'FERRY-1', 'FERRY-1'])
    const refused = await fail(api, 'products.setItemPrefix', { id: ferries.id, itemPrefix: 'P-1' })
    expect(refused.issues).toEqual([
      { path: 'itemPrefix', message: 'Use letters A to Z and digits, starting with a letter, e.g. PB' }
    ])
  })

  it('finds an item by its key, in any case, with the filters still applied, and only in its own product', async () => {
    const { api, ferries, bikes, add } = await twoProducts()
    await add(ferries, 'Buy a ticket')
    const second = await add(ferries, 'HF-1 follow-up', { type: 'bug' })
    await add(bikes, 'Rent a bike')
    const search = (productId: number, query: string, filters: object = {}) =>
      call<SearchHit[]>(api, 'backlog.search', { productId, query, filters }).then((hits) => hits.map((h) => h.id))
    expect(await search(ferries.id, 'hf-2')).toEqual([second.id])
    expect(await search(ferries.id, 'HF-2', { types: ['story'] })).toEqual([])
    expect(await search(ferries.id, 'HF-9')).toEqual([])
    // Another product's key is just words.
    expect(await search(bikes.id, 'HF-1')).toEqual([])
  })

  it('keeps the prefix, the numbers and the next number through export and import', async () => {
    const { api, ferries, add } = await twoProducts()
    await call(api, 'products.setItemPrefix', { id: ferries.id, itemPrefix: 'FERRY' })
    const first = await add(ferries, 'Buy a ticket')
    await add(ferries, 'Refund a ticket')
    const third = await add(ferries, 'Print a ticket')
    await call(api, 'backlog.move', { id: third.id, afterId: null, beforeId: first.id })
    await call(api, 'backlog.delete', { id: third.id })
    const document = await call(api, 'products.export', { productId: ferries.id })

    const { ctx } = await openTestContext()
    await call(ctx, 'products.create', { name: 'Some other product' })
    const copy = await call(ctx, 'products.import', { document, name: 'Ferries again' })
    expect(copy.itemPrefix).toBe('FERRY')
    const keys = async (productId: number) =>
      (await call(ctx, 'backlog.list', { productId })).map((i) => [i.key, i.title])
    expect(await keys(copy.id)).toEqual([
      ['FERRY-1', 'Buy a ticket'],
      ['FERRY-2', 'Refund a ticket']
    ])
    // The deleted item's number stays taken.
    expect((await call(ctx, 'backlog.create', { productId: copy.id, title: 'Show a ticket' })).key).toBe('FERRY-4')
  })

  it('numbers the items of a file from before keys in their id order, and refuses a file that numbers two items alike', async () => {
    const { api, ferries, add } = await twoProducts()
    const first = await add(ferries, 'Buy a ticket')
    const second = await add(ferries, 'Refund a ticket')
    await call(api, 'backlog.move', { id: second.id, afterId: null, beforeId: first.id })
    const document = await call(api, 'products.export', { productId: ferries.id })
    type Backlog = { itemKeys?: unknown; items: Array<{ number?: number; title: string }> }
    const older = structuredClone(document)
    const olderBacklog = older.sections.backlog as Backlog
    delete olderBacklog.itemKeys
    for (const item of olderBacklog.items) delete item.number
    const { ctx } = await openTestContext()
    const copy = await call(ctx, 'products.import', { document: older, name: 'Old ferries' })
    expect(copy.itemPrefix).toBe('OF')
    expect((await call(ctx, 'backlog.list', { productId: copy.id })).map((i) => [i.key, i.title])).toEqual([
      ['OF-2', 'Refund a ticket'],
      ['OF-1', 'Buy a ticket']
    ])

    const clash = structuredClone(document)
    for (const item of (clash.sections.backlog as Backlog).items) item.number = 7
    const refused = await fail(ctx, 'products.import', { document: clash, name: 'Clash' })
    expect(refused.issues).toEqual([
      { path: 'document.sections.backlog.items', message: 'Each item has its own number' }
    ])
  })
})
