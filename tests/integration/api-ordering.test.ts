import { describe, expect, it } from 'vitest'
import type { BacklogItem } from '@shared/api'
import { call, fail, openHarness, openTestContext, readConnection, snapshotTables, type Harness } from './helpers/temp'

type Api = Pick<Harness, 'dispatch'>

async function productWithItems(api: Api, titles: string[]) {
  const product = await call(api, 'products.create', { name: 'Harbour ferries' })
  const items: BacklogItem[] = []
  for (const title of titles) items.push(await call(api, 'backlog.create', { productId: product.id, title }))
  return { product, items }
}

const wsjfScores = (ubv: number, tc: number, rr: number, jobSize: number) => ({ ubv, tc, rr, jobSize })

async function backlogTitles(api: Api, productId: number): Promise<string[]> {
  return (await call(api, 'backlog.list', { productId })).map((i) => i.title)
}

describe('scores', () => {
  it('sets scores, computes WSJF, CD3, value / effort and the quadrant, and keeps every change', async () => {
    const api = await openHarness()
    const { product, items } = await productWithItems(api, ['Buy a ticket', 'See the timetable'])
    const id = items[0]!.id
    await call(api, 'ordering.setScores', { itemId: id, scores: wsjfScores(8, 3, 2, 5) })
    const item = await call(api, 'ordering.setScores', {
      itemId: id,
      scores: { tc: 13, value: 13, effort: 2, codPerWeek: 6000, durationWeeks: 3, moscow: 'must' }
    })
    expect(item).toMatchObject({
      manualPosition: 1,
      costOfDelay: 23,
      wsjf: 23 / 5,
      cd3: 2000,
      valueEffort: 6.5,
      quadrant: 'quick-win'
    })
    expect(item.scores).toMatchObject({ ubv: 8, tc: 13, rr: 2, jobSize: 5, moscow: 'must', releaseId: null })

    // Clearing a score and setting the same value again: one more change, not two.
    await call(api, 'ordering.setScores', { itemId: id, scores: { rr: null, ubv: 8 } })
    const { changes: history, total } = await call(api, 'ordering.history', { productId: product.id, itemId: id })
    expect(total).toBe(history.length)
    expect(history.map((c) => [c.field, c.oldValue, c.newValue])).toEqual([
      ['rr', 2, null],
      ['moscow', null, 'must'],
      ['durationWeeks', null, 3],
      ['codPerWeek', null, 6000],
      ['effort', null, 2],
      ['value', null, 13],
      ['tc', 3, 13],
      ['jobSize', null, 5],
      ['rr', null, 2],
      ['tc', null, 3],
      ['ubv', null, 8]
    ])
    expect(history[0]!.itemTitle).toBe('Buy a ticket')
    expect(history[0]!.changedAt > history.at(-1)!.changedAt).toBe(true)

    const board = await call(api, 'ordering.board', { productId: product.id })
    expect(board.items.map((i) => [i.title, i.wsjf])).toEqual([
      ['Buy a ticket', null],
      ['See the timetable', null]
    ])
  })

  it('reads the history a page at a time, newest first, with how many changes there are', async () => {
    const api = await openHarness()
    const { product, items } = await productWithItems(api, ['Timetable', 'Tickets'])
    for (const value of [1, 2, 3, 5, 8])
      await call(api, 'ordering.setScores', { itemId: items[0]!.id, scores: { value } })
    await call(api, 'ordering.setScores', { itemId: items[1]!.id, scores: { effort: 3 } })
    const page = (offset: number) => call(api, 'ordering.history', { productId: product.id, limit: 2, offset })
    const first = await page(0)
    expect(first.total).toBe(6)
    expect(first.changes.map((c) => [c.itemTitle, c.field, c.newValue])).toEqual([
      ['Tickets', 'effort', 3],
      ['Timetable', 'value', 8]
    ])
    expect((await page(4)).changes.map((c) => [c.oldValue, c.newValue])).toEqual([
      [1, 2],
      [null, 1]
    ])
    expect((await page(6)).changes).toEqual([])
    const all = await call(api, 'ordering.history', { productId: product.id, itemId: items[0]!.id })
    expect([all.total, all.changes.length]).toEqual([5, 5])
  })

  it('refuses a value off the scale, naming the field and listing the scale, and writes nothing', async () => {
    const { ctx } = await openTestContext()
    const { items } = await productWithItems(ctx, ['Buy a ticket'])
    const conn = readConnection(ctx.databaseFile)
    const before = snapshotTables(conn)
    const error = await fail(ctx, 'ordering.setScores', { itemId: items[0]!.id, scores: { ubv: 8, jobSize: 4 } })
    expect(error.code).toBe('invalid_input')
    expect(error.issues).toEqual([
      { path: 'scores.jobSize', message: 'Use a value on the scale: 1, 2, 3, 5, 8, 13, 20' }
    ])
    expect(snapshotTables(conn)).toEqual(before)
  })

  it('scores only items not started yet, and only with the product’s own releases', async () => {
    const api = await openHarness()
    const { product, items } = await productWithItems(api, ['Buy a ticket'])
    const other = await call(api, 'products.create', { name: 'Other product' })
    const foreign = await call(api, 'releases.create', { productId: other.id, name: 'Spring' })
    expect(
      await fail(api, 'ordering.setScores', { itemId: items[0]!.id, scores: { releaseId: foreign.id } })
    ).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'scores.releaseId' }]
    })
    const states = await call(api, 'workflow.list', { productId: product.id })
    await call(api, 'backlog.update', {
      id: items[0]!.id,
      patch: { stateId: states.find((s) => s.category === 'in_progress')!.id }
    })
    expect(await fail(api, 'ordering.setScores', { itemId: items[0]!.id, scores: { ubv: 1 } })).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/already in progress/)
    })
    await call(api, 'backlog.update', {
      id: items[0]!.id,
      patch: { stateId: states.find((s) => s.category === 'done')!.id },
      confirmDone: true
    })
    expect((await fail(api, 'ordering.setScores', { itemId: items[0]!.id, scores: { ubv: 1 } })).message).toMatch(
      /is done/
    )
    expect((await call(api, 'ordering.board', { productId: product.id })).items).toEqual([])
  })
})

describe('comparison and apply', () => {
  const titles = Array.from({ length: 12 }, (_, i) => `Item ${i + 1}`)

  async function scored(api: Api) {
    const setup = await productWithItems(api, titles)
    for (const [i, item] of setup.items.entries()) {
      // Eleven ordinary items and, last in the manual order, an urgent small one.
      const scores = i === 11 ? wsjfScores(5, 13, 2, 2) : wsjfScores(5, 3, 2, [5, 3, 8][i % 3]!)
      await call(api, 'ordering.setScores', { itemId: item.id, scores })
    }
    return setup
  }

  it('compares the model order with the manual one and explains the biggest moves', async () => {
    const api = await openHarness()
    const { product } = await scored(api)
    const comparison = await call(api, 'ordering.compare', { productId: product.id, model: 'wsjf' })
    expect(comparison.items[0]).toMatchObject({ title: 'Item 12', score: 10, modelPosition: 1, manualPosition: 12 })
    expect(comparison.movers[0]!.reason).toBe('12th in your order, 1st by WSJF (10): Time Criticality 13, Job Size 2.')
    expect(comparison.scoredCount).toBe(12)
    expect(comparison.kendallTau).toBeGreaterThan(-1)
    expect(comparison.kendallTau).toBeLessThan(1)
    expect(comparison.averageDisplacement).toBeGreaterThan(0)
    expect(comparison.tieBreak).toMatch(/Job Size/)
  })

  it('previews, applies and undoes a model order, restoring the exact previous ranks', async () => {
    const { ctx } = await openTestContext()
    const { product } = await scored(ctx)
    // A done item in the middle keeps its place: models order only the work not started yet.
    const states = await call(ctx, 'workflow.list', { productId: product.id })
    const list = await call(ctx, 'backlog.list', { productId: product.id })
    await call(ctx, 'backlog.update', {
      id: list[5]!.id,
      patch: { stateId: states.find((s) => s.category === 'done')!.id },
      confirmDone: true
    })

    const ranks = () =>
      readConnection(ctx.databaseFile)
        .prepare('SELECT id, rank FROM backlog_items WHERE product_id = ? ORDER BY id')
        .all(product.id)
    const before = await call(ctx, 'backlog.list', { productId: product.id })
    const ranksBefore = ranks()
    const preview = await call(ctx, 'ordering.previewApply', { productId: product.id, model: 'wsjf' })
    expect(preview.items).toHaveLength(11)
    expect(await call(ctx, 'backlog.list', { productId: product.id })).toEqual(before)

    const { snapshotId, moved } = await call(ctx, 'ordering.apply', { productId: product.id, model: 'wsjf' })
    expect(moved).toBe(preview.moved)
    const applied = await backlogTitles(ctx, product.id)
    expect(applied.filter((t) => t !== 'Item 6')).toEqual(preview.items.map((i) => i.title))
    expect(applied[5]).toBe('Item 6')
    const after = await call(ctx, 'ordering.compare', { productId: product.id, model: 'wsjf' })
    expect(after).toMatchObject({ averageDisplacement: 0, movers: [] })

    expect(await call(ctx, 'ordering.undoApply', { snapshotId })).toEqual({ restored: moved })
    expect(await call(ctx, 'backlog.list', { productId: product.id })).toEqual(before)
    expect(ranks()).toEqual(ranksBefore)

    const again = await fail(ctx, 'ordering.undoApply', { snapshotId })
    expect(again.code).toBe('conflict')
    expect(again.message).toMatch(/already undone/)
    const snapshots = await call(ctx, 'ordering.snapshots', { productId: product.id })
    expect(snapshots).toEqual([
      expect.objectContaining({ id: snapshotId, model: 'wsjf', moved, undoneAt: expect.any(String) })
    ])
  })

  it('undoes stacked applies newest first', async () => {
    const api = await openHarness()
    const { product } = await scored(api)
    const first = await call(api, 'ordering.apply', { productId: product.id, model: 'wsjf' })
    const second = await call(api, 'ordering.apply', { productId: product.id, model: 'wsjf' })
    expect((await fail(api, 'ordering.undoApply', { snapshotId: first.snapshotId })).message).toMatch(
      /undo that one first/
    )
    await call(api, 'ordering.undoApply', { snapshotId: second.snapshotId })
    await call(api, 'ordering.undoApply', { snapshotId: first.snapshotId })
    expect(await backlogTitles(api, product.id)).toEqual(titles)
  })
})

describe('releases and MoSCoW', () => {
  it('sums MoSCoW effort per release, warns above 60%, and keeps items when a release goes', async () => {
    const api = await openHarness()
    const { product, items } = await productWithItems(api, ['A', 'B', 'C', 'D'])
    const spring = await call(api, 'releases.create', {
      productId: product.id,
      name: 'Spring',
      targetDate: '2026-04-30'
    })
    const later = await call(api, 'releases.create', { productId: product.id, name: 'Later' })
    expect((await fail(api, 'releases.create', { productId: product.id, name: 'spring' })).code).toBe('conflict')
    const plan: Array<[string, number, number]> = [
      ['must', 8, spring.id],
      ['must', 5, spring.id],
      ['should', 3, spring.id],
      ['could', 3, later.id]
    ]
    for (const [i, [moscow, effort, releaseId]] of plan.entries()) {
      await call(api, 'ordering.setScores', { itemId: items[i]!.id, scores: { moscow, effort, releaseId } })
    }
    const groups = await call(api, 'ordering.moscow', { productId: product.id })
    expect(groups.map((g) => [g.name, g.mustShare, g.warning !== null])).toEqual([
      ['Spring', 13 / 16, true],
      ['Later', 0, false]
    ])
    expect(groups[0]!.warning).toMatch(/^Musts take 81% of the effort planned for Spring/)

    const renamed = await call(api, 'releases.update', {
      id: later.id,
      patch: { name: 'Summer', targetDate: '2026-07-31' }
    })
    expect(renamed).toMatchObject({ name: 'Summer', targetDate: '2026-07-31' })
    await call(api, 'releases.delete', { id: spring.id })
    expect((await call(api, 'releases.list', { productId: product.id })).map((r) => r.name)).toEqual(['Summer'])
    const board = await call(api, 'ordering.board', { productId: product.id })
    expect(board.items.map((i) => i.scores.releaseId)).toEqual([null, null, null, later.id])
    const { changes: history } = await call(api, 'ordering.history', { productId: product.id, itemId: items[0]!.id })
    expect(history[0]).toMatchObject({ field: 'releaseId', oldValue: spring.id, newValue: null })
  })
})

describe('Kano', () => {
  it('records answers, evaluates them and flags questionable ones', async () => {
    const api = await openHarness()
    const { product, items } = await productWithItems(api, ['Offline tickets'])
    const feature = await call(api, 'kano.features.create', {
      productId: product.id,
      name: 'Offline tickets',
      itemId: items[0]!.id
    })
    expect(feature).toMatchObject({ itemTitle: 'Offline tickets', answerCount: 0 })
    const answers: Array<[string, string]> = [
      ['expect', 'dislike'],
      ['expect', 'dislike'],
      ['like', 'dislike'],
      ['like', 'like']
    ]
    for (const [i, [functional, dysfunctional]] of answers.entries()) {
      await call(api, 'kano.answers.add', { featureId: feature.id, respondent: `R${i + 1}`, functional, dysfunctional })
    }
    const [result] = await call(api, 'kano.results', { productId: product.id })
    expect(result).toMatchObject({
      feature: 'Offline tickets',
      category: 'M',
      total: 4,
      counts: { A: 0, O: 1, M: 2, I: 0, R: 0, Q: 1 }
    })
    expect(result!.flags[0]).toMatch(/1 of 4 answers is questionable/)
  })

  it('imports answers all or nothing, naming the line of each problem', async () => {
    const { ctx } = await openTestContext()
    const { product } = await productWithItems(ctx, [])
    await call(ctx, 'kano.features.create', { productId: product.id, name: 'Dark mode' })
    const conn = readConnection(ctx.databaseFile)
    const before = snapshotTables(conn)
    const bad = 'feature,functional,dysfunctional\nDark mode,like,dislike\nSeat map,love,neutral\nSeat map,like\n'
    const error = await fail(ctx, 'kano.import', { productId: product.id, csv: bad })
    expect(error.code).toBe('invalid_input')
    expect(error.issues).toEqual([
      { path: 'csv', message: 'line 4, column 3: Expected 3 fields like the header, found 2.' }
    ])
    const badAnswer = await fail(ctx, 'kano.import', {
      productId: product.id,
      csv: 'feature,functional,dysfunctional\nDark mode,like,dislike\nSeat map,love,neutral\n'
    })
    expect(badAnswer.message).toBe(
      'Nothing was imported. The file has a problem at line 3, column 2: functional: "love" is not an answer; use one of like, expect, neutral, live-with, dislike.'
    )
    expect(snapshotTables(conn)).toEqual(before)

    const good =
      '\uFEFFfeature,functional,dysfunctional,respondent\r\nDARK MODE,like,neutral,Ana\r\n"Seat map",expect,dislike,\r\nSeat map,neutral,neutral,Bo\r\n'
    expect(await call(ctx, 'kano.import', { productId: product.id, csv: good })).toEqual({
      featuresCreated: 1,
      answersAdded: 3
    })
    const features = await call(ctx, 'kano.features.list', { productId: product.id })
    expect(features.map((f) => [f.name, f.answerCount])).toEqual([
      ['Dark mode', 1],
      ['Seat map', 2]
    ])
    const seatAnswers = await call(ctx, 'kano.answers.list', { featureId: features[1]!.id })
    expect(seatAnswers.map((a) => [a.respondent, a.category])).toEqual([
      ['line 3', 'M'],
      ['Bo', 'I']
    ])
    await call(ctx, 'kano.answers.delete', { id: seatAnswers[0]!.id })
    await call(ctx, 'kano.features.delete', { id: features[0]!.id })
    expect(
      (await call(ctx, 'kano.features.list', { productId: product.id })).map((f) => [f.name, f.answerCount])
    ).toEqual([['Seat map', 1]])
  })
})

describe('deleting a product', () => {
  it('removes its ordering data', async () => {
    const { ctx } = await openTestContext()
    const { product, items } = await productWithItems(ctx, ['A', 'B'])
    const release = await call(ctx, 'releases.create', { productId: product.id, name: 'Spring' })
    await call(ctx, 'ordering.setScores', {
      itemId: items[0]!.id,
      scores: { ...wsjfScores(1, 1, 1, 1), releaseId: release.id, moscow: 'must' }
    })
    await call(ctx, 'ordering.setScores', { itemId: items[1]!.id, scores: wsjfScores(8, 8, 8, 1) })
    await call(ctx, 'ordering.apply', { productId: product.id, model: 'wsjf' })
    await call(ctx, 'kano.import', { productId: product.id, csv: 'feature,functional,dysfunctional\nX,like,dislike\n' })

    await call(ctx, 'products.delete', { id: product.id, confirmName: product.name })
    const conn = readConnection(ctx.databaseFile)
    for (const table of [
      'item_scores',
      'score_changes',
      'releases',
      'order_snapshots',
      'kano_features',
      'kano_answers'
    ]) {
      expect((conn.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0)
    }
  })
})
