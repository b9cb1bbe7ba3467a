import { describe, expect, it } from 'vitest'
import type { SearchHit } from '@shared/api/methods/backlog'
import { call, fail, openTestContext, readConnection, snapshotTables } from './helpers/temp'

async function backlog() {
  const { ctx } = await openTestContext()
  const product = await call(ctx, 'products.create', { name: 'Searchable' })
  const add = (title: string, extra: object = {}) =>
    call(ctx, 'backlog.create', { productId: product.id, title, ...extra })
  const login = await add('As a member, I want to sign in', { estimate: 3 })
  const export_ = await add('Export the report', {
    type: 'technical',
    description: 'Write a spreadsheet of the monthly figures'
  })
  const receipt = await add('Receipt by email')
  await call(ctx, 'backlog.update', {
    id: receipt.id,
    patch: { criteria: ['The receipt lists every discount coupon applied'], labels: ['email'] }
  })
  const states = await call(ctx, 'workflow.list', { productId: product.id })
  const search = (query: string, filters: object = {}) =>
    call<SearchHit[]>(ctx, 'backlog.search', { productId: product.id, query, filters })
  return { ctx, productId: product.id, login, export_, receipt, states, search }
}

describe('backlog search', () => {
  it('finds words in titles, descriptions and criteria as prefixes, in backlog order, with a snippet', async () => {
    const { search, login, export_, receipt } = await backlog()
    expect((await search('sign')).map((h) => h.id)).toEqual([login.id])
    expect(await search('coup')).toEqual([
      {
        id: receipt.id,
        snippet: {
          field: 'criteria',
          parts: [
            { text: 'The receipt lists every discount ', match: false },
            { text: 'coupon', match: true },
            { text: ' applied', match: false }
          ]
        }
      }
    ])
    expect((await search('monthly')).map((h) => [h.id, h.snippet?.field])).toEqual([[export_.id, 'description']])
    expect((await search('')).map((h) => h.id)).toEqual([login.id, export_.id, receipt.id])
  })

  it('follows edits of titles and criteria, and leaves out deleted items', async () => {
    const { ctx, search, receipt, login } = await backlog()
    await call(ctx, 'backlog.update', { id: receipt.id, patch: { criteria: ['Shows the VAT number'] } })
    expect(await search('coupon')).toEqual([])
    expect((await search('vat')).map((h) => h.id)).toEqual([receipt.id])
    await call(ctx, 'backlog.update', { id: login.id, patch: { title: 'Log in with a passkey' } })
    expect((await search('passk')).map((h) => h.id)).toEqual([login.id])
    await call(ctx, 'backlog.delete', { id: login.id })
    expect(await search('passkey')).toEqual([])
  })

  it('survives odd input: quotes, stars, operators, brackets', async () => {
    const { search, receipt } = await backlog()
    for (const query of [
      '"',
      'receipt"',
      '*',
      'AND',
      'receipt AND',
      'NOT receipt',
      '(receipt',
      'receipt)',
      'a:b',
      '^x',
      'NEAR(',
      '-',
      "'; DROP TABLE x; --"
    ]) {
      await expect(search(query)).resolves.toBeInstanceOf(Array)
    }
    expect((await search('"receipt lists"')).map((h) => h.id)).toEqual([receipt.id])
    expect((await search('(receipt')).map((h) => h.id)).toEqual([receipt.id])
  })

  it('filters by type, status, label, estimate and readiness', async () => {
    const { search, login, export_, receipt, states } = await backlog()
    expect((await search('', { types: ['technical'] })).map((h) => h.id)).toEqual([export_.id])
    expect((await search('', { labels: ['EMAIL'] })).map((h) => h.id)).toEqual([receipt.id])
    expect((await search('', { estimate: { kind: 'none' } })).map((h) => h.id)).toEqual([export_.id, receipt.id])
    expect((await search('', { estimate: { kind: 'range', min: 2, max: 5 } })).map((h) => h.id)).toEqual([login.id])
    expect((await search('', { stateIds: [states[1]!.id] })).map((h) => h.id)).toEqual([])
    expect(await search('', { ready: true })).toEqual([])
  })
})

describe('bulk edit', () => {
  it('changes several items in one step, records status history, and undoes as one edit', async () => {
    const { ctx, productId, login, export_, receipt, states } = await backlog()
    const inProgress = states.find((s) => s.category === 'in_progress')!
    await call(ctx, 'backlog.bulkUpdate', {
      ids: [login.id, export_.id],
      patch: { stateId: inProgress.id, estimate: 5, addLabels: ['q3'], removeLabels: ['email'] }
    })
    const items = await call(ctx, 'backlog.list', { productId })
    expect(items.map((i) => [i.stateId, i.estimate, i.labels])).toEqual([
      [inProgress.id, 5, ['q3']],
      [inProgress.id, 5, ['q3']],
      [states[0]!.id, null, ['email']]
    ])
    const history = await call(ctx, 'backlog.history', { id: login.id })
    expect(history.at(-1)!.toStateId).toBe(inProgress.id)
    await call(ctx, 'backlog.undo', { productId })
    const undone = await call(ctx, 'backlog.list', { productId })
    expect(undone.map((i) => [i.stateId, i.estimate, i.labels])).toEqual([
      [states[0]!.id, 3, []],
      [states[0]!.id, null, []],
      [states[0]!.id, null, ['email']]
    ])
    expect(receipt.id).toBeGreaterThan(0)
  })

  it('refuses a done status without the Definition of Done, and items of another product, changing nothing', async () => {
    const { ctx, login, states } = await backlog()
    const other = await call(ctx, 'products.create', { name: 'Other' })
    const stranger = await call(ctx, 'backlog.create', { productId: other.id, title: 'Elsewhere' })
    const conn = readConnection(ctx.databaseFile)
    const before = snapshotTables(conn)
    const done = states.find((s) => s.category === 'done')!
    expect(
      (await fail(ctx, 'backlog.bulkUpdate', { ids: [login.id], patch: { stateId: done.id } })).issues?.[0]?.path
    ).toBe('confirmDone')
    expect(
      (await fail(ctx, 'backlog.bulkUpdate', { ids: [login.id, stranger.id], patch: { estimate: 2 } })).issues?.[0]
        ?.path
    ).toBe('ids.1')
    expect((await fail(ctx, 'backlog.bulkUpdate', { ids: [login.id, 99999], patch: { estimate: 2 } })).code).toBe(
      'not_found'
    )
    expect(snapshotTables(conn)).toEqual(before)
    await call(ctx, 'backlog.bulkUpdate', { ids: [login.id], patch: { stateId: done.id }, confirmDone: true })
  })
})

describe('saved filters', () => {
  it('saves, replaces by name, lists and deletes', async () => {
    const { ctx, productId, states } = await backlog()
    const first = await call(ctx, 'filters.save', {
      productId,
      name: 'Small bugs',
      query: '',
      filters: { types: ['bug'], estimate: { kind: 'range', max: 3 } }
    })
    const replaced = await call(ctx, 'filters.save', {
      productId,
      name: 'small BUGS',
      query: 'crash',
      filters: { stateIds: [states[0]!.id] }
    })
    expect(replaced.id).toBe(first.id)
    expect(await call(ctx, 'filters.list', { productId })).toEqual([replaced])
    expect(
      (await fail(ctx, 'filters.save', { productId, name: 'Bad', filters: { stateIds: [99999] } })).issues?.[0]?.path
    ).toBe('filters.stateIds.0')
    await call(ctx, 'filters.delete', { id: first.id })
    expect(await call(ctx, 'filters.list', { productId })).toEqual([])
    expect((await fail(ctx, 'filters.delete', { id: first.id })).code).toBe('not_found')
  })
})
