import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { planImport, type ImportProgress } from '@shared/domain/import'
import type { ImportPlanner } from '../../src/main/services/import-export/planner'
import { createProgressBoard } from '../../src/main/services/import-export/progress'
import { call, openHarness, tempDir, tickingClock } from './helpers/temp'

const JIRA = readFileSync(resolve(import.meta.dirname, '../fixtures/jira-export.csv'), 'utf8')

/** A planner that plans here but holds its answer until the test lets it go, so a call can be watched while it runs. */
function heldPlanner() {
  let release = () => {}
  const held = new Promise<void>((resolvePromise) => (release = resolvePromise))
  const seen: ImportProgress[] = []
  const planner: ImportPlanner = async (request, progress) => {
    const plan = planImport(request, (p) => {
      seen.push(p)
      progress(p)
    })
    await held
    return plan
  }
  return { planner, release, seen }
}

describe('import progress', () => {
  it('tells how far a preview and a commit have come by the token they were called with, and forgets it when they end', async () => {
    const { planner, release, seen } = heldPlanner()
    const api = await openHarness(join(tempDir(), 'progress.sqlite3'), tickingClock(), { planImport: planner })
    const product = await call(api, 'products.create', { name: 'Shop' })
    const progress = (token: string) => call(api, 'import.progress', { token })

    const preview = call(api, 'import.preview', {
      productId: product.id,
      format: 'jira',
      csv: JIRA,
      progressToken: 'preview-1'
    })
    const mapping = { stage: 'mapping', done: 0, total: 4 } as const
    await expect.poll(() => progress('preview-1')).toEqual(mapping)
    expect(await progress('another')).toBeNull()
    // A caller that has seen the latest progress is answered when the call moves on, here when it ends.
    let answered = false
    const next = call(api, 'import.progress', { token: 'preview-1', seen: mapping }).finally(() => (answered = true))
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 50))
    expect(answered).toBe(false)
    release()
    expect((await preview).rowCount).toBe(4)
    expect(await next).toBeNull()
    expect(await progress('preview-1')).toBeNull()
    expect(seen[0]).toEqual({ stage: 'reading', done: 0, total: JIRA.length - 1 })

    const commit = await call(api, 'import.commit', {
      productId: product.id,
      format: 'jira',
      csv: JIRA,
      progressToken: 'commit-1'
    })
    expect(commit.added).toBe(4)
    expect(await progress('commit-1')).toBeNull()
  })

  it('answers a caller who has seen the latest progress when the call starts, or after its wait with no change', async () => {
    const board = createProgressBoard(30)
    const started = board.read('later', null)
    let report: (progress: ImportProgress) => void = () => {}
    let finish = () => {}
    const work = board.track('later', (r) => {
      report = r
      return new Promise<void>((resolvePromise) => (finish = resolvePromise))
    })
    const reading = { stage: 'reading', done: 0, total: 0 } as const
    expect(await started).toEqual(reading)
    // With no change it waits its 30 ms, then answers with what the caller already saw.
    let waited = true
    const unchanged = board.read('later', reading).finally(() => (waited = false))
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 10))
    expect(waited).toBe(true)
    expect(await unchanged).toEqual(reading)
    const writing = board.read('later', reading)
    report({ stage: 'writing', done: 400, total: 800 })
    expect(await writing).toEqual({ stage: 'writing', done: 400, total: 800 })
    finish()
    await work
    expect(await board.read('later')).toBeNull()
  })

  it('answers a preview of a large file with its first rows and problems, and counts them all', async () => {
    const api = await openHarness()
    const product = await call(api, 'products.create', { name: 'Shop' })
    // Every row warns: an item in progress without a start date has no known age.
    const rows = Array.from({ length: 1200 }, (_, i) => `Item ${i + 1},In Progress`)
    const preview = await call(api, 'import.preview', {
      productId: product.id,
      format: 'csv',
      csv: ['Title,Status', ...rows].join('\n')
    })
    expect(preview.rowCount).toBe(1200)
    expect(preview.rows.map((r) => r.title)).toEqual(rows.slice(0, 200).map((r) => r.split(',')[0]))
    expect(preview.counts.warnings).toBe(1200)
    expect(preview.issues).toHaveLength(500)
    expect(preview.issues.at(-1)!.line).toBe(501)
  })
})
