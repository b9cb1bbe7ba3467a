import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { StatusChange } from '@shared/api'
import { experimentContradictions } from '@shared/domain/ebm'
import { openDatabase } from '../../src/main/db/open'
import { seedSampleProduct } from '../../src/main/services/sample/seed'
import { FIXED_NOW, call, onCleanup, openTestContext, tempDir } from './helpers/temp'

const DAY = 86_400_000
const dayOf = (iso: string) => Math.floor(Date.parse(iso) / DAY)

async function seededProduct() {
  const { ctx } = await openTestContext({ sample: true, now: () => FIXED_NOW })
  const [product] = await call(ctx, 'products.list', {})
  if (!product) throw new Error('no sample product')
  const states = await call(ctx, 'workflow.list', { productId: product.id })
  // Whole items: the list leaves out their times.
  const listed = await call(ctx, 'backlog.list', { productId: product.id })
  const items = await Promise.all(listed.map((item) => call(ctx, 'backlog.get', { id: item.id })))
  const categoryOf = new Map(states.map((s) => [s.id, s.category]))
  const histories = new Map<number, StatusChange[]>()
  for (const item of items) histories.set(item.id, await call(ctx, 'backlog.history', { id: item.id }))
  return { ctx, product, states, items, categoryOf, histories }
}

describe('sample product', () => {
  it('is a believable, DEEP backlog with four months of history', async () => {
    const { product, states, items, categoryOf, histories } = await seededProduct()
    expect(product.isSample).toBe(true)
    expect(product.name).toMatch(/^Sample: /)
    expect(product.description.length).toBeGreaterThan(100)
    expect(states.map((s) => s.name)).toEqual(['New', 'Ready', 'In progress', 'In review', 'Done'])

    const open = items.filter((i) => categoryOf.get(i.stateId) !== 'done')
    const done = items.filter((i) => categoryOf.get(i.stateId) === 'done')
    expect(open.length).toBeGreaterThanOrEqual(50)
    expect(open.length).toBeLessThanOrEqual(70)
    expect(new Set(open.map((i) => i.type)).size).toBeGreaterThanOrEqual(4)
    expect(done.length).toBeGreaterThanOrEqual(100)
    expect(product.itemCount).toBe(items.length)

    // The open backlog reads from the top: open items come before finished ones in the order.
    const lastOpen = items.findLastIndex((i) => categoryOf.get(i.stateId) !== 'done')
    expect(lastOpen).toBe(open.length - 1)

    // Work under way: a few items, in progress or in review, started some days ago.
    const underway = open.filter((i) => categoryOf.get(i.stateId) === 'in_progress')
    expect(underway.length).toBeGreaterThanOrEqual(2)
    expect(underway.length).toBeLessThanOrEqual(8)
    for (const item of underway) {
      const started = histories.get(item.id)!.find((c) => categoryOf.get(c.toStateId) === 'in_progress')!
      expect(Date.parse(started.changedAt)).toBeLessThan(FIXED_NOW.getTime() - DAY)
    }

    // Detailed appropriately: the first 15 open items are small, estimated and have acceptance criteria.
    for (const item of open.slice(0, 15)) {
      expect([1, 2, 3, 5, 8], item.title).toContain(item.estimate)
      expect(item.criteriaCount, item.title).toBeGreaterThan(0)
    }
    // ...and lower down some items are coarse: epics and unestimated items.
    const bottom = open.slice(-20)
    expect(bottom.some((i) => i.type === 'epic')).toBe(true)
    expect(bottom.filter((i) => i.estimate === null).length).toBeGreaterThanOrEqual(5)
    // Stories mostly use the story form, with at least one job story.
    const stories = open.filter((i) => i.type === 'story').map((i) => i.title)
    expect(stories.filter((t) => /^As an? .+, I want .+, so that /.test(t)).length).toBeGreaterThan(stories.length / 2)
    expect(stories.some((t) => /^When .+, I want to .+, so I can /.test(t))).toBe(true)
    // No placeholder text.
    expect(items.every((i) => !/^item \d+$/i.test(i.title))).toBe(true)
    expect(new Set(items.map((i) => i.title)).size).toBe(items.length)
  })

  it('has histories with start and finish on weekdays, spanning at least 100 days, within 120 days before now', async () => {
    const { items, categoryOf, histories } = await seededProduct()
    const windowStart = FIXED_NOW.getTime() - 120 * DAY
    const cycleTimes: number[] = []
    const finishes: number[] = []
    const starts: number[] = []

    for (const item of items) {
      const history = histories.get(item.id)!
      expect(history.length).toBeGreaterThanOrEqual(1)
      expect(history[0]!.fromStateId).toBeNull()
      expect(categoryOf.get(history[0]!.toStateId)).toBe('todo')
      expect(item.createdAt).toBe(history[0]!.changedAt)
      expect(item.updatedAt >= history[history.length - 1]!.changedAt).toBe(true)
      expect(history[history.length - 1]!.toStateId).toBe(item.stateId)
      for (let i = 1; i < history.length; i++) {
        expect(history[i]!.fromStateId).toBe(history[i - 1]!.toStateId)
        expect(history[i]!.changedAt > history[i - 1]!.changedAt).toBe(true)
      }
      for (const change of history) {
        const t = Date.parse(change.changedAt)
        expect(t).toBeGreaterThanOrEqual(windowStart)
        expect(t).toBeLessThan(FIXED_NOW.getTime())
      }
      if (categoryOf.get(item.stateId) !== 'done') continue

      const start = history.find((c) => categoryOf.get(c.toStateId) === 'in_progress')
      const finish = history.find((c) => categoryOf.get(c.toStateId) === 'done')
      expect(start, item.title).toBeDefined()
      expect(finish, item.title).toBeDefined()
      expect(finish!.changedAt >= start!.changedAt).toBe(true)
      expect(item.updatedAt).toBe(finish!.changedAt)
      const weekday = new Date(finish!.changedAt).getUTCDay()
      expect(weekday, `${item.title} finished on ${finish!.changedAt}`).toBeGreaterThanOrEqual(1)
      expect(weekday).toBeLessThanOrEqual(5)
      starts.push(dayOf(start!.changedAt))
      finishes.push(dayOf(finish!.changedAt))
      cycleTimes.push(dayOf(finish!.changedAt) - dayOf(start!.changedAt) + 1)
    }

    expect(Math.max(...finishes) - Math.min(...starts)).toBeGreaterThanOrEqual(100)
    expect(Math.max(...finishes) - Math.min(...finishes)).toBeGreaterThanOrEqual(100)
    // Cycle times: mostly 1-10 days, a long tail up to about 25.
    expect(Math.min(...cycleTimes)).toBe(1)
    expect(Math.max(...cycleTimes)).toBeGreaterThan(12)
    expect(Math.max(...cycleTimes)).toBeLessThanOrEqual(26)
    expect(cycleTimes.filter((c) => c <= 10).length / cycleTimes.length).toBeGreaterThan(0.75)
    // Throughput: roughly one or two a working day, with some days without any.
    const perDay = new Map<number, number>()
    for (const day of finishes) perDay.set(day, (perDay.get(day) ?? 0) + 1)
    let workdays = 0
    let zeroDays = 0
    for (let day = Math.min(...finishes); day <= Math.max(...finishes); day++) {
      const weekday = new Date(day * DAY).getUTCDay()
      if (weekday === 0 || weekday === 6) continue
      workdays++
      if (!perDay.has(day)) zeroDays++
    }
    const throughput = finishes.length / workdays
    expect(throughput).toBeGreaterThan(1)
    expect(throughput).toBeLessThan(2)
    expect(zeroDays).toBeGreaterThan(3)
  })

  it('tells one story where a coach looks: experiments, their items, the Sprint Goal and the roadmap agree', async () => {
    const { ctx } = await openTestContext({ sample: true, now: () => FIXED_NOW })
    const [product] = await call(ctx, 'products.list', {})
    const productId = product!.id
    const experiments = await call(ctx, 'ebm.experiments.list', { productId })
    const { items } = await call(ctx, 'flow.data', { productId })
    expect(experiments.length).toBeGreaterThanOrEqual(2)
    expect(experimentContradictions(experiments, items)).toEqual([])

    // Every decided experiment was decided after the change it tested had shipped.
    const byId = new Map(items.map((i) => [i.id, i]))
    for (const e of experiments.filter((x) => x.decision !== null)) {
      for (const id of e.itemIds)
        expect((byId.get(id)?.finishedOn ?? '9999') <= e.decidedAt!.slice(0, 10), e.title).toBe(true)
    }
    // An experiment still to be decided is running, and its measure date lies ahead.
    for (const e of experiments.filter((x) => x.decision === null))
      expect([e.status, e.byDate > FIXED_NOW.toISOString().slice(0, 10)], e.title).toEqual(['running', true])

    // The current Sprint Goal's story is selected for that Sprint, and its experiment is not yet decided.
    const sprints = await call(ctx, 'sprints.list', { productId })
    const current = sprints.find((s) => s.goal.includes('waiting list') && s.outcome === null)!
    const waitingList = items.find((i) => i.title.includes('join the waiting list'))!
    expect(current.itemIds).toContain(waitingList.id)
    expect(experiments.find((e) => e.itemIds.includes(waitingList.id))?.decision).toBeNull()

    // What a pivot or a stop gave up appears neither on the roadmap nor in the open backlog.
    const roadmap = await call(ctx, 'roadmap.get', { productId })
    const openTitles = items
      .filter((i) => i.stateCategory === 'todo' || i.stateCategory === 'in_progress')
      .map((i) => i.title)
    for (const e of experiments.filter((x) => x.decision === 'pivot' || x.decision === 'stop')) {
      const word = /badge/i.test(e.title) ? 'badge' : e.title.split(' ')[0]!.toLowerCase()
      expect(
        roadmap.rows.flatMap((r) => r.features).filter((f) => f.toLowerCase().includes(word)),
        e.title
      ).toEqual([])
      expect(
        openTitles.filter((t) => t.toLowerCase().includes(word)),
        e.title
      ).toEqual([])
    }
  })

  it("holds a coach's review of its own PSPO report: intact, with a verdict per assignment and overall", async () => {
    const { ctx } = await openTestContext({ sample: true, now: () => FIXED_NOW })
    const [product] = await call(ctx, 'products.list', {})
    const [review, ...others] = await call(ctx, 'reviews.list', { productId: product!.id })
    expect(others).toEqual([])
    expect(review).toMatchObject({
      intact: true,
      verdict: 'partly',
      reportTitle: `${product!.name}: Product Owner report`
    })
    const entries = await call(ctx, 'practice.entries.list', { productId: product!.id })
    const verdicts = review!.comments
      .filter((c) => c.target === 'assignment')
      .map((c) => [entries.find((e) => String(e.id) === c.targetId)?.targetKey, c.verdict])
    expect(verdicts).toEqual([
      ['pspo/assumptions', 'meets'],
      ['pspo/releases', 'partly']
    ])
  })

  it('is deterministic for a given time', async () => {
    const dump = async (at: Date) => {
      const dir = tempDir()
      const opened = await openDatabase(join(dir, 'a.sqlite3'), join(dir, 'backups'))
      onCleanup(() => opened.db.destroy())
      const id = await seedSampleProduct(opened.db, at)
      const items = opened.sqlite
        .prepare(
          'SELECT type, title, description, estimate, rank, created_at, updated_at FROM backlog_items WHERE product_id = ? ORDER BY rank'
        )
        .all(id)
      const history = opened.sqlite
        .prepare(
          'SELECT i.rank, c.changed_at FROM status_changes c JOIN backlog_items i ON i.id = c.item_id ORDER BY i.rank, c.changed_at'
        )
        .all()
      return { items, history }
    }
    const a = await dump(FIXED_NOW)
    const b = await dump(FIXED_NOW)
    expect(b).toEqual(a)
    // Dates follow `at`: a week later, every date moves a week, the text stays.
    const later = await dump(new Date(FIXED_NOW.getTime() + 7 * DAY))
    expect(later.items.map((i) => (i as { title: string }).title)).toEqual(
      a.items.map((i) => (i as { title: string }).title)
    )
    const shift = (row: unknown) => Date.parse((row as { created_at: string }).created_at) + 7 * DAY
    expect(later.items.map((r) => Date.parse((r as { created_at: string }).created_at))).toEqual(a.items.map(shift))
  })

  it('can be seeded inside a transaction and rolled back with it', async () => {
    const dir = tempDir()
    const opened = await openDatabase(join(dir, 'a.sqlite3'), join(dir, 'backups'))
    onCleanup(() => opened.db.destroy())
    await expect(
      opened.db.transaction().execute(async (trx) => {
        await seedSampleProduct(trx, FIXED_NOW)
        throw new Error('roll back')
      })
    ).rejects.toThrow('roll back')
    const counts = opened.sqlite
      .prepare('SELECT (SELECT count(*) FROM products) AS p, (SELECT count(*) FROM backlog_items) AS i')
      .get()
    expect(counts).toEqual({ p: 0, i: 0 })
  })
})
