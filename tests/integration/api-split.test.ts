import { describe, expect, it } from 'vitest'
import { call, fail, openHarness } from './helpers/temp'

describe('splitting an item', () => {
  it('places the children right under the item, as stories with its labels, and keeps its history', async () => {
    const api = await openHarness()
    const product = await call(api, 'products.create', { name: 'Harbour ferries' })
    const add = (title: string, extra: object = {}) =>
      call(api, 'backlog.create', { productId: product.id, title, ...extra })
    const big = await add('As a commuter, I want to manage my season tickets, so that I travel without queueing', {
      estimate: 20
    })
    const next = await add('See the timetable')
    await call(api, 'backlog.update', { id: big.id, patch: { labels: ['tickets'] } })
    const historyBefore = await call(api, 'backlog.history', { id: big.id })

    const { parent, children } = await call(api, 'backlog.split', {
      itemId: big.id,
      pattern: 'spike-first',
      children: [
        { title: 'Spike: find out how season tickets are priced', type: 'spike' },
        { title: 'As a commuter, I want to buy a season ticket', estimate: 8 }
      ]
    })
    const list = await call(api, 'backlog.list', { productId: product.id })
    expect(list.map((i) => i.id)).toEqual([big.id, ...children.map((c) => c.id), next.id])
    expect(children.map((c) => [c.type, c.parentId, c.labels, c.estimate])).toEqual([
      ['spike', big.id, ['tickets'], null],
      ['story', big.id, ['tickets'], 8]
    ])
    // A story that holds stories is a feature now; its own estimate and history stay.
    expect(parent).toMatchObject({ type: 'feature', estimate: 20 })
    expect(await call(api, 'backlog.history', { id: big.id })).toEqual(historyBefore)
    const detail = await call(api, 'backlog.detail', { id: big.id })
    expect(detail.children.map((c) => c.id)).toEqual(children.map((c) => c.id))
    expect(api.sqlite.prepare('SELECT pattern FROM item_splits WHERE item_id = ?').all(big.id)).toEqual([
      { pattern: 'spike-first' }
    ])
  })

  it('refuses estimates off the scale, a deleted item and too few children, writing nothing', async () => {
    const api = await openHarness()
    const product = await call(api, 'products.create', { name: 'Harbour ferries' })
    const item = await call(api, 'backlog.create', { productId: product.id, title: 'Refunds', type: 'feature' })
    const count = () => api.sqlite.prepare('SELECT count(*) AS n FROM backlog_items').get()
    const before = count()
    const offScale = await fail(api, 'backlog.split', {
      itemId: item.id,
      pattern: 'crud',
      children: [{ title: 'A' }, { title: 'B', estimate: 4 }]
    })
    expect(offScale.issues?.[0]?.path).toBe('children.1.estimate')
    expect(
      (await fail(api, 'backlog.split', { itemId: item.id, pattern: 'crud', children: [{ title: 'A' }] })).issues?.[0]
        ?.path
    ).toBe('children')
    await call(api, 'backlog.delete', { id: item.id })
    expect(
      (
        await fail(api, 'backlog.split', {
          itemId: item.id,
          pattern: 'crud',
          children: [{ title: 'A' }, { title: 'B' }]
        })
      ).code
    ).toBe('not_found')
    expect(count()).toEqual(before)
  })
})
