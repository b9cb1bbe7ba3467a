import { describe, expect, it } from 'vitest'
import type { ProductDocument } from '@shared/api'
import { call, fail, openTestContext, readConnection, snapshotTables } from './helpers/temp'

async function sampleDocument(): Promise<ProductDocument> {
  const { ctx } = await openTestContext({ sample: true })
  const [sample] = await call(ctx, 'products.list')
  return call(ctx, 'products.export', { productId: sample!.id })
}

/** Imports into a fresh data folder and exports again: ids are then assigned the same way each time. */
async function throughFreshDatabase(document: ProductDocument): Promise<ProductDocument> {
  const { ctx } = await openTestContext()
  const product = await call(ctx, 'products.import', { document })
  return call(ctx, 'products.export', { productId: product.id })
}

/** Rows per table, leaving out the full-text index's own storage, whose blocks depend on the order of writes. */
function rowCounts(file: string): Record<string, number> {
  return Object.fromEntries(
    Object.entries(snapshotTables(readConnection(file)))
      .filter(([name]) => !name.startsWith('item_search_'))
      .map(([name, { count }]) => [name, count])
  )
}

const withoutTime = ({ exportedAt: _ignored, ...rest }: ProductDocument) => rest

describe('product JSON export and import', () => {
  it('brings a product back to the same state', async () => {
    const original = await sampleDocument()
    const once = await throughFreshDatabase(original)
    const twice = await throughFreshDatabase(once)
    // A fixed point: importing an export gives a product whose export is identical.
    expect(withoutTime(twice)).toEqual(withoutTime(once))

    // And nothing of the original is lost on the way, ids aside.
    const backlog = (d: ProductDocument) =>
      d.sections.backlog as {
        states: Array<{ name: string; category: string }>
        items: Array<{
          id: number
          title: string
          rank: string
          estimate: number | null
          stateId: number
          createdAt: string
        }>
        history: Array<{ itemId: number; changedAt: string }>
      }
    const [a, b] = [backlog(original), backlog(once)]
    expect(b.states.map((s) => [s.name, s.category])).toEqual(a.states.map((s) => [s.name, s.category]))
    expect(b.items.map((i) => [i.title, i.rank, i.estimate, i.createdAt])).toEqual(
      a.items.map((i) => [i.title, i.rank, i.estimate, i.createdAt])
    )
    // Item by item: an import numbers items in backlog order, so the file's order of histories may change.
    const histories = (d: ReturnType<typeof backlog>) => {
      const titles = new Map(d.items.map((i) => [i.id, i.title]))
      return d.history.map((h) => `${titles.get(h.itemId)} ${h.changedAt}`).sort()
    }
    expect(histories(b)).toEqual(histories(a))
    expect(a.items.length).toBeGreaterThan(100)
    expect(once.product).toEqual(original.product)
  })

  it('leaves every table with as many rows as the sample product had: no table is left out of the file', async () => {
    const source = await openTestContext({ sample: true })
    const [sample] = await call(source.ctx, 'products.list')
    const document = await call(source.ctx, 'products.export', { productId: sample!.id })
    const target = await openTestContext()
    await call(target.ctx, 'products.import', { document })
    await Promise.all([source.ctx.close(), target.ctx.close()])
    const before = rowCounts(source.ctx.databaseFile)
    expect(rowCounts(target.ctx.databaseFile)).toEqual(before)
    // Every product table of the sample holds rows, so a table the file forgets shows up above. Undo
    // records stay with the database the edits were made in.
    const empty = Object.entries(before)
      .filter(([, n]) => n === 0)
      .map(([name]) => name)
    expect(empty).toEqual(['edit_log', 'order_snapshots'])
  })

  it('refuses a file with a dangling reference, names where it is, and writes nothing', async () => {
    const document = await sampleDocument()
    const broken = structuredClone(document)
    const items = (broken.sections.backlog as { items: Array<{ stateId: number }> }).items
    items[3]!.stateId = 999_999
    const { ctx } = await openTestContext()
    const conn = readConnection(ctx.databaseFile)
    const before = snapshotTables(conn)
    const error = await fail(ctx, 'products.import', { document: broken })
    expect(error.code).toBe('invalid_input')
    expect(error.issues).toEqual([
      { path: 'document.sections.backlog.items.3.stateId', message: 'No state with id 999999 in this file' }
    ])
    expect(snapshotTables(conn)).toEqual(before)
  })

  it('names the invalid field inside a section', async () => {
    const document = structuredClone(await sampleDocument())
    ;(document.sections.backlog as { items: Array<{ type: string }> }).items[0]!.type = 'saga'
    const { ctx } = await openTestContext()
    const error = await fail(ctx, 'products.import', { document })
    expect(error.issues?.[0]?.path).toBe('document.sections.backlog.items.0.type')
  })

  it('refuses files from a newer version and parts it does not know', async () => {
    const document = await sampleDocument()
    const { ctx } = await openTestContext()
    expect((await fail(ctx, 'products.import', { document: { ...document, formatVersion: 99 } })).message).toMatch(
      /newer version/
    )
    const extra = { ...document, sections: { ...document.sections, hologram: {} } }
    expect((await fail(ctx, 'products.import', { document: extra })).issues).toEqual([
      { path: 'document.sections.hologram', message: 'Unknown section' }
    ])
  })

  it('asks for another name when the product exists', async () => {
    const { ctx } = await openTestContext({ sample: true })
    const [sample] = await call(ctx, 'products.list')
    const document = await call(ctx, 'products.export', { productId: sample!.id })
    expect((await fail(ctx, 'products.import', { document })).code).toBe('conflict')
    const copy = await call(ctx, 'products.import', { document, name: 'Lanes, imported' })
    expect(copy).toMatchObject({ name: 'Lanes, imported', isSample: false, itemCount: sample!.itemCount })
  })
})
