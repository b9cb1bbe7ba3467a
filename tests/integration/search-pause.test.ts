import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/main/db/open'
import { withSearchIndexPaused } from '../../src/main/services/search/pause'
import { call, onCleanup, openHarness, snapshotTables, tempDir, tickingClock } from './helpers/temp'

const JIRA = readFileSync(resolve(import.meta.dirname, '../fixtures/jira-export.csv'), 'utf8')

/** The search index as it stands, and as indexing every item afresh would make it. */
function indexAndRebuild(sqlite: Database.Database) {
  const indexed = sqlite
    .prepare('SELECT rowid AS id, title, description, criteria FROM item_search ORDER BY rowid')
    .all()
  const items = sqlite.prepare('SELECT id, title, description FROM backlog_items ORDER BY id').all() as Array<{
    id: number
    title: string
    description: string
  }>
  const criteria = sqlite
    .prepare('SELECT item_id, text FROM acceptance_criteria ORDER BY item_id, position, id')
    .all() as Array<{ item_id: number; text: string }>
  const rebuilt = items.map((item) => ({
    ...item,
    criteria: criteria
      .filter((c) => c.item_id === item.id)
      .map((c) => c.text)
      .join('\n')
  }))
  return { indexed, rebuilt }
}

const paused = (sqlite: Database.Database) => sqlite.prepare('SELECT paused FROM search_index_state').get()

describe('the search index during an import', () => {
  it('indexes imported and updated items once at the end, as a rebuild would, and keeps the triggers on afterwards', async () => {
    const api = await openHarness()
    const product = await call(api, 'products.create', { name: 'Shop' })
    // Matched by key on import: its title, description and criteria change.
    const first = await call(api, 'import.commit', { productId: product.id, format: 'jira', csv: JIRA })
    expect(first.added).toBe(4)
    const edited = JIRA.replace('Card payments through the provider.', 'Wallet payments through the provider.').replace(
      'Given a valid card',
      'Given a valid voucher'
    )
    const second = await call(api, 'import.commit', { productId: product.id, format: 'jira', csv: edited })
    expect(second.updated).toBeGreaterThan(0)

    const { indexed, rebuilt } = indexAndRebuild(api.sqlite)
    expect(indexed).toEqual(rebuilt)
    expect(paused(api.sqlite)).toEqual({ paused: 0 })
    const search = (query: string) => call(api, 'backlog.search', { productId: product.id, query })
    expect((await search('wallet')).map((h) => h.snippet?.field)).toEqual(['description'])
    expect((await search('voucher')).map((h) => h.snippet?.field)).toEqual(['criteria'])

    // An ordinary edit after the import is indexed by the triggers.
    const added = await call(api, 'backlog.create', { productId: product.id, title: 'Gift wrapping' })
    expect((await search('wrapping')).map((h) => h.id)).toEqual([added.id])
  })

  it('leaves the triggers on and the index as it was when an import fails while writing', async () => {
    const api = await openHarness()
    const product = await call(api, 'products.create', { name: 'Shop' })
    await call(api, 'backlog.create', { productId: product.id, title: 'Already here' })
    const before = snapshotTables(api.sqlite)
    // Fails after the items are written, with the index paused: as a full disk would.
    api.sqlite.exec(
      "CREATE TEMP TRIGGER fail_labels BEFORE INSERT ON item_labels BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    await expect(api.dispatch('import.commit', { productId: product.id, format: 'jira', csv: JIRA })).rejects.toThrow(
      /disk full/
    )
    api.sqlite.exec('DROP TRIGGER temp.fail_labels')

    expect(snapshotTables(api.sqlite)).toEqual(before)
    expect(paused(api.sqlite)).toEqual({ paused: 0 })
    const added = await call(api, 'backlog.create', { productId: product.id, title: 'Gift wrapping' })
    expect((await call(api, 'backlog.search', { productId: product.id, query: 'wrapping' })).map((h) => h.id)).toEqual([
      added.id
    ])
    const { indexed, rebuilt } = indexAndRebuild(api.sqlite)
    expect(indexed).toEqual(rebuilt)
  })

  it('turns the triggers back on when the write fails, even if the caller goes on with the transaction', async () => {
    const file = resolve(tempDir(), 'pause.sqlite3')
    const { db, sqlite } = await openDatabase(file, resolve(file, '..', 'backups'), { now: tickingClock() })
    onCleanup(() => db.destroy())
    await expect(withSearchIndexPaused(db, async () => ({ result: null, itemIds: [] }))).rejects.toThrow(
      /inside the transaction/
    )
    await db.transaction().execute(async (trx) => {
      await expect(withSearchIndexPaused(trx, () => Promise.reject(new Error('write failed')))).rejects.toThrow(
        'write failed'
      )
      const { id } = await trx
        .insertInto('products')
        .values({
          name: 'Shop',
          description: '',
          is_sample: 0,
          archived_at: null,
          created_at: '2025-01-01',
          updated_at: '2025-01-01'
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      const state = await trx
        .insertInto('workflow_states')
        .values({ product_id: id, name: 'To do', category: 'todo', position: 0 })
        .returning('id')
        .executeTakeFirstOrThrow()
      await trx
        .insertInto('backlog_items')
        .values({
          product_id: id,
          type: 'story',
          title: 'Indexed by its trigger',
          description: '',
          estimate: null,
          state_id: state.id,
          rank: 'a0',
          created_at: '2025-01-01',
          updated_at: '2025-01-01',
          deleted_at: null
        })
        .execute()
    })
    expect(paused(sqlite)).toEqual({ paused: 0 })
    expect(sqlite.prepare("SELECT title FROM item_search WHERE item_search MATCH 'trigger'").all()).toEqual([
      { title: 'Indexed by its trigger' }
    ])
  })
})
