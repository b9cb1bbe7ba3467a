import { describe, expect, it } from 'vitest'
import type { ProductDocument } from '@shared/api'
import type { Evidence, EvidenceSource, PracticeEntryDetail } from '@shared/api/methods/practice'
import type { VisionVersion } from '@shared/api/methods/vision'
import { MAX_EVIDENCE_FILE_BYTES } from '@shared/domain/practice'
import { call, fail, openTestContext, readConnection } from './helpers/temp'

async function productWithVision() {
  const { ctx } = await openTestContext()
  const product = await call(ctx, 'products.create', { name: 'Lanes' })
  const version = await call(ctx, 'vision.save', {
    productId: product.id,
    content: { board: { vision: 'Every swimmer finds a free lane', targetGroup: 'Early swimmers' } },
    reason: 'First draft'
  })
  return { ctx, product, version }
}

const entryFor = (productId: number, targetKey = 'pspo/assumptions') => ({
  productId,
  targetKey,
  experiments: ['lean-canvas', 'validate'],
  plan: 'Write the canvas and test one assumption'
})

describe('practice journal', () => {
  it('creates, reads, edits and deletes an entry with actions', async () => {
    const { ctx, product } = await productWithVision()
    const entry = await call<PracticeEntryDetail>(ctx, 'practice.entries.create', entryFor(product.id))
    expect(entry).toMatchObject({
      trackId: 'pspo',
      targetKey: 'pspo/assumptions',
      status: 'planned',
      experiments: ['lean-canvas', 'validate'],
      actions: [],
      evidence: []
    })

    await call(ctx, 'practice.actions.add', { entryId: entry.id, on: '2025-03-10', text: 'Drafted the Lean Canvas' })
    const second = await call<{ id: number }>(ctx, 'practice.actions.add', {
      entryId: entry.id,
      on: '2025-03-01',
      text: 'Booked a workshop'
    })
    const updated = await call<PracticeEntryDetail>(ctx, 'practice.entries.update', {
      id: entry.id,
      patch: { status: 'done', outcome: 'The canvas changed the pitch', reflection: 'Talk to users sooner' }
    })
    expect(updated).toMatchObject({
      status: 'done',
      outcome: 'The canvas changed the pitch',
      reflection: 'Talk to users sooner',
      actionCount: 2
    })
    // The timeline reads by date, not by when the action was logged.
    expect(updated.actions.map((a) => a.on)).toEqual(['2025-03-01', '2025-03-10'])

    await call(ctx, 'practice.actions.delete', { id: second.id })
    const list = await call(ctx, 'practice.entries.list', { productId: product.id })
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({ actionCount: 1, evidenceCount: 0 })
    expect(await call(ctx, 'practice.entries.list', { productId: product.id, trackId: 'cspo' })).toEqual([])

    await call(ctx, 'practice.entries.delete', { id: entry.id })
    expect(await call(ctx, 'practice.entries.list', { productId: product.id })).toEqual([])
    expect((await fail(ctx, 'practice.entries.get', { id: entry.id })).code).toBe('not_found')
  })

  it('refuses targets and experiments that are not in the catalogue', async () => {
    const { ctx, product } = await productWithVision()
    const target = await fail(ctx, 'practice.entries.create', { ...entryFor(product.id), targetKey: 'pspo/astrology' })
    expect(target.issues).toEqual([
      { path: 'targetKey', message: 'Choose an assignment or outcome from the catalogue' }
    ])
    const experiment = await fail(ctx, 'practice.entries.create', { ...entryFor(product.id), experiments: ['tarot'] })
    expect(experiment.issues?.[0]?.path).toBe('experiments')
    expect(experiment.message).toMatch(/lean-canvas/)
  })

  it('keeps the snapshot of linked evidence when the source changes, and says whether it still exists', async () => {
    const { ctx, product, version } = await productWithVision()
    const entry = await call<PracticeEntryDetail>(ctx, 'practice.entries.create', entryFor(product.id))
    const sources = await call(ctx, 'practice.evidence.sources', { productId: product.id, kind: 'vision' })
    expect(sources).toEqual([expect.objectContaining({ ref: version.id, label: 'Version 1' })])

    const linked = await call<Evidence>(ctx, 'practice.evidence.add', {
      entryId: entry.id,
      kind: 'vision',
      ref: version.id,
      text: 'Before the interviews'
    })
    expect(linked).toMatchObject({
      kind: 'vision',
      title: 'Vision version 1',
      ref: version.id,
      liveRoute: '/vision/statement'
    })
    expect(linked.snapshot?.lines).toContainEqual({
      label: 'Product Vision Board: Vision',
      value: 'Every swimmer finds a free lane'
    })
    expect((linked.snapshot?.data as VisionVersion).content.board.vision).toBe('Every swimmer finds a free lane')

    const goal = await call(ctx, 'goals.create', { productId: product.id, title: 'Half of bookings online' })
    const goalEvidence = await call<Evidence>(ctx, 'practice.evidence.add', {
      entryId: entry.id,
      kind: 'goal',
      ref: goal.id
    })

    // Later edits: a new vision, a renamed goal, then the goal deleted.
    await call(ctx, 'vision.save', {
      productId: product.id,
      content: { board: { vision: 'Parents are sure of a place' } },
      reason: 'Interviews'
    })
    await call(ctx, 'goals.update', { id: goal.id, patch: { title: 'Most bookings online' } })
    let detail = await call<PracticeEntryDetail>(ctx, 'practice.entries.get', { id: entry.id })
    expect(detail.evidence[0]?.snapshot).toEqual(linked.snapshot)
    expect(detail.evidence[1]?.snapshot?.title).toBe('Product Goal: Half of bookings online')
    await call(ctx, 'goals.delete', { id: goal.id })
    detail = await call<PracticeEntryDetail>(ctx, 'practice.entries.get', { id: entry.id })
    expect(detail.evidence[1]).toMatchObject({ id: goalEvidence.id, liveRoute: null, snapshot: goalEvidence.snapshot })
    expect(detail.evidenceCount).toBe(2)
  })

  it('links product-wide things and refuses things from another product', async () => {
    const { ctx, product, version } = await productWithVision()
    const other = await call(ctx, 'products.create', { name: 'Other' })
    const entry = await call<PracticeEntryDetail>(ctx, 'practice.entries.create', entryFor(other.id))
    const refused = await fail(ctx, 'practice.evidence.add', { entryId: entry.id, kind: 'vision', ref: version.id })
    expect(refused).toMatchObject({
      code: 'not_found',
      issues: [{ path: 'ref', message: 'No such vision version in this product' }]
    })
    expect((await fail(ctx, 'practice.evidence.add', { entryId: entry.id, kind: 'goal' })).issues).toEqual([
      { path: 'ref', message: 'Choose a Product Goal' }
    ])

    await call(ctx, 'backlog.create', {
      productId: other.id,
      title: 'As a swimmer, I want to see free lanes, so that I can plan my swim',
      estimate: 3
    })
    const backlog = await call<Evidence>(ctx, 'practice.evidence.add', { entryId: entry.id, kind: 'backlog' })
    expect(backlog.snapshot?.lines).toContainEqual({ label: 'Open items', value: '1' })
    expect(backlog.snapshot?.lines.filter((l) => l.label.startsWith('DEEP · '))).toHaveLength(4)
    const ordering = await call<Evidence>(ctx, 'practice.evidence.add', {
      entryId: entry.id,
      kind: 'ordering',
      refKey: 'wsjf'
    })
    expect(ordering).toMatchObject({ refKey: 'wsjf', liveRoute: '/ordering/compare' })
    expect(product.id).not.toBe(other.id)
  })

  it('links experiments, Sprints, OKRs, roadmaps, the Definitions, the story map and Kano results, and keeps the links through a product file', async () => {
    const { ctx } = await openTestContext({ sample: true })
    const [sample] = await call(ctx, 'products.list')
    const entry = await call(ctx, 'practice.entries.create', { productId: sample!.id, targetKey: 'cspo/2.8' })
    const expected: Record<string, { route: string; line: string }> = {
      experiment: { route: '/ebm/experiments', line: 'Hypothesis' },
      sprint: { route: '/vision/sprints', line: 'Sprint Goal' },
      okr: { route: '/vision/okrs', line: '' },
      roadmap: { route: '/vision/roadmap', line: 'Now / Next / Later' },
      definitions: { route: '/backlog/settings', line: 'Done' },
      storyMap: { route: '/backlog/map', line: '' },
      kano: { route: '/ordering/kano', line: '' }
    }
    for (const [kind, { route, line }] of Object.entries(expected)) {
      const sources = await call<EvidenceSource[]>(ctx, 'practice.evidence.sources', { productId: sample!.id, kind })
      expect(sources.length, kind).toBeGreaterThan(0)
      const evidence = await call<Evidence>(ctx, 'practice.evidence.add', {
        entryId: entry.id,
        kind,
        ref: sources[0]!.ref ?? undefined
      })
      expect(evidence.liveRoute, kind).toBe(route)
      expect(evidence.snapshot?.lines.length, kind).toBeGreaterThan(0)
      if (line)
        expect(
          evidence.snapshot?.lines.map((l) => l.label),
          kind
        ).toContain(line)
      if (sources[0]!.ref === null) expect(evidence.ref, kind).toBeNull()
      else expect(evidence.ref, kind).toBe(sources[0]!.ref)
    }
    expect((await fail(ctx, 'practice.evidence.add', { entryId: entry.id, kind: 'experiment' })).issues).toEqual([
      { path: 'ref', message: 'Choose an experiment' }
    ])

    // Through a product file, each link points at the imported product's own experiment, Sprint and objective.
    const document = await call(ctx, 'products.export', { productId: sample!.id })
    const fresh = (await openTestContext()).ctx
    const imported = await call(fresh, 'products.import', { document })
    const again = (await call(fresh, 'practice.entries.list', { productId: imported.id })).find(
      (e) => e.targetKey === 'cspo/2.8'
    )!
    const links = (await call(fresh, 'practice.entries.get', { id: again.id })).evidence
    expect(links.map((l) => [l.kind, l.liveRoute])).toEqual(
      Object.entries(expected).map(([kind, { route }]) => [kind, route])
    )
    const experiments = await call(fresh, 'ebm.experiments.list', { productId: imported.id })
    expect(experiments.map((e) => e.id)).toContain(links.find((l) => l.kind === 'experiment')!.ref)
  })

  it('stores notes and small files and refuses files over the limit', async () => {
    const { ctx, product } = await productWithVision()
    const entry = await call<PracticeEntryDetail>(ctx, 'practice.entries.create', entryFor(product.id))
    await call(ctx, 'practice.evidence.add', {
      entryId: entry.id,
      kind: 'note',
      title: 'Interview',
      text: 'Parents book half the swims'
    })
    const content = Buffer.from('lane,swimmers\n1,4\n')
    const file = await call<Evidence>(ctx, 'practice.evidence.add', {
      entryId: entry.id,
      kind: 'file',
      name: 'lanes.csv',
      type: 'text/csv',
      dataBase64: content.toString('base64')
    })
    expect(file.file).toEqual({ name: 'lanes.csv', type: 'text/csv', sizeBytes: content.byteLength })
    const back = await call<{ dataBase64: string }>(ctx, 'practice.evidence.file', { id: file.id })
    expect(Buffer.from(back.dataBase64, 'base64').toString()).toBe(content.toString())

    const conn = readConnection(ctx.databaseFile)
    const count = () => (conn.prepare('SELECT count(*) AS n FROM practice_evidence').get() as { n: number }).n
    const big = Buffer.alloc(MAX_EVIDENCE_FILE_BYTES + 1).toString('base64')
    const error = await fail(ctx, 'practice.evidence.add', {
      entryId: entry.id,
      kind: 'file',
      name: 'huge.bin',
      dataBase64: big
    })
    expect(error.code).toBe('invalid_input')
    expect(error.issues?.[0]).toMatchObject({ path: 'dataBase64' })
    expect(error.issues?.[0]?.message).toMatch(/attach files up to 2\.0 MB/)
    expect(count()).toBe(2)
  })

  it('counts progress per track: a target counts once one of its entries has evidence', async () => {
    const { ctx, product, version } = await productWithVision()
    const withEvidence = await call<PracticeEntryDetail>(ctx, 'practice.entries.create', entryFor(product.id))
    await call(ctx, 'practice.evidence.add', { entryId: withEvidence.id, kind: 'vision', ref: version.id })
    // Done but without evidence: does not count.
    await call(ctx, 'practice.entries.create', { productId: product.id, targetKey: 'pspo/releases', status: 'done' })
    // A key from the time CSPO listed twenty topics lands on the goal that topic became.
    const legacy = await call(ctx, 'practice.entries.create', { productId: product.id, targetKey: 'cspo/vision' })
    expect(legacy.targetKey).toBe('cspo/2.2')

    const progress = await call(ctx, 'practice.progress', { productId: product.id })
    expect(progress.map((p) => p.trackId)).toEqual(['pspo', 'qspo-1', 'qspo-2', 'cspo'])
    const pspo = progress[0]!
    expect(pspo).toMatchObject({
      total: 8,
      withEvidence: 1,
      done: 1,
      share: 1 / 8,
      summary: '1 of 8 assignments has evidence'
    })
    expect(pspo.targets.find((t) => t.key === 'pspo/releases')).toMatchObject({
      entryCount: 1,
      hasEvidence: false,
      done: true
    })
    expect(progress[3]).toMatchObject({ withEvidence: 0, total: 65, summary: '0 of 65 learning goals have evidence' })
    expect(progress[3]!.targets.find((t) => t.key === 'cspo/2.2')).toMatchObject({ entryCount: 1, hasEvidence: false })
  })

  it('exports the journal with its snapshots and imports it back to the same state', async () => {
    const { ctx } = await openTestContext({ sample: true })
    const [sample] = await call(ctx, 'products.list')
    const entries = await call(ctx, 'practice.entries.list', { productId: sample!.id })
    expect(entries.map((e) => e.targetKey).sort()).toEqual(['pspo/assumptions', 'pspo/releases'])
    expect(entries.every((e) => e.status === 'in_progress' && e.evidenceCount > 0)).toBe(true)
    const first = await call(ctx, 'practice.entries.create', { productId: sample!.id, targetKey: 'qspo-1/vision' })
    await call(ctx, 'practice.evidence.add', {
      entryId: first.id,
      kind: 'file',
      name: 'a.txt',
      type: 'text/plain',
      dataBase64: Buffer.from('hello').toString('base64')
    })
    const original = await call(ctx, 'products.export', { productId: sample!.id })

    const through = async (document: ProductDocument) => {
      const fresh = (await openTestContext()).ctx
      const product = await call(fresh, 'products.import', { document })
      return { ctx: fresh, product, document: await call(fresh, 'products.export', { productId: product.id }) }
    }
    const once = await through(original)
    const twice = await through(once.document)
    expect(twice.document.sections.practice).toEqual(once.document.sections.practice)
    expect(once.document.sections.practice).toEqual(original.sections.practice)

    // The links point at the imported product's things.
    const imported = await call(once.ctx, 'practice.entries.list', { productId: once.product.id })
    const assumptions = imported.find((e) => e.targetKey === 'pspo/assumptions')!
    const detail = await call(once.ctx, 'practice.entries.get', { id: assumptions.id })
    const vision = detail.evidence.find((e) => e.kind === 'vision')!
    const versions = await call(once.ctx, 'vision.versions', { productId: once.product.id })
    expect(versions.map((v) => v.id)).toContain(vision.ref)
    expect(vision.liveRoute).toBe('/vision/statement')

    // A file written when CSPO listed twenty topics: its topic entries land on the goals they became.
    const practiceSection = original.sections.practice as { entries: Array<{ trackId: string; targetKey: string }> }
    const older = {
      ...practiceSection,
      entries: [
        ...practiceSection.entries,
        { ...practiceSection.entries[0]!, trackId: 'cspo', targetKey: 'cspo/roadmap', experiments: [], evidence: [] }
      ]
    }
    const fromOlder = await through({
      ...original,
      sections: { ...original.sections, practice: older }
    } as ProductDocument)
    const olderKeys = (await call(fromOlder.ctx, 'practice.entries.list', { productId: fromOlder.product.id })).map(
      (e) => e.targetKey
    )
    expect(olderKeys).toContain('cspo/2.8')
    expect(olderKeys).not.toContain('cspo/roadmap')
  })

  it('goes with its product when the product is deleted', async () => {
    const { ctx, product, version } = await productWithVision()
    const entry = await call<PracticeEntryDetail>(ctx, 'practice.entries.create', entryFor(product.id))
    await call(ctx, 'practice.actions.add', { entryId: entry.id, on: '2025-03-10', text: 'Did it' })
    await call(ctx, 'practice.evidence.add', { entryId: entry.id, kind: 'vision', ref: version.id })
    await call(ctx, 'products.delete', { id: product.id, confirmName: 'Lanes' })
    const conn = readConnection(ctx.databaseFile)
    for (const table of ['practice_entries', 'practice_actions', 'practice_evidence']) {
      expect((conn.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n).toBe(0)
    }
  })
})
