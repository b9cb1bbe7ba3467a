import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BacklogListItem } from '@shared/api'
import type { AppContext } from '../../src/main/app/context'
import { call, fail, openTestContext, readConnection, snapshotTables } from './helpers/temp'

const JIRA = readFileSync(resolve(import.meta.dirname, '../fixtures/jira-export.csv'), 'utf8')

/** The whole items (the list leaves out their texts and times). */
const whole = (ctx: Pick<AppContext, 'dispatch'>, items: ReadonlyArray<{ id: number }>) =>
  Promise.all(items.map((item) => call(ctx, 'backlog.get', { id: item.id })))

async function importJira(csv = JIRA) {
  const { ctx } = await openTestContext()
  const result = await call(ctx, 'import.commit', { newProductName: 'Shop', format: 'jira', csv })
  const items = await call(ctx, 'backlog.list', { productId: result.productId })
  const states = await call(ctx, 'workflow.list', { productId: result.productId })
  return { ctx, result, items, states }
}

describe('CSV import', () => {
  it('previews a Jira export without writing anything', async () => {
    const { ctx } = await openTestContext()
    const product = await call(ctx, 'products.create', { name: 'Shop' })
    const conn = readConnection(ctx.databaseFile)
    const before = snapshotTables(conn)
    const preview = await call(ctx, 'import.preview', { productId: product.id, format: 'jira', csv: JIRA })
    expect(snapshotTables(conn)).toEqual(before)
    expect(preview.rows.map((r) => [r.key, r.type, r.state, r.estimate])).toEqual([
      ['SHOP-1', 'epic', 'In progress', null],
      ['SHOP-2', 'story', 'Done', 5],
      ['SHOP-3', 'story', 'New', 3],
      ['SHOP-4', 'bug', 'In progress', 2]
    ])
    expect(preview.rows[1]!.labels).toEqual(['payments', 'web'])
    expect(preview.rows[1]!.sprints).toEqual(['Sprint 1', 'Sprint 2'])
    expect(preview.counts).toEqual({
      create: 4,
      update: 0,
      unchanged: 0,
      matchedByTitle: 0,
      removed: 0,
      errors: 0,
      warnings: 2
    })
  })

  it('creates the product, the items in file order, criteria, labels, parents and history from the dates', async () => {
    const { ctx, result, items, states } = await importJira()
    expect(result).toMatchObject({ added: 4, updated: 0, unchanged: 0 })
    expect(items.map((i) => i.title)).toEqual([
      'Checkout and payments',
      'As a shopper, I want to pay by card, so that I can finish my order',
      'As a shopper, I want a receipt by email, so that I have proof',
      'Refund fails for gift cards'
    ])
    const [epic, card] = items
    expect(card!.parentId).toBe(epic!.id)
    expect(card!.labels).toEqual(['payments', 'web'])
    expect(card!.criteriaCount).toBe(2)
    const history = await call(ctx, 'backlog.history', { id: card!.id })
    const name = (id: number | null) => states.find((s) => s.id === id)?.name ?? null
    expect(history.map((h) => [name(h.fromStateId), name(h.toStateId), h.changedAt])).toEqual([
      [null, 'New', '2025-02-03T10:30:00.000Z'],
      ['New', 'Done', '2025-03-12T10:30:00.000Z']
    ])
    const [cardItem, receipt] = await whole(ctx, [card!, items[2]!])
    expect(cardItem!.createdAt).toBe('2025-02-03T10:30:00.000Z')
    // ISO with an offset is read in UTC.
    expect(receipt!.createdAt).toBe('2025-02-10T07:00:00.000Z')
  })

  it('updates items by their key when the same file comes again, and leaves unchanged ones alone', async () => {
    const { ctx, result, items: listed } = await importJira()
    const before = await whole(ctx, listed)
    const changed = JIRA.replace('Refund fails for gift cards', 'Refund fails for gift cards and vouchers')
    const again = await call(ctx, 'import.commit', { productId: result.productId, format: 'jira', csv: changed })
    expect(again).toMatchObject({ added: 0, updated: 1, unchanged: 3 })
    const items = await whole(ctx, await call(ctx, 'backlog.list', { productId: result.productId }))
    expect(items).toHaveLength(4)
    expect(items[3]!.title).toBe('Refund fails for gift cards and vouchers')
    expect(items.slice(0, 3).map((i) => i.updatedAt)).toEqual(before.slice(0, 3).map((i) => i.updatedAt))
  })

  it('matches the rows of a file without keys by title, and says so', async () => {
    const { ctx } = await openTestContext()
    const csv = 'Name;List;Description\nWrite the invite;Backlog;First\nSend reminders;Doing;Second\n'
    const first = await call(ctx, 'import.commit', { newProductName: 'Board', format: 'csv', csv })
    expect(first).toMatchObject({ added: 2, updated: 0, unchanged: 0 })
    const changed = `${csv.replace('Second', 'Second, longer')}New card;Backlog;Third\n`
    const preview = await call(ctx, 'import.preview', { productId: first.productId, format: 'csv', csv: changed })
    expect(preview.counts).toMatchObject({ create: 1, update: 1, unchanged: 1, matchedByTitle: 2 })
    expect(preview.rows.map((r) => [r.title, r.action, r.matchedBy])).toEqual([
      ['Write the invite', 'unchanged', 'title'],
      ['Send reminders', 'update', 'title'],
      ['New card', 'create', null]
    ])
    await call(ctx, 'import.commit', { productId: first.productId, format: 'csv', csv: changed })
    const items = await call(ctx, 'backlog.list', { productId: first.productId })
    expect(items.map((i) => i.title)).toEqual(['Write the invite', 'Send reminders', 'New card'])
  })

  it('refuses a file with one bad row, names its line and column, and leaves nothing behind', async () => {
    const { ctx } = await openTestContext()
    const product = await call(ctx, 'products.create', { name: 'Shop' })
    const conn = readConnection(ctx.databaseFile)
    const before = snapshotTables(conn)
    // The fourth item starts on line 7 (the second item's quoted fields span three lines); Created is column 15.
    const bad = JIRA.replace('14/Feb/25 4:45 PM', '31/Feb/25 4:45 PM')
    const error = await fail(ctx, 'import.commit', { productId: product.id, format: 'jira', csv: bad })
    expect(error.code).toBe('invalid_input')
    expect(error.message).toContain('line 7, column 15')
    expect(error.issues?.[0]).toEqual({ path: 'csv', message: expect.stringContaining('line 7, column 15') })
    expect(snapshotTables(conn)).toEqual(before)
    const fresh = await fail(ctx, 'import.commit', { newProductName: 'Never made', format: 'jira', csv: bad })
    expect(fresh.code).toBe('invalid_input')
    expect(snapshotTables(conn)).toEqual(before)
  })

  it('reads Azure DevOps columns, and a mapped CSV with a chosen state', async () => {
    const { ctx } = await openTestContext()
    const azure = [
      'ID,Work Item Type,Title,State,Story Points,Iteration Path,Parent,Tags,Created Date,Closed Date',
      '7,Feature,Sign-in,Active,,Shop\\Sprint 4,,auth,3/1/2025 9:00:00 AM,',
      '8,Product Backlog Item,Remember me,Closed,3,Shop\\Sprint 4,7,auth; web,3/2/2025 9:00:00 AM,3/9/2025 5:00:00 PM'
    ].join('\r\n')
    // Every date here reads both ways: the import asks rather than guesses.
    const refused = await fail(ctx, 'import.commit', { newProductName: 'Azure shop', format: 'azure', csv: azure })
    expect(refused.message).toContain(
      'Dates in “Created Date” read both day first and month first (“3/1/2025 9:00:00 AM” is 3 January 2025 or 1 March 2025)'
    )
    const az = await call(ctx, 'import.commit', {
      newProductName: 'Azure shop',
      format: 'azure',
      csv: azure,
      dateOrder: 'mdy'
    })
    const items = await call(ctx, 'backlog.list', { productId: az.productId })
    expect(items.map((i) => [i.type, i.title, i.estimate, i.labels])).toEqual([
      ['feature', 'Sign-in', null, ['auth']],
      ['story', 'Remember me', 3, ['auth', 'web']]
    ])
    expect(items[1]!.parentId).toBe(items[0]!.id)

    const generic = 'Name,Kind,Phase\nExport report,Task,Parked\n'
    const preview = await call(ctx, 'import.preview', {
      productId: az.productId,
      format: 'csv',
      csv: generic,
      mapping: { title: 'Name', type: 'Kind', state: 'Phase' }
    })
    expect(preview.unknownStates).toEqual(['Parked'])
    expect(preview.issues[0]).toMatchObject({ line: 2, column: 3, severity: 'warning' })
    await call(ctx, 'import.commit', {
      productId: az.productId,
      format: 'csv',
      csv: generic,
      mapping: { title: 'Name', type: 'Kind', state: 'Phase' },
      states: { Parked: 'Ready' }
    })
    const after = await call(ctx, 'backlog.list', { productId: az.productId })
    const states = await call(ctx, 'workflow.list', { productId: az.productId })
    expect(states.find((s) => s.id === after[2]!.stateId)?.name).toBe('Ready')
    expect(after[2]!.type).toBe('technical')
  })

  it('gives a product it creates a state for removed work, where cancelled items go and count neither as done nor as open', async () => {
    const { ctx } = await openTestContext()
    const csv =
      'Summary,Issue key,Status,Status Category,Created,Resolved\nPay,K-1,Done,Done,2025-01-02,2025-01-09\nGift wrap,K-2,Cancelled,Done,2025-01-03,2025-01-05\n'
    const result = await call(ctx, 'import.commit', { newProductName: 'Shop', format: 'jira', csv })
    expect(result).toMatchObject({ added: 2, removed: 1, warnings: [] })
    const states = await call(ctx, 'workflow.list', { productId: result.productId })
    expect(states.map((s) => [s.name, s.category])).toContainEqual(['Removed', 'removed'])
    const flow = await call(ctx, 'flow.data', { productId: result.productId })
    expect(flow.items.map((i) => [i.title, i.state, i.finishedOn])).toEqual([
      ['Pay', 'Done', '2025-01-09'],
      ['Gift wrap', 'Removed', null]
    ])
  })

  it('is one undoable edit', async () => {
    const { ctx, result } = await importJira()
    await call(ctx, 'backlog.undo', { productId: result.productId })
    expect(await call(ctx, 'backlog.list', { productId: result.productId })).toEqual([])
    await call(ctx, 'backlog.redo', { productId: result.productId })
    expect(await call(ctx, 'backlog.list', { productId: result.productId })).toHaveLength(4)
  })
})

describe('CSV and Markdown export', () => {
  it('writes spreadsheet-safe CSV that imports back as the same backlog', async () => {
    const { ctx, result } = await importJira(JIRA.replace('Refund fails for gift cards', '=1+2 refund'))
    const file = await call(ctx, 'export.csv', { productId: result.productId })
    expect(file.fileName).toBe('shop-backlog.csv')
    expect(file.text).toContain(",'=1+2 refund,")
    const copy = await call(ctx, 'import.commit', { newProductName: 'Copy', format: 'csv', csv: file.text })
    const shape = (items: BacklogListItem[]) =>
      items.map((i) => [i.type, i.title, i.estimate, i.labels, i.criteriaCount])
    const original = await call(ctx, 'backlog.list', { productId: result.productId })
    const copied = await call(ctx, 'backlog.list', { productId: copy.productId })
    expect(shape(copied)).toEqual(shape(original))
    expect(copied[1]!.parentId).toBe(copied[0]!.id)
  })

  it('writes Markdown with the items in order and their criteria', async () => {
    const { ctx, result } = await importJira()
    const file = await call(ctx, 'export.markdown', { productId: result.productId })
    expect(file.text).toContain('# Shop: Product Backlog')
    expect(file.text).toContain('## 2. As a shopper, I want to pay by card, so that I can finish my order')
    expect(file.text).toContain('- Given a declined card, when I pay, then I see a clear reason')
    expect(file.text.indexOf('## 1. Checkout')).toBeLessThan(file.text.indexOf('## 4. Refund'))
  })

  it('keeps import keys and saved filters through the JSON export', async () => {
    const { ctx, result } = await importJira()
    await call(ctx, 'filters.save', {
      productId: result.productId,
      name: 'Payments',
      query: 'card',
      filters: { labels: ['payments'] }
    })
    const document = await call(ctx, 'products.export', { productId: result.productId })
    const fresh = await openTestContext()
    const copy = await call(fresh.ctx, 'products.import', { document })
    const again = await call(fresh.ctx, 'products.export', { productId: copy.id })
    expect(again.sections.search).toEqual(document.sections.search)
    const reimport = await call(fresh.ctx, 'import.commit', { productId: copy.id, format: 'jira', csv: JIRA })
    expect(reimport).toMatchObject({ added: 0, updated: 0, unchanged: 4 })
  })
})
