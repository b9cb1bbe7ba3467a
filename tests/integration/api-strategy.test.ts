import { describe, expect, it } from 'vitest'
import type { Product, ProductDocument } from '@shared/api'
import type { Canvas, CanvasComparison, CanvasState, CanvasVersion, CanvasVersionSummary } from '@shared/api/methods/strategy'
import type { AppContext } from '../../src/main/app/context'
import { FIXED_NOW, call, fail, openTestContext } from './helpers/temp'

const persona = (ctx: AppContext, productId: number, name: string) => call<{ id: number }>(ctx, 'personas.create', { productId, name, role: 'swimmer' })

describe('strategy canvases', () => {
  it('keeps a Business Model Canvas as versions with reasons, and compares two versions block by block', async () => {
    const { ctx } = await openTestContext()
    const product = await call<Product>(ctx, 'products.create', { name: 'Lanes' })
    const bmc = await call<Canvas>(ctx, 'strategy.canvases.create', { productId: product.id, kind: 'bmc', title: 'Lanes today' })
    expect(bmc).toMatchObject({ kind: 'bmc', title: 'Lanes today', personaId: null, latest: null, versionCount: 0 })
    const empty = await call<CanvasState>(ctx, 'strategy.canvases.get', { id: bmc.id })
    expect(empty.content).toMatchObject({ kind: 'bmc', keyPartners: '', revenueStreams: '' })
    expect(await fail(ctx, 'strategy.canvases.save', { canvasId: bmc.id, content: { kind: 'bmc' }, reason: 'Start' })).toMatchObject({
      code: 'conflict',
      message: 'Write at least one field of the Business Model Canvas before saving it.'
    })
    expect(await fail(ctx, 'strategy.canvases.save', { canvasId: bmc.id, content: { kind: 'swot', strengths: 'Fast' }, reason: 'Start' })).toMatchObject({
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
    expect(await fail(ctx, 'strategy.canvases.save', { canvasId: bmc.id, content: first.content, reason: 'Again' })).toMatchObject({
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
    expect(listed).toEqual([expect.objectContaining({ id: bmc.id, versionCount: 2, latest: expect.objectContaining({ number: 2 }) })])
    expect(await call<Canvas[]>(ctx, 'strategy.canvases.list', { productId: product.id, kind: 'swot' })).toEqual([])
    const versions = await call<CanvasVersionSummary[]>(ctx, 'strategy.canvases.versions', { canvasId: bmc.id })
    expect(versions.map((v) => [v.number, v.reason])).toEqual([
      [2, 'Interviews: parents book the lessons'],
      [1, 'First draft with the pool managers']
    ])
    expect(await call<CanvasVersion>(ctx, 'strategy.canvases.version', { id: first.id })).toEqual(first)

    const comparison = await call<CanvasComparison>(ctx, 'strategy.canvases.compare', { fromVersionId: first.id, toVersionId: second.id })
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
    const other = await call<Canvas>(ctx, 'strategy.canvases.create', { productId: product.id, kind: 'swot', title: 'Spring' })
    const swot = await call<CanvasVersion>(ctx, 'strategy.canvases.save', { canvasId: other.id, content: { kind: 'swot', threats: 'A national app' }, reason: 'Workshop' })
    expect(await fail(ctx, 'strategy.canvases.compare', { fromVersionId: first.id, toVersionId: swot.id })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'toVersionId', message: 'This version belongs to another canvas' }]
    })

    expect(await call(ctx, 'strategy.canvases.delete', { id: bmc.id })).toEqual({ deleted: bmc.id })
    expect(await fail(ctx, 'strategy.canvases.version', { id: first.id })).toMatchObject({ code: 'not_found' })
    expect(await fail(ctx, 'strategy.canvases.get', { id: bmc.id })).toMatchObject({ code: 'not_found', issues: [{ path: 'id' }] })
  })

  it('ties a Value Proposition Canvas to a persona of its own product only, and keeps the canvas when the persona goes', async () => {
    const { ctx } = await openTestContext()
    const product = await call<Product>(ctx, 'products.create', { name: 'Lanes' })
    const elsewhere = await call<Product>(ctx, 'products.create', { name: 'Gyms' })
    const sam = await persona(ctx, product.id, 'Sam')
    const stranger = await persona(ctx, elsewhere.id, 'Kim')

    expect(await fail(ctx, 'strategy.canvases.create', { productId: product.id, kind: 'bmc', title: 'Model', personaId: sam.id })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'personaId' }]
    })
    expect(await fail(ctx, 'strategy.canvases.create', { productId: product.id, kind: 'vpc', title: 'For Kim', personaId: stranger.id })).toMatchObject({
      code: 'not_found',
      issues: [{ path: 'personaId' }]
    })
    const vpc = await call<Canvas>(ctx, 'strategy.canvases.create', { productId: product.id, kind: 'vpc', title: 'For lane swimmers', personaId: sam.id })
    expect(vpc).toMatchObject({ personaId: sam.id, personaName: 'Sam' })
    const renamed = await call<Canvas>(ctx, 'strategy.canvases.update', { id: vpc.id, title: 'For Sam' })
    expect(renamed).toMatchObject({ title: 'For Sam', personaId: sam.id })

    await call(ctx, 'personas.delete', { id: sam.id })
    expect(await call<Canvas>(ctx, 'strategy.canvases.update', { id: vpc.id, personaId: null })).toMatchObject({ personaId: null, personaName: null })
  })

  it('travels in a product file with its versions and its persona, and links as evidence that follows the copy', async () => {
    const { ctx } = await openTestContext()
    const product = await call<Product>(ctx, 'products.create', { name: 'Lanes' })
    await persona(ctx, product.id, 'Priya')
    const sam = await persona(ctx, product.id, 'Sam')
    const vpc = await call<Canvas>(ctx, 'strategy.canvases.create', { productId: product.id, kind: 'vpc', title: 'For Sam', personaId: sam.id })
    await call(ctx, 'strategy.canvases.save', { canvasId: vpc.id, content: { kind: 'vpc', pains: 'Full sessions' }, reason: 'Interviews' })
    const latest = await call<CanvasVersion>(ctx, 'strategy.canvases.save', {
      canvasId: vpc.id,
      content: { kind: 'vpc', pains: 'Full sessions', painRelievers: 'Live free lanes' },
      reason: 'Answer the pain'
    })

    const sources = await call<Array<{ ref: number; label: string }>>(ctx, 'practice.evidence.sources', { productId: product.id, kind: 'canvas' })
    expect(sources.map((s) => s.label)).toEqual(['Value Proposition Canvas: For Sam, version 2', 'Value Proposition Canvas: For Sam, version 1'])
    const entry = await call<{ id: number }>(ctx, 'practice.entries.create', { productId: product.id, targetKey: 'pspo/assumptions' })
    const evidence = await call<{ snapshot: { title: string; lines: Array<{ label: string; value: string }> }; liveRoute: string | null }>(ctx, 'practice.evidence.add', {
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
      expect.objectContaining({ canvases: [expect.objectContaining({ persona: 2, versions: [expect.objectContaining({ number: 1 }), expect.objectContaining({ number: 2 })] })] })
    )
    // The copied journal's link points at the copy's version.
    const entries = await call<Array<{ id: number }>>(ctx, 'practice.entries.list', { productId: copy.id })
    const copiedEntry = await call<{ evidence: Array<{ ref: number | null; liveRoute: string | null }> }>(ctx, 'practice.entries.get', { id: entries[0]!.id })
    expect(copiedEntry.evidence[0]).toMatchObject({ ref: copied!.latest!.id, liveRoute: '/strategy/vpc' })

    // A file whose canvas holds blocks of another kind is refused.
    const strategy = document.sections.strategy as { canvases: Array<{ versions: Array<{ content: object }> }> }
    strategy.canvases[0]!.versions[0]!.content = { kind: 'swot', strengths: 'x' }
    expect(await fail(ctx, 'products.import', { document, name: 'Broken' })).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/strategy/) })
  })
})

describe('the sample product’s strategy', () => {
  it('has a Business Model Canvas saved twice, a Value Proposition Canvas for a persona and a SWOT analysis', async () => {
    const { ctx } = await openTestContext({ sample: true, now: () => FIXED_NOW })
    const [product] = await call<Product[]>(ctx, 'products.list', {})
    const canvases = await call<Canvas[]>(ctx, 'strategy.canvases.list', { productId: product!.id })
    expect(canvases.map((c) => [c.kind, c.versionCount, c.personaName])).toEqual([
      ['bmc', 2, null],
      ['vpc', 1, 'Sam Okafor'],
      ['swot', 1, null]
    ])
    const [older, newer] = (await call<CanvasVersionSummary[]>(ctx, 'strategy.canvases.versions', { canvasId: canvases[0]!.id })).reverse()
    const comparison = await call<CanvasComparison>(ctx, 'strategy.canvases.compare', { fromVersionId: older!.id, toVersionId: newer!.id })
    expect(comparison.fields.filter((f) => f.changed).map((f) => f.label)).toEqual(['Value propositions', 'Customer relationships', 'Customer segments', 'Revenue streams'])
    // Every version was saved in the past, in order.
    for (const canvas of canvases) expect(Date.parse(canvas.latest!.savedAt)).toBeLessThan(FIXED_NOW.getTime())
    expect(Date.parse(older!.savedAt)).toBeLessThan(Date.parse(newer!.savedAt))
  })
})
