import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { backlogRows } from './helpers/backlog-rows'
import { call, fail, openHarness, openTestContext, readConnection, type Harness } from './helpers/temp'

async function setUp() {
  const api = await openHarness()
  const product = await call(api, 'products.create', { name: 'Harbour ferries' })
  const states = await call(api, 'workflow.list', { productId: product.id })
  const add = (title: string, extra: object = {}) =>
    call(api, 'backlog.create', { productId: product.id, title, ...extra })
  const rows = () => backlogRows(api.sqlite, product.id)
  const undo = () => call(api, 'backlog.undo', { productId: product.id })
  const redo = () => call(api, 'backlog.redo', { productId: product.id })
  const state = () => call(api, 'backlog.undoState', { productId: product.id })
  return { api, product, states, add, rows, undo, redo, state }
}

describe('undo and redo of backlog edits', () => {
  it('puts back the exact rows for every kind of edit, and redo makes the edit again', async () => {
    const { api, product, states, add, rows, undo, redo, state } = await setUp()
    const inProgress = states.find((s) => s.category === 'in_progress')!.id
    const a = await add('Buy a single ticket')
    const b = await add('Buy a return ticket', { estimate: 5 })
    const c = await add('See the timetable', { type: 'feature' })
    const map = await call(api, 'storymap.addActivity', { productId: product.id, name: 'Travel' })
    const withStep = await call(api, 'storymap.addStep', {
      activityId: map.activities[0]!.id,
      name: 'Buy'
    })
    const stepId = withStep.activities[0]!.steps[0]!.id

    const edits: Array<[expectedLabel: string, edit: () => Promise<unknown>]> = [
      ['adding “Refund a ticket”', () => add('Refund a ticket')],
      [
        'title change of “Buy one ticket”',
        () => call(api, 'backlog.update', { id: a.id, patch: { title: 'Buy one ticket' } })
      ],
      [
        'status change of “Buy one ticket”',
        () => call(api, 'backlog.update', { id: a.id, patch: { stateId: inProgress } })
      ],
      [
        'edit of “Buy a return ticket”',
        () =>
          call(api, 'backlog.update', {
            id: b.id,
            patch: {
              criteria: ['Given a return, when I pay, then I get two tickets'],
              labels: ['tickets'],
              parentId: c.id
            }
          })
      ],
      ['move of “See the timetable”', () => call(api, 'backlog.move', { id: c.id, afterId: null, beforeId: a.id })],
      ['link from “Buy one ticket”', () => call(api, 'backlog.link', { blockerId: a.id, blockedId: b.id })],
      ['unlink from “Buy one ticket”', () => call(api, 'backlog.unlink', { blockerId: a.id, blockedId: b.id })],
      ['deletion of “Buy a return ticket”', () => call(api, 'backlog.delete', { id: b.id })],
      ['restoring “Buy a return ticket”', () => call(api, 'backlog.restore', { id: b.id })],
      [
        'split of “See the timetable”',
        () =>
          call(api, 'backlog.split', {
            itemId: c.id,
            pattern: 'crud',
            children: [{ title: 'Create timetables' }, { title: 'View timetables', estimate: 3 }]
          })
      ],
      [
        '2 estimates',
        () =>
          call(api, 'refinement.saveEstimates', {
            productId: product.id,
            estimates: [
              { itemId: a.id, estimate: 3 },
              { itemId: c.id, estimate: 8 }
            ]
          })
      ],
      ['map move of “Buy one ticket”', () => call(api, 'storymap.place', { itemId: a.id, stepId, sliceId: null })]
    ]
    for (const [label, edit] of edits) {
      const before = rows()
      await edit()
      const after = rows()
      expect(after, label).not.toEqual(before)
      expect((await state()).undoLabel).toBe(label)
      expect(await undo()).toEqual({ label })
      expect(rows(), `undo ${label}`).toEqual(before)
      expect(await state()).toMatchObject({ canRedo: true, redoLabel: label })
      expect(await redo()).toEqual({ label })
      expect(rows(), `redo ${label}`).toEqual(after)
    }
  })

  it('keeps more than 50 levels, in order, and a new edit ends the redo history', async () => {
    const { api, add, rows, undo, redo, state } = await setUp()
    const item = await add('Ticket 0')
    const pictures = [rows()]
    for (let n = 1; n <= 60; n++) {
      await call(api, 'backlog.update', { id: item.id, patch: { title: `Ticket ${n}` } })
      pictures.push(rows())
    }
    for (let n = 59; n >= 5; n--) {
      await undo()
      expect(rows()).toEqual(pictures[n])
    }
    await redo()
    expect(rows()).toEqual(pictures[6])

    await call(api, 'backlog.update', { id: item.id, patch: { description: 'A new branch' } })
    expect(await state()).toMatchObject({
      canUndo: true,
      canRedo: false,
      redoLabel: null,
      undoLabel: 'description change of “Ticket 6”'
    })
    const error = await fail(api, 'backlog.redo', {
      productId: (await call(api, 'backlog.get', { id: item.id })).productId
    })
    expect(error.code).toBe('conflict')
  })

  it('undoes a split by removing its children, and a move by restoring the rank', async () => {
    const { api, add, undo, redo } = await setUp()
    const first = await add('First')
    const second = await add('Second')
    const { children } = await call(api, 'backlog.split', {
      itemId: first.id,
      pattern: 'happy-unhappy',
      children: [{ title: 'First works' }, { title: 'First fails' }]
    })
    await undo()
    for (const child of children) expect((await fail(api, 'backlog.get', { id: child.id })).code).toBe('not_found')
    await redo()
    expect((await call(api, 'backlog.get', { id: children[0]!.id })).parentId).toBe(first.id)

    const moved = await call(api, 'backlog.move', { id: second.id, afterId: null, beforeId: first.id })
    expect(moved.rank < first.rank).toBe(true)
    await undo()
    expect((await call(api, 'backlog.get', { id: second.id })).rank).toBe(second.rank)
  })

  it('records nothing for a failed edit or one that changes nothing, and says when there is nothing to undo', async () => {
    const { api, product, add, state } = await setUp()
    expect(await state()).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null })
    expect((await fail(api, 'backlog.undo', { productId: product.id })).code).toBe('conflict')
    const item = await add('Only item')
    await fail(api, 'backlog.move', { id: item.id, afterId: item.id, beforeId: null })
    await call(api, 'backlog.restore', { id: item.id })
    expect((await state()).undoLabel).toBe('adding “Only item”')
    expect((await fail(api, 'backlog.undoState', { productId: 999 })).code).toBe('not_found')
  })

  it('keeps the history in the database file, so undo works after reopening', async () => {
    const first = await openTestContext()
    const product = await call(first.ctx, 'products.create', { name: 'Ferries' })
    const item = await call(first.ctx, 'backlog.create', { productId: product.id, title: 'Timetable' })
    await call(first.ctx, 'backlog.update', { id: item.id, patch: { title: 'Timetables' } })
    await first.ctx.close()

    const second = await openTestContext({ dataDir: first.dataDir })
    expect(await call(second.ctx, 'backlog.undo', { productId: product.id })).toEqual({
      label: 'title change of “Timetables”'
    })
    expect((await call(second.ctx, 'backlog.get', { id: item.id })).title).toBe('Timetable')
    const conn = readConnection(second.ctx.databaseFile)
    expect(conn.prepare('SELECT count(*) AS n FROM edit_log WHERE undone = 1').get()).toEqual({ n: 1 })
  })

  it('keeps at most the newest 100 edits of a product', async () => {
    const { api, add } = await setUp()
    const item = await add('Counter')
    for (let n = 0; n < 105; n++) await call(api, 'backlog.update', { id: item.id, patch: { notes: `note ${n}` } })
    expect((api as Harness).sqlite.prepare('SELECT count(*) AS n FROM edit_log').get()).toEqual({ n: 100 })
  })
})

describe('the undo of an import', () => {
  it('puts back the exact rows of an import that adds and updates items, and redo makes it again', async () => {
    const { api, product, add, rows, undo, redo } = await setUp()
    const first = await add('Buy a ticket', { estimate: 2 })
    await call(api, 'backlog.update', {
      id: first.id,
      patch: { criteria: ['Given a card, when I pay, then I get a ticket'], labels: ['tickets'] }
    })
    const csv = `Key,Title,Estimate,Labels,Acceptance criteria,Description\n#${first.id},Buy one ticket,3,fares,"Given cash, when I pay, then I get a ticket",Now with “quotes” and émojis 🚢\n,Refund a ticket,0.5,,,`
    const before = rows()
    await call(api, 'import.commit', { productId: product.id, format: 'csv', csv })
    const after = rows()
    expect(after).not.toEqual(before)
    expect(await undo()).toEqual({ label: 'import of 2 items' })
    expect(rows()).toEqual(before)
    await redo()
    expect(rows()).toEqual(after)
  })
})

describe('an edit and its undo entry', () => {
  it('commit together: when the entry cannot be written, the edit is not saved either', async () => {
    const { ctx } = await openTestContext()
    const product = await call(ctx, 'products.create', { name: 'Harbour ferries' })
    const item = await call(ctx, 'backlog.create', { productId: product.id, title: 'Buy a ticket' })
    const db = readConnection(ctx.databaseFile)
    const before = backlogRows(db, product.id)
    const entries = () => (db.prepare('SELECT count(*) AS n FROM edit_log').get() as { n: number }).n
    const logged = entries()

    // Another program (or a full disk) makes every write to the undo log fail.
    const saboteur = new Database(ctx.databaseFile)
    saboteur.exec(
      "CREATE TRIGGER no_undo BEFORE INSERT ON edit_log BEGIN SELECT RAISE(ABORT, 'the undo log cannot be written'); END"
    )
    saboteur.close()

    const edits: Array<[string, unknown]> = [
      ['backlog.update', { id: item.id, patch: { title: 'Buy two tickets', estimate: 3 } }],
      ['backlog.create', { productId: product.id, title: 'Refund a ticket' }],
      [
        'backlog.split',
        { itemId: item.id, pattern: 'crud', children: [{ title: 'Buy online' }, { title: 'Buy on board' }] }
      ],
      ['backlog.bulkUpdate', { ids: [item.id], patch: { estimate: 8 } }],
      ['import.commit', { productId: product.id, format: 'csv', csv: 'Title\nImported one\nImported two' }]
    ]
    for (const [method, input] of edits) {
      const error = await fail(ctx, method, input)
      expect(error.message, method).toMatch(/the undo log cannot be written/)
      expect(backlogRows(db, product.id), method).toEqual(before)
    }
    expect(entries()).toBe(logged)
  })
})
