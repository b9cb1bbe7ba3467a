import { describe, expect, it } from 'vitest'
import type { Product, ProductDocument } from '@shared/api'
import type {
  Canvas,
  CanvasComparison,
  CanvasState,
  CanvasVersion,
  CanvasVersionSummary,
  Competitor,
  CompetitorBoard,
  CostItem,
  CostSheet,
  Criterion,
  Influence,
  InfluenceBoard
} from '@shared/api/methods/strategy'
import type { AppContext } from '../../src/main/app/context'
import { FIXED_NOW, call, fail, openTestContext } from './helpers/temp'

const persona = (ctx: AppContext, productId: number, name: string) =>
  call<{ id: number }>(ctx, 'personas.create', { productId, name, role: 'swimmer' })

describe('strategy canvases', () => {
  it('keeps a Business Model Canvas as versions with reasons, and compares two versions block by block', async () => {
    const { ctx } = await openTestContext()
    const product = await call<Product>(ctx, 'products.create', { name: 'Lanes' })
    const bmc = await call<Canvas>(ctx, 'strategy.canvases.create', {
      productId: product.id,
      kind: 'bmc',
      title: 'Lanes today'
    })
    expect(bmc).toMatchObject({ kind: 'bmc', title: 'Lanes today', personaId: null, latest: null, versionCount: 0 })
    const empty = await call<CanvasState>(ctx, 'strategy.canvases.get', { id: bmc.id })
    expect(empty.content).toMatchObject({ kind: 'bmc', keyPartners: '', revenueStreams: '' })
    expect(
      await fail(ctx, 'strategy.canvases.save', { canvasId: bmc.id, content: { kind: 'bmc' }, reason: 'Start' })
    ).toMatchObject({
      code: 'conflict',
      message: 'Write at least one field of the Business Model Canvas before saving it.'
    })
    expect(
      await fail(ctx, 'strategy.canvases.save', {
        canvasId: bmc.id,
        content: { kind: 'swot', strengths: 'Fast' },
        reason: 'Start'
      })
    ).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'content.kind', message: 'Expected "bmc"' }]
    })

    const first = await call<CanvasVersion>(ctx, 'strategy.canvases.save', {
      canvasId: bmc.id,
      content: { kind: 'bmc', customerSegments: 'Lane swimmers', revenueStreams: 'Swim fees' },
      reason: 'First draft with the pool managers'
    })
    expect(first).toMatchObject({ number: 1, changedFields: ['customerSegments', 'revenueStreams'] })
    expect(first.content.kind === 'bmc' && first.content.channels).toBe('')
    expect(
      await fail(ctx, 'strategy.canvases.save', { canvasId: bmc.id, content: first.content, reason: 'Again' })
    ).toMatchObject({
      code: 'conflict',
      message: 'Nothing changed since version 1; change a field before saving a new version.'
    })

    const second = await call<CanvasVersion>(ctx, 'strategy.canvases.save', {
      canvasId: bmc.id,
      content: { ...first.content, customerSegments: 'Lane swimmers\nParents booking lessons' },
      reason: 'Interviews: parents book the lessons'
    })
    expect(second).toMatchObject({ number: 2, changedFields: ['customerSegments'] })
    const listed = await call<Canvas[]>(ctx, 'strategy.canvases.list', { productId: product.id, kind: 'bmc' })
    expect(listed).toEqual([
      expect.objectContaining({ id: bmc.id, versionCount: 2, latest: expect.objectContaining({ number: 2 }) })
    ])
    expect(await call<Canvas[]>(ctx, 'strategy.canvases.list', { productId: product.id, kind: 'swot' })).toEqual([])
    const versions = await call<CanvasVersionSummary[]>(ctx, 'strategy.canvases.versions', { canvasId: bmc.id })
    expect(versions.map((v) => [v.number, v.reason])).toEqual([
      [2, 'Interviews: parents book the lessons'],
      [1, 'First draft with the pool managers']
    ])
    expect(await call<CanvasVersion>(ctx, 'strategy.canvases.version', { id: first.id })).toEqual(first)

    const comparison = await call<CanvasComparison>(ctx, 'strategy.canvases.compare', {
      fromVersionId: first.id,
      toVersionId: second.id
    })
    expect(comparison.fields.map((f) => f.label)).toEqual([
      'Key partners',
      'Key activities',
      'Key resources',
      'Value propositions',
      'Customer relationships',
      'Channels',
      'Customer segments',
      'Cost structure',
      'Revenue streams'
    ])
    expect(comparison.fields.filter((f) => f.changed).map((f) => f.key)).toEqual(['customerSegments'])
    expect(comparison.fields.find((f) => f.key === 'customerSegments')!.segments).toEqual([
      { kind: 'same', text: 'Lane swimmers' },
      { kind: 'added', text: '\nParents booking lessons' }
    ])

    // Versions of two canvases do not compare.
    const other = await call<Canvas>(ctx, 'strategy.canvases.create', {
      productId: product.id,
      kind: 'swot',
      title: 'Spring'
    })
    const swot = await call<CanvasVersion>(ctx, 'strategy.canvases.save', {
      canvasId: other.id,
      content: { kind: 'swot', threats: 'A national app' },
      reason: 'Workshop'
    })
    expect(
      await fail(ctx, 'strategy.canvases.compare', { fromVersionId: first.id, toVersionId: swot.id })
    ).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'toVersionId', message: 'This version belongs to another canvas' }]
    })

    expect(await call(ctx, 'strategy.canvases.delete', { id: bmc.id })).toEqual({ deleted: bmc.id })
    expect(await fail(ctx, 'strategy.canvases.version', { id: first.id })).toMatchObject({ code: 'not_found' })
    expect(await fail(ctx, 'strategy.canvases.get', { id: bmc.id })).toMatchObject({
      code: 'not_found',
      issues: [{ path: 'id' }]
    })
  })

  it('ties a Value Proposition Canvas to a persona of its own product only, and keeps the canvas when the persona goes', async () => {
    const { ctx } = await openTestContext()
    const product = await call<Product>(ctx, 'products.create', { name: 'Lanes' })
    const elsewhere = await call<Product>(ctx, 'products.create', { name: 'Gyms' })
    const sam = await persona(ctx, product.id, 'Sam')
    const stranger = await persona(ctx, elsewhere.id, 'Kim')

    expect(
      await fail(ctx, 'strategy.canvases.create', {
        productId: product.id,
        kind: 'bmc',
        title: 'Model',
        personaId: sam.id
      })
    ).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'personaId' }]
    })
    expect(
      await fail(ctx, 'strategy.canvases.create', {
        productId: product.id,
        kind: 'vpc',
        title: 'For Kim',
        personaId: stranger.id
      })
    ).toMatchObject({
      code: 'not_found',
      issues: [{ path: 'personaId' }]
    })
    const vpc = await call<Canvas>(ctx, 'strategy.canvases.create', {
      productId: product.id,
      kind: 'vpc',
      title: 'For lane swimmers',
      personaId: sam.id
    })
    expect(vpc).toMatchObject({ personaId: sam.id, personaName: 'Sam' })
    const renamed = await call<Canvas>(ctx, 'strategy.canvases.update', { id: vpc.id, title: 'For Sam' })
    expect(renamed).toMatchObject({ title: 'For Sam', personaId: sam.id })

    await call(ctx, 'personas.delete', { id: sam.id })
    expect(await call<Canvas>(ctx, 'strategy.canvases.update', { id: vpc.id, personaId: null })).toMatchObject({
      personaId: null,
      personaName: null
    })
  })

  it('travels in a product file with its versions and its persona, and links as evidence that follows the copy', async () => {
    const { ctx } = await openTestContext()
    const product = await call<Product>(ctx, 'products.create', { name: 'Lanes' })
    await persona(ctx, product.id, 'Priya')
    const sam = await persona(ctx, product.id, 'Sam')
    const vpc = await call<Canvas>(ctx, 'strategy.canvases.create', {
      productId: product.id,
      kind: 'vpc',
      title: 'For Sam',
      personaId: sam.id
    })
    await call(ctx, 'strategy.canvases.save', {
      canvasId: vpc.id,
      content: { kind: 'vpc', pains: 'Full sessions' },
      reason: 'Interviews'
    })
    const latest = await call<CanvasVersion>(ctx, 'strategy.canvases.save', {
      canvasId: vpc.id,
      content: { kind: 'vpc', pains: 'Full sessions', painRelievers: 'Live free lanes' },
      reason: 'Answer the pain'
    })

    const sources = await call<Array<{ ref: number; label: string }>>(ctx, 'practice.evidence.sources', {
      productId: product.id,
      kind: 'canvas'
    })
    expect(sources.map((s) => s.label)).toEqual([
      'Value Proposition Canvas: For Sam, version 2',
      'Value Proposition Canvas: For Sam, version 1'
    ])
    const entry = await call<{ id: number }>(ctx, 'practice.entries.create', {
      productId: product.id,
      targetKey: 'pspo/assumptions'
    })
    const evidence = await call<{
      snapshot: { title: string; lines: Array<{ label: string; value: string }> }
      liveRoute: string | null
    }>(ctx, 'practice.evidence.add', {
      entryId: entry.id,
      kind: 'canvas',
      ref: latest.id
    })
    expect(evidence.snapshot.title).toBe('Value Proposition Canvas: For Sam, version 2')
    expect(evidence.snapshot.lines).toEqual(
      expect.arrayContaining([
        { label: 'Written for', value: 'Sam' },
        { label: 'Pains', value: 'Full sessions' },
        { label: 'Pain relievers', value: 'Live free lanes' }
      ])
    )
    expect(evidence.liveRoute).toBe('/strategy/vpc')

    const document = await call<ProductDocument>(ctx, 'products.export', { productId: product.id })
    const copy = await call<Product>(ctx, 'products.import', { document, name: 'Lanes copy' })
    const [copied] = await call<Canvas[]>(ctx, 'strategy.canvases.list', { productId: copy.id })
    expect(copied).toMatchObject({ kind: 'vpc', title: 'For Sam', personaName: 'Sam', versionCount: 2 })
    expect((await call<CanvasState>(ctx, 'strategy.canvases.get', { id: copied!.id })).content).toEqual(latest.content)
    const again = await call<ProductDocument>(ctx, 'products.export', { productId: copy.id })
    expect(again.sections.strategy).toEqual(
      expect.objectContaining({
        canvases: [
          expect.objectContaining({
            persona: 2,
            versions: [expect.objectContaining({ number: 1 }), expect.objectContaining({ number: 2 })]
          })
        ]
      })
    )
    // The copied journal's link points at the copy's version.
    const entries = await call<Array<{ id: number }>>(ctx, 'practice.entries.list', { productId: copy.id })
    const copiedEntry = await call<{ evidence: Array<{ ref: number | null; liveRoute: string | null }> }>(
      ctx,
      'practice.entries.get',
      { id: entries[0]!.id }
    )
    expect(copiedEntry.evidence[0]).toMatchObject({ ref: copied!.latest!.id, liveRoute: '/strategy/vpc' })

    // A file whose canvas holds blocks of another kind is refused.
    const strategy = document.sections.strategy as { canvases: Array<{ versions: Array<{ content: object }> }> }
    strategy.canvases[0]!.versions[0]!.content = { kind: 'swot', strengths: 'x' }
    expect(await fail(ctx, 'products.import', { document, name: 'Broken' })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/strategy/)
    })
  })
})

describe('the technical strategy', () => {
  it('is a canvas of its own kind, never for a persona, whose blocks errors name as the form does', async () => {
    const { ctx } = await openTestContext()
    const product = await call<Product>(ctx, 'products.create', { name: 'Lanes' })
    const sam = await persona(ctx, product.id, 'Sam')
    expect(
      await fail(ctx, 'strategy.canvases.create', {
        productId: product.id,
        kind: 'tech',
        title: 'Costs',
        personaId: sam.id
      })
    ).toMatchObject({ code: 'invalid_input', issues: [{ path: 'personaId' }] })
    const tech = await call<Canvas>(ctx, 'strategy.canvases.create', {
      productId: product.id,
      kind: 'tech',
      title: 'Costs'
    })
    const empty = await call<CanvasState>(ctx, 'strategy.canvases.get', { id: tech.id })
    expect(Object.keys(empty.content)).toEqual([
      'kind',
      'architecture',
      'costDrivers',
      'costControls',
      'technicalDebt',
      'retirement'
    ])
    const tooLong = await fail(ctx, 'strategy.canvases.save', {
      canvasId: tech.id,
      content: { kind: 'tech', costDrivers: 'x'.repeat(4001) },
      reason: 'Start'
    })
    expect(tooLong.message).toContain('What drives the cost of ownership: Keep each block to 4,000 characters or fewer')
    const saved = await call<CanvasVersion>(ctx, 'strategy.canvases.save', {
      canvasId: tech.id,
      content: { kind: 'tech', costDrivers: 'Hosting', costControls: 'Scale down at night' },
      reason: 'Beside the cost items'
    })
    expect(saved).toMatchObject({ number: 1, changedFields: ['costDrivers', 'costControls'] })
    const again = await call<CanvasVersion>(ctx, 'strategy.canvases.save', {
      canvasId: tech.id,
      content: { ...saved.content, retirement: 'The old web page' },
      reason: 'Retire the web page'
    })
    const comparison = await call<CanvasComparison>(ctx, 'strategy.canvases.compare', {
      fromVersionId: saved.id,
      toVersionId: again.id
    })
    expect(comparison.fields.filter((f) => f.changed).map((f) => f.label)).toEqual(['What will be retired'])
  })
})

describe('influences on delivering value', () => {
  it('rates factors for predictability and control, places each in a quadrant and lists them by attention needed', async () => {
    const { ctx } = await openTestContext()
    const product = await call<Product>(ctx, 'products.create', { name: 'Lanes' })
    expect(await call<InfluenceBoard>(ctx, 'strategy.influences.list', { productId: product.id })).toEqual({
      productId: product.id,
      influences: []
    })
    const pipeline = await call<Influence>(ctx, 'strategy.influences.create', {
      productId: product.id,
      name: 'Release pipeline',
      predictability: 5,
      control: 5
    })
    expect(pipeline).toMatchObject({ name: 'Release pipeline', note: '', quadrant: 'plan' })
    const budget = await call<Influence>(ctx, 'strategy.influences.create', {
      productId: product.id,
      name: 'Council budget',
      note: 'Decided once a year',
      predictability: 2,
      control: 1
    })
    expect(budget.quadrant).toBe('adapt')

    const wrong = await fail(ctx, 'strategy.influences.create', {
      productId: product.id,
      name: 'Weather',
      predictability: 0,
      control: 9
    })
    expect(wrong.code).toBe('invalid_input')
    expect(wrong.message).toContain('Predictability: Rate the predictability from 1 to 5')
    expect(wrong.message).toContain('Control: Rate the control from 1 to 5')
    expect(
      await fail(ctx, 'strategy.influences.create', {
        productId: product.id,
        name: 'council BUDGET',
        predictability: 3,
        control: 3
      })
    ).toMatchObject({ code: 'conflict', issues: [{ path: 'name' }] })
    expect(
      await fail(ctx, 'strategy.influences.update', { id: pipeline.id, patch: { name: 'Council budget' } })
    ).toMatchObject({ code: 'conflict', issues: [{ path: 'name' }] })

    const moved = await call<Influence>(ctx, 'strategy.influences.update', { id: pipeline.id, patch: { control: 2 } })
    expect(moved).toMatchObject({ predictability: 5, control: 2, quadrant: 'watch' })
    const board = await call<InfluenceBoard>(ctx, 'strategy.influences.list', { productId: product.id })
    expect(board.influences.map((f) => [f.name, f.quadrant])).toEqual([
      ['Council budget', 'adapt'],
      ['Release pipeline', 'watch']
    ])

    // A product file written before influences existed still imports, with none.
    const document = await call<ProductDocument>(ctx, 'products.export', { productId: product.id })
    expect((document.sections.strategy as { influences: unknown[] }).influences).toHaveLength(2)
    delete (document.sections.strategy as { influences?: unknown }).influences
    const older = await call<Product>(ctx, 'products.import', { document, name: 'Lanes before influences' })
    expect((await call<InfluenceBoard>(ctx, 'strategy.influences.list', { productId: older.id })).influences).toEqual(
      []
    )

    expect(await call(ctx, 'strategy.influences.delete', { id: budget.id })).toEqual({ deleted: budget.id })
    expect(await fail(ctx, 'strategy.influences.delete', { id: budget.id })).toMatchObject({ code: 'not_found' })
    expect(await fail(ctx, 'strategy.influences.list', { productId: 999 })).toMatchObject({ code: 'not_found' })
  })
})

describe('the sample product’s strategy', () => {
  it('has a Business Model Canvas saved twice, a Value Proposition Canvas for a persona, a SWOT analysis and a technical strategy', async () => {
    const { ctx } = await openTestContext({ sample: true, now: () => FIXED_NOW })
    const [product] = await call<Product[]>(ctx, 'products.list', {})
    const canvases = await call<Canvas[]>(ctx, 'strategy.canvases.list', { productId: product!.id })
    expect(canvases.map((c) => [c.kind, c.versionCount, c.personaName])).toEqual([
      ['bmc', 2, null],
      ['vpc', 1, 'Sam Okafor'],
      ['swot', 1, null],
      ['tech', 1, null]
    ])
    const [older, newer] = (
      await call<CanvasVersionSummary[]>(ctx, 'strategy.canvases.versions', { canvasId: canvases[0]!.id })
    ).reverse()
    const comparison = await call<CanvasComparison>(ctx, 'strategy.canvases.compare', {
      fromVersionId: older!.id,
      toVersionId: newer!.id
    })
    expect(comparison.fields.filter((f) => f.changed).map((f) => f.label)).toEqual([
      'Value propositions',
      'Customer relationships',
      'Customer segments',
      'Revenue streams'
    ])
    // Every version was saved in the past, in order.
    for (const canvas of canvases) expect(Date.parse(canvas.latest!.savedAt)).toBeLessThan(FIXED_NOW.getTime())
    expect(Date.parse(older!.savedAt)).toBeLessThan(Date.parse(newer!.savedAt))

    // The coach's report shows the canvases and the comparison with the vision, the costs with the measures.
    const report = await call<{ content: string }>(ctx, 'reports.build', {
      productId: product!.id,
      sections: ['vision', 'ebm'],
      format: 'md'
    })
    expect(report.content).toContain('Business Model Canvas: Lanes at the Riverbank pools (version 2 of')
    expect(report.content).toContain('Value Proposition Canvas: Shift-working lane swimmers, for Sam Okafor')
    expect(report.content).toContain('Technical strategy: Keeping Lanes affordable (version 1 of')
    expect(report.content).toContain('Influences on delivering value')
    expect(report.content).toMatch(
      /Sense and adapt \(unpredictable, outside our control\): .*Scrum Guide 2020, “Scrum Theory”/
    )
    expect(report.content).toContain('Parents booking lessons')
    expect(report.content).toMatch(/Weighted total.*rank 1/)
    expect(report.content).toContain('Total cost of ownership')
    expect(report.content).toContain('Front-desk tablets for the six pools')
    expect(report.content).toContain('EBM Guide 2024, “Current Value”')
  })
})

describe('competitors', () => {
  it('compares the product with its competitors on weighted criteria, and keeps names unique per product', async () => {
    const { ctx } = await openTestContext()
    const product = await call<Product>(ctx, 'products.create', { name: 'Lanes' })
    const empty = await call<CompetitorBoard>(ctx, 'strategy.competitors.get', { productId: product.id })
    expect(empty).toMatchObject({
      productName: 'Lanes',
      competitors: [],
      criteria: [],
      totals: [{ id: null, name: 'Lanes', total: 0, possible: 0, share: null }]
    })

    const price = await call<Criterion>(ctx, 'strategy.criteria.create', {
      productId: product.id,
      name: 'Price',
      weight: 3
    })
    const live = await call<Criterion>(ctx, 'strategy.criteria.create', { productId: product.id, name: 'Live lanes' })
    expect(live.weight).toBe(1)
    expect(await fail(ctx, 'strategy.criteria.create', { productId: product.id, name: 'PRICE' })).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'name' }]
    })
    await call(ctx, 'strategy.criteria.update', { id: price.id, patch: { ownScore: 4 } })
    await call(ctx, 'strategy.criteria.update', { id: live.id, patch: { ownScore: 5, weight: 2 } })

    const swimbook = await call<Competitor>(ctx, 'strategy.competitors.create', {
      productId: product.id,
      name: 'SwimBook',
      offer: 'A national app',
      positioning: '50p a booking'
    })
    const desk = await call<Competitor>(ctx, 'strategy.competitors.create', {
      productId: product.id,
      name: 'The front desk'
    })
    expect(await fail(ctx, 'strategy.competitors.create', { productId: product.id, name: 'swimbook' })).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'name' }]
    })
    expect(await fail(ctx, 'strategy.competitors.update', { id: desk.id, patch: { name: 'SWIMBOOK' } })).toMatchObject({
      code: 'conflict'
    })
    expect(
      await call<Competitor>(ctx, 'strategy.competitors.update', {
        id: swimbook.id,
        patch: { strengths: 'Polished app' }
      })
    ).toMatchObject({ strengths: 'Polished app', offer: 'A national app' })

    await call(ctx, 'strategy.scores.set', { competitorId: swimbook.id, criterionId: live.id, score: 1 })
    const scored = await call<Competitor>(ctx, 'strategy.scores.set', {
      competitorId: swimbook.id,
      criterionId: price.id,
      score: 2
    })
    expect(scored.scores).toEqual([
      { criterionId: price.id, score: 2 },
      { criterionId: live.id, score: 1 }
    ])
    await call(ctx, 'strategy.scores.set', { competitorId: desk.id, criterionId: price.id, score: 5 })
    await call(ctx, 'strategy.scores.set', { competitorId: desk.id, criterionId: price.id, score: 4 })

    const board = await call<CompetitorBoard>(ctx, 'strategy.competitors.get', { productId: product.id })
    expect(board.criteria.map((c) => [c.name, c.weight, c.ownScore])).toEqual([
      ['Price', 3, 4],
      ['Live lanes', 2, 5]
    ])
    expect(board.totals.map((t) => [t.name, t.total, t.possible, t.rank, t.unscored])).toEqual([
      ['Lanes', 22, 25, 1, []],
      ['SwimBook', 8, 25, 3, []],
      ['The front desk', 12, 25, 2, ['Live lanes']]
    ])
    expect(board.leaders).toEqual([
      { criterionId: price.id, leaders: ['Lanes', 'The front desk'] },
      { criterionId: live.id, leaders: ['Lanes'] }
    ])

    // A score is cleared with null; a criterion of another product is refused.
    expect(
      (
        await call<Competitor>(ctx, 'strategy.scores.set', {
          competitorId: desk.id,
          criterionId: price.id,
          score: null
        })
      ).scores
    ).toEqual([])
    const other = await call<Product>(ctx, 'products.create', { name: 'Gyms' })
    const foreign = await call<Criterion>(ctx, 'strategy.criteria.create', { productId: other.id, name: 'Price' })
    expect(
      await fail(ctx, 'strategy.scores.set', { competitorId: desk.id, criterionId: foreign.id, score: 3 })
    ).toMatchObject({ code: 'invalid_input', issues: [{ path: 'criterionId' }] })

    // Removing a criterion takes its scores along; removing a competitor takes its own.
    await call(ctx, 'strategy.criteria.delete', { id: live.id })
    expect(
      (await call<CompetitorBoard>(ctx, 'strategy.competitors.get', { productId: product.id })).competitors[0]!.scores
    ).toEqual([{ criterionId: price.id, score: 2 }])
    expect(await call(ctx, 'strategy.competitors.delete', { id: swimbook.id })).toEqual({ deleted: swimbook.id })
    expect(await fail(ctx, 'strategy.competitors.update', { id: swimbook.id, patch: { offer: 'x' } })).toMatchObject({
      code: 'not_found'
    })
  })
})

describe('total cost of ownership', () => {
  it('keeps cost items with their totals per period and over a year, and says which guide it follows', async () => {
    const { ctx } = await openTestContext()
    const product = await call<Product>(ctx, 'products.create', { name: 'Lanes' })
    const team = await call<CostItem>(ctx, 'strategy.costs.create', {
      productId: product.id,
      category: 'build',
      name: 'The team',
      amount: 30_000,
      period: 'monthly'
    })
    await call(ctx, 'strategy.costs.create', {
      productId: product.id,
      category: 'run',
      name: 'Hosting',
      amount: 450.5,
      period: 'monthly',
      note: 'Grows with bookings'
    })
    await call(ctx, 'strategy.costs.create', {
      productId: product.id,
      category: 'licence',
      name: 'Maps',
      amount: 1_200,
      period: 'yearly'
    })
    const tablets = await call<CostItem>(ctx, 'strategy.costs.create', {
      productId: product.id,
      category: 'build',
      name: 'Tablets',
      amount: 3_000,
      period: 'one-off'
    })
    expect(tablets).toMatchObject({ note: '', period: 'one-off' })

    const sheet = await call<CostSheet>(ctx, 'strategy.costs.list', { productId: product.id })
    expect(sheet.items.map((i) => i.name)).toEqual(['The team', 'Hosting', 'Maps', 'Tablets'])
    expect(sheet.totals).toMatchObject({
      byPeriod: { monthly: 30_450.5, yearly: 1_200, quarterly: 0, 'one-off': 3_000 },
      yearly: 366_606,
      oneOff: 3_000,
      firstYear: 369_606
    })
    expect(sheet.context.join(' ')).toMatch(/EBM Guide 2024, “Current Value”/)
    expect(sheet.context.join(' ')).toMatch(/EBM Guide 2024, “Unrealized Value”/)

    expect(
      await call<CostItem>(ctx, 'strategy.costs.update', {
        id: team.id,
        patch: { amount: 32_000, note: 'A fifth developer' }
      })
    ).toMatchObject({ amount: 32_000, note: 'A fifth developer', name: 'The team' })
    // A field left out of a patch stays as it was.
    expect(
      await call<CostItem>(ctx, 'strategy.costs.update', { id: team.id, patch: { period: 'monthly' } })
    ).toMatchObject({ note: 'A fifth developer', category: 'build' })
    await call(ctx, 'strategy.costs.delete', { id: tablets.id })
    expect((await call<CostSheet>(ctx, 'strategy.costs.list', { productId: product.id })).totals).toMatchObject({
      oneOff: 0,
      yearly: 12 * 32_450.5 + 1_200
    })
    expect(await fail(ctx, 'strategy.costs.delete', { id: tablets.id })).toMatchObject({ code: 'not_found' })
    expect(await fail(ctx, 'strategy.costs.list', { productId: 999 })).toMatchObject({ code: 'not_found' })
  })
})

describe('the comparison and the costs in a product file', () => {
  it('come back as they were, and the comparison links as evidence', async () => {
    const { ctx } = await openTestContext({ sample: true, now: () => FIXED_NOW })
    const [sample] = await call<Product[]>(ctx, 'products.list', {})
    const board = await call<CompetitorBoard>(ctx, 'strategy.competitors.get', { productId: sample!.id })
    expect(board.competitors.map((c) => c.name)).toEqual(['SwimBook', 'The front desk and phone', 'CityLeisure Online'])
    expect(board.criteria).toHaveLength(4)
    expect(board.totals.find((t) => t.id === null)).toMatchObject({ rank: 1, unscored: [] })
    const costs = await call<CostSheet>(ctx, 'strategy.costs.list', { productId: sample!.id })
    expect(costs.items.length).toBeGreaterThanOrEqual(5)
    expect(new Set(costs.items.map((i) => i.category))).toEqual(new Set(['build', 'run', 'support', 'licence']))

    const document = await call<ProductDocument>(ctx, 'products.export', { productId: sample!.id })
    const copy = await call<Product>(ctx, 'products.import', { document, name: 'Lanes copy' })
    const copied = await call<CompetitorBoard>(ctx, 'strategy.competitors.get', { productId: copy.id })
    const shape = (b: CompetitorBoard) => ({
      criteria: b.criteria.map(({ name, weight, ownScore }) => ({ name, weight, ownScore })),
      competitors: b.competitors.map(({ id: _id, productId: _p, scores, ...rest }) => ({
        ...rest,
        scores: scores.map((s) => s.score)
      })),
      totals: b.totals.map(({ id: _id, name, ...rest }) => ({ name: name === b.productName ? 'own' : name, ...rest }))
    })
    expect(shape(copied)).toEqual(shape(board))
    const copiedCosts = await call<CostSheet>(ctx, 'strategy.costs.list', { productId: copy.id })
    expect(copiedCosts.items.map(({ id: _id, productId: _p, ...rest }) => rest)).toEqual(
      costs.items.map(({ id: _id, productId: _p, ...rest }) => rest)
    )
    expect(copiedCosts.totals).toEqual(costs.totals)

    const entry = await call<{ id: number }>(ctx, 'practice.entries.create', {
      productId: sample!.id,
      targetKey: 'pspo/assumptions'
    })
    const evidence = await call<{
      title: string
      snapshot: { title: string; lines: Array<{ label: string; value: string }> }
      liveRoute: string | null
    }>(ctx, 'practice.evidence.add', {
      entryId: entry.id,
      kind: 'competitors'
    })
    expect(evidence.snapshot.title).toBe('Competitor comparison (3 competitors)')
    expect(evidence.snapshot.lines[0]).toEqual({
      label: 'Criteria and weights',
      value: 'Works at all six pools ×3, Sees free lanes live ×2, Price for a regular swimmer ×3, Books lessons ×2'
    })
    expect(evidence.snapshot.lines).toContainEqual({
      label: expect.stringMatching(/^#1 Sample: Lanes$/),
      value: expect.stringMatching(/^\d+ of 50$/)
    })
    expect(evidence.liveRoute).toBe('/strategy/competitors')

    // The influences travel in the product file and are evidence for the empiricism assignment.
    const influences = await call<InfluenceBoard>(ctx, 'strategy.influences.list', { productId: sample!.id })
    expect(influences.influences.length).toBeGreaterThanOrEqual(4)
    expect(new Set(influences.influences.map((f) => f.quadrant)).size).toBe(4)
    const copiedInfluences = await call<InfluenceBoard>(ctx, 'strategy.influences.list', { productId: copy.id })
    expect(copiedInfluences.influences.map(({ id: _id, productId: _p, ...rest }) => rest)).toEqual(
      influences.influences.map(({ id: _id, productId: _p, ...rest }) => rest)
    )
    const empiricism = await call<{ id: number }>(ctx, 'practice.entries.create', {
      productId: sample!.id,
      targetKey: 'pspo/empiricism'
    })
    const rated = await call<{
      snapshot: { title: string; lines: Array<{ label: string; value: string }> }
      liveRoute: string | null
    }>(ctx, 'practice.evidence.add', { entryId: empiricism.id, kind: 'influences' })
    expect(rated.snapshot.title).toBe(`Influences on delivering value (${influences.influences.length} factors)`)
    expect(rated.snapshot.lines[0]).toEqual({
      label: influences.influences[0]!.name,
      value: expect.stringMatching(/^Sense and adapt · predictability [1-3] of 5 · control [1-3] of 5/)
    })
    expect(rated.liveRoute).toBe('/strategy/influences')
  })
})
