import { describe, expect, it } from 'vitest'
import type { Evidence, EvidenceSource } from '@shared/api/methods/practice'
import { call, fail, openTestContext } from './helpers/temp'

describe('customer segments and personas as buyer or user', () => {
  it('keeps segments with their personas, and personas that buy, use or both', async () => {
    const { ctx } = await openTestContext()
    const product = await call(ctx, 'products.create', { name: 'Lanes' })
    const clubs = await call(ctx, 'discovery.segments.create', {
      productId: product.id,
      name: 'Swimming clubs',
      needs: 'Block bookings for training nights',
      size: '14 clubs across the six pools'
    })
    expect(clubs).toMatchObject({ name: 'Swimming clubs', description: '', personaIds: [] })
    expect(
      await fail(ctx, 'discovery.segments.create', { productId: product.id, name: 'swimming CLUBS' })
    ).toMatchObject({ code: 'conflict', issues: [{ path: 'name' }] })

    // A persona is a user unless the Product Owner says otherwise.
    const nadia = await call(ctx, 'personas.create', {
      productId: product.id,
      name: 'Nadia',
      buyerOrUser: 'buyer',
      segmentId: clubs.id
    })
    const sam = await call(ctx, 'personas.create', { productId: product.id, name: 'Sam' })
    expect([nadia.buyerOrUser, nadia.segmentId, sam.buyerOrUser, sam.segmentId]).toEqual([
      'buyer',
      clubs.id,
      'user',
      null
    ])
    await call(ctx, 'personas.update', { id: sam.id, patch: { buyerOrUser: 'both', segmentId: clubs.id } })
    expect((await call(ctx, 'discovery.segments.list', { productId: product.id }))[0]!.personaIds).toEqual([
      nadia.id,
      sam.id
    ])

    // A segment of another product is refused, by the field's name.
    const other = await call(ctx, 'products.create', { name: 'Other' })
    const foreign = await call(ctx, 'discovery.segments.create', { productId: other.id, name: 'Schools' })
    expect(await fail(ctx, 'personas.update', { id: sam.id, patch: { segmentId: foreign.id } })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'patch.segmentId' }]
    })
    // Names are unique within a product only.
    expect(
      await call(ctx, 'discovery.segments.update', {
        id: clubs.id,
        patch: { name: 'Schools ', description: 'Clubs and schools' }
      })
    ).toMatchObject({
      name: 'Schools',
      description: 'Clubs and schools',
      needs: 'Block bookings for training nights'
    })

    // Through a product file and back: the segment keeps its personas, each keeps buyer or user.
    const document = await call(ctx, 'products.export', { productId: product.id })
    const copy = await call(ctx, 'products.import', { document, name: 'Lanes copy' })
    const [segment] = await call(ctx, 'discovery.segments.list', { productId: copy.id })
    const personas = await call(ctx, 'personas.list', { productId: copy.id })
    expect(personas.map((p) => [p.name, p.buyerOrUser, p.segmentId])).toEqual([
      ['Nadia', 'buyer', segment!.id],
      ['Sam', 'both', segment!.id]
    ])
    expect(segment).toMatchObject({
      name: 'Schools',
      size: '14 clubs across the six pools',
      personaIds: personas.map((p) => p.id)
    })

    // A file written before segments reads its personas as users in no segment.
    const older = structuredClone(document)
    delete older.sections.discovery
    for (const p of (older.sections.customers as { personas: Array<Record<string, unknown>> }).personas) {
      delete p.buyerOrUser
      delete p.id
    }
    const fromOlder = await call(ctx, 'products.import', { document: older, name: 'Lanes before segments' })
    expect(
      (await call(ctx, 'personas.list', { productId: fromOlder.id })).map((p) => [p.buyerOrUser, p.segmentId])
    ).toEqual([
      ['user', null],
      ['user', null]
    ])

    // Deleting a segment keeps its personas, in no segment.
    await call(ctx, 'discovery.segments.delete', { id: clubs.id })
    expect((await call(ctx, 'personas.list', { productId: product.id })).map((p) => p.segmentId)).toEqual([null, null])
    expect(await call(ctx, 'discovery.segments.list', { productId: product.id })).toEqual([])
  })
})

async function productWithMeasure(ctx: Parameters<typeof call>[0], name = 'Lanes') {
  const product = await call(ctx, 'products.create', { name })
  const measure = await call(ctx, 'ebm.measures.create', {
    productId: product.id,
    name: 'Terms booked online',
    area: 'unrealized-value',
    unit: '%'
  })
  return { product, measure }
}

describe('the assumption map', () => {
  it('ranks assumptions riskiest first and promotes the riskiest to an experiment in one step; each then shows the other', async () => {
    const { ctx } = await openTestContext()
    const { product, measure } = await productWithMeasure(ctx)
    const add = (statement: string, importance: number, evidence: number) =>
      call(ctx, 'discovery.assumptions.create', {
        productId: product.id,
        statement,
        risk: 'value',
        importance,
        evidence
      })
    const known = await add('Swimmers want to book from their phone', 5, 5)
    const term = await add('Parents will pay for a whole term online', 5, 1)
    const detail = await add('Swimmers like a dark theme', 1, 1)
    const clubs = await add('Clubs will give up their paper rota', 4, 2)
    expect(term).toMatchObject({ quadrant: 'test', riskScore: 25, experiment: null, notes: '' })

    const map = await call(ctx, 'discovery.assumptions.list', { productId: product.id })
    expect(map.assumptions.map((a) => a.id)).toEqual([term.id, clubs.id, known.id, detail.id])
    expect(map.riskiestId).toBe(term.id)

    const promoted = await call(ctx, 'discovery.assumptions.promote', {
      id: term.id,
      change: 'booking and paying for a whole term of lessons online',
      outcome: 'parents booking the next term without queuing at the desk',
      measureId: measure.id,
      expectedValue: 40,
      byDate: '2025-06-30'
    })
    expect(promoted.experiment).toMatchObject({
      title: 'Parents will pay for a whole term online',
      status: 'planned',
      assumption: { id: term.id, statement: term.statement }
    })
    expect(promoted.experiment.hypothesis).toMatch(
      /^We believe booking and paying for a whole term of lessons online will result in parents booking/
    )
    expect(promoted.assumption.experiment).toEqual({
      id: promoted.experiment.id,
      title: promoted.experiment.title,
      hypothesis: promoted.experiment.hypothesis,
      status: 'planned',
      decision: null
    })
    const [listed] = await call(ctx, 'ebm.experiments.list', { productId: product.id })
    expect(listed!.assumption).toEqual({ id: term.id, statement: term.statement })
    // The next one to test is the next riskiest without an experiment.
    expect((await call(ctx, 'discovery.assumptions.list', { productId: product.id })).riskiestId).toBe(clubs.id)

    // Promoting twice is refused; a hypothesis the EBM service refuses creates nothing and ties nothing.
    const again = { change: 'x', outcome: 'y', measureId: measure.id, expectedValue: 1, byDate: '2025-06-30' }
    expect(await fail(ctx, 'discovery.assumptions.promote', { id: term.id, ...again })).toMatchObject({
      code: 'conflict'
    })
    expect(
      await fail(ctx, 'discovery.assumptions.promote', { id: clubs.id, ...again, status: 'concluded' })
    ).toMatchObject({ code: 'invalid_input' })
    const other = await productWithMeasure(ctx, 'Other')
    expect(
      await fail(ctx, 'discovery.assumptions.promote', { id: clubs.id, ...again, measureId: other.measure.id })
    ).toMatchObject({ code: 'invalid_input', issues: [{ path: 'measureId' }] })
    expect(await call(ctx, 'ebm.experiments.list', { productId: product.id })).toHaveLength(1)
    expect(
      (await call(ctx, 'discovery.assumptions.list', { productId: product.id })).assumptions.find(
        (a) => a.id === clubs.id
      )!.experiment
    ).toBeNull()

    // Moving an assumption on the map changes its quadrant.
    expect(await call(ctx, 'discovery.assumptions.update', { id: clubs.id, patch: { evidence: 5 } })).toMatchObject({
      quadrant: 'proceed',
      riskScore: 4
    })

    // Through a product file and back, the assumption still shows its experiment, and the experiment its assumption.
    const document = await call(ctx, 'products.export', { productId: product.id })
    const copy = await call(ctx, 'products.import', { document, name: 'Lanes copy' })
    const copied = await call(ctx, 'discovery.assumptions.list', { productId: copy.id })
    const [copiedExperiment] = await call(ctx, 'ebm.experiments.list', { productId: copy.id })
    expect(copied.assumptions.map((a) => [a.statement, a.importance, a.evidence, a.experiment?.id ?? null])).toEqual([
      [term.statement, 5, 1, copiedExperiment!.id],
      [known.statement, 5, 5, null],
      [clubs.statement, 4, 5, null],
      [detail.statement, 1, 1, null]
    ])
    expect(copiedExperiment!.assumption?.statement).toBe(term.statement)

    // Deleting the experiment in EBM leaves the assumption untested, and the riskiest again.
    await call(ctx, 'ebm.experiments.delete', { id: promoted.experiment.id })
    const after = await call(ctx, 'discovery.assumptions.list', { productId: product.id })
    expect([after.riskiestId, after.assumptions[0]!.experiment]).toEqual([term.id, null])
    await call(ctx, 'discovery.assumptions.delete', { id: term.id })
    expect((await call(ctx, 'discovery.assumptions.list', { productId: product.id })).riskiestId).toBeNull()
  })
})

describe('the sample product’s discovery', () => {
  it('has two segments with a buyer and users, and an assumption map whose promoted assumption is a running experiment', async () => {
    const { ctx } = await openTestContext({ sample: true })
    const [sample] = await call(ctx, 'products.list')
    const productId = sample!.id
    const segments = await call(ctx, 'discovery.segments.list', { productId })
    const personas = await call(ctx, 'personas.list', { productId })
    expect(segments.map((s) => [s.name, s.personaIds.length])).toEqual([
      ['Lane swimmers', 1],
      ['Families with children in lessons', 1]
    ])
    expect(new Set(personas.filter((p) => p.segmentId !== null).map((p) => p.buyerOrUser))).toEqual(
      new Set(['buyer', 'user'])
    )

    const map = await call(ctx, 'discovery.assumptions.list', { productId })
    expect(new Set(map.assumptions.map((a) => a.quadrant))).toEqual(new Set(['test', 'proceed', 'park', 'setAside']))
    expect(map.assumptions.find((a) => a.id === map.riskiestId)!.statement).toMatch(
      /^Parents will book and pay for a whole term/
    )
    const promoted = map.assumptions.filter((a) => a.experiment !== null)
    expect(promoted.map((a) => a.experiment!.status)).toEqual(['running'])
    // The digest the pivoted badges experiment asked for is what the promoted assumption tests.
    const experiments = await call(ctx, 'ebm.experiments.list', { productId })
    const badges = experiments.find((e) => e.decision === 'pivot')!
    expect(badges.decisionNotes).toMatch(/weekly lane digest/)
    expect(experiments.find((e) => e.id === promoted[0]!.experiment!.id)!.assumption!.statement).toMatch(
      /weekly note of free lanes/
    )

    const interviews = await call(ctx, 'discovery.interviews.list', { productId })
    expect(interviews.length).toBeGreaterThanOrEqual(3)
    for (const i of interviews) expect([i.who, i.itemIds.length, i.assumptionIds.length], i.learned).not.toContain(0)
    expect(map.assumptions.find((a) => a.id === map.riskiestId)!.interviewIds).toHaveLength(1)
  })
})

describe('the interview and feedback log', () => {
  it('keeps who, what was learned and the evidence, linked to a persona, a stakeholder, items and assumptions', async () => {
    const { ctx } = await openTestContext()
    const { product } = await productWithMeasure(ctx)
    const productId = product.id
    const item = await call(ctx, 'backlog.create', { productId, title: 'Book a term of lessons' })
    const priya = await call(ctx, 'personas.create', { productId, name: 'Priya' })
    const beth = await call(ctx, 'stakeholders.create', { productId, name: 'Beth Jones', power: 20, interest: 70 })
    const term = await call(ctx, 'discovery.assumptions.create', {
      productId,
      statement: 'Parents pay online',
      risk: 'viability',
      importance: 5,
      evidence: 1
    })

    // Somebody must be named.
    expect(
      await fail(ctx, 'discovery.interviews.create', { productId, heldOn: '2025-03-01', learned: 'Parents queue' })
    ).toMatchObject({ code: 'invalid_input', issues: [{ path: 'person' }] })
    const forum = await call(ctx, 'discovery.interviews.create', {
      productId,
      heldOn: '2025-03-01',
      personaId: priya.id,
      stakeholderId: beth.id,
      person: 'Parents’ forum',
      learned: 'Parents queue on the first day of term',
      evidence: '7 of 9 would book online',
      evidenceLink: 'https://example.org/forum-notes',
      itemIds: [item.id, item.id],
      assumptionIds: [term.id]
    })
    expect(forum).toMatchObject({
      method: 'interview',
      who: 'Parents’ forum · Beth Jones · persona Priya',
      itemIds: [item.id],
      assumptionIds: [term.id]
    })
    const later = await call(ctx, 'discovery.interviews.create', {
      productId,
      heldOn: '2025-03-05',
      method: 'support',
      person: 'Reception log',
      learned: 'Check-in stopped'
    })
    expect((await call(ctx, 'discovery.interviews.list', { productId })).map((i) => i.id)).toEqual([later.id, forum.id])
    expect((await call(ctx, 'discovery.assumptions.list', { productId })).assumptions[0]!.interviewIds).toEqual([
      forum.id
    ])

    // Links to another product are refused by their field; removing the last name of someone is too.
    const other = await productWithMeasure(ctx, 'Other')
    const foreign = await call(ctx, 'discovery.assumptions.create', {
      productId: other.product.id,
      statement: 'x',
      risk: 'value',
      importance: 1,
      evidence: 1
    })
    expect(
      await fail(ctx, 'discovery.interviews.update', { id: forum.id, patch: { assumptionIds: [term.id, foreign.id] } })
    ).toMatchObject({ issues: [{ path: 'patch.assumptionIds.1' }] })
    expect(await fail(ctx, 'discovery.interviews.update', { id: later.id, patch: { person: '' } })).toMatchObject({
      issues: [{ path: 'patch.person' }]
    })
    expect(
      await call(ctx, 'discovery.interviews.update', { id: forum.id, patch: { itemIds: [], evidence: '' } })
    ).toMatchObject({ itemIds: [], evidence: '', assumptionIds: [term.id] })

    // Through a product file and back.
    const document = await call(ctx, 'products.export', { productId })
    const copy = await call(ctx, 'products.import', { document, name: 'Lanes copy' })
    const copied = await call(ctx, 'discovery.interviews.list', { productId: copy.id })
    expect(copied.map((i) => [i.heldOn, i.who, i.learned, i.evidenceLink, i.assumptionIds.length])).toEqual([
      ['2025-03-05', 'Reception log', 'Check-in stopped', '', 0],
      [
        '2025-03-01',
        'Parents’ forum · Beth Jones · persona Priya',
        'Parents queue on the first day of term',
        'https://example.org/forum-notes',
        1
      ]
    ])

    // The entry outlives its persona and stakeholder; deleting it keeps the assumption.
    await call(ctx, 'personas.delete', { id: priya.id })
    await call(ctx, 'stakeholders.delete', { id: beth.id })
    expect((await call(ctx, 'discovery.interviews.list', { productId }))[1]!.who).toBe('Parents’ forum')
    await call(ctx, 'discovery.interviews.delete', { id: forum.id })
    expect((await call(ctx, 'discovery.assumptions.list', { productId })).assumptions[0]!.interviewIds).toEqual([])
  })
})

describe('"define your product"', () => {
  it('keeps each save as a version with its reason, compares two word by word, and travels in product files', async () => {
    const { ctx } = await openTestContext()
    const product = await call(ctx, 'products.create', { name: 'Lanes' })
    const productId = product.id
    expect(await call(ctx, 'discovery.definition.get', { productId })).toEqual({
      productId,
      content: { what: '', forWhom: '', inScope: '', outOfScope: '', owner: '' },
      latest: null
    })
    expect(await fail(ctx, 'discovery.definition.save', { productId, content: {}, reason: 'Empty' })).toMatchObject({
      code: 'conflict'
    })
    const first = await call(ctx, 'discovery.definition.save', {
      productId,
      content: { what: 'A booking app for six pools', owner: 'The digital lead' },
      reason: 'Kick-off'
    })
    expect(first).toMatchObject({ number: 1, changedFields: ['what', 'owner'] })
    expect(
      await fail(ctx, 'discovery.definition.save', {
        productId,
        content: { what: 'A booking app for six pools', owner: 'The digital lead' },
        reason: 'Again'
      })
    ).toMatchObject({
      code: 'conflict'
    })
    const second = await call(ctx, 'discovery.definition.save', {
      productId,
      content: {
        what: 'A booking app for six pools and their clubs',
        owner: 'The digital lead',
        outOfScope: 'The staff rota'
      },
      reason: 'Clubs'
    })
    expect(second.changedFields).toEqual(['what', 'outOfScope'])
    const comparison = await call(ctx, 'discovery.definition.compare', {
      fromVersionId: first.id,
      toVersionId: second.id
    })
    expect(comparison.fields.filter((f) => f.changed).map((f) => f.label)).toEqual([
      'What the product is',
      'Outside its boundaries'
    ])
    expect(comparison.fields[0]!.segments).toEqual([
      { kind: 'same', text: 'A booking app for six pools' },
      { kind: 'added', text: ' and their clubs' }
    ])
    expect((await call(ctx, 'discovery.definition.versions', { productId })).map((v) => v.number)).toEqual([2, 1])

    const document = await call(ctx, 'products.export', { productId })
    const copy = await call(ctx, 'products.import', { document, name: 'Lanes copy' })
    const copied = await call(ctx, 'discovery.definition.get', { productId: copy.id })
    expect([copied.content.what, copied.latest!.number, copied.latest!.reason]).toEqual([
      'A booking app for six pools and their clubs',
      2,
      'Clubs'
    ])
    // Versions of another product are not compared.
    const [copiedFirst] = (await call(ctx, 'discovery.definition.versions', { productId: copy.id })).slice(-1)
    expect(
      await fail(ctx, 'discovery.definition.compare', { fromVersionId: copiedFirst!.id, toVersionId: second.id })
    ).toMatchObject({ issues: [{ path: 'toVersionId' }] })
  })
})

describe('discovery as coach evidence', () => {
  it('links the segments and personas, an interview, the assumption map and a definition version as snapshots that survive a product file', async () => {
    const { ctx } = await openTestContext({ sample: true })
    const [sample] = await call(ctx, 'products.list')
    const productId = sample!.id
    const entry = await call(ctx, 'practice.entries.create', {
      productId,
      targetKey: 'pspo/assumptions',
      experiments: [],
      plan: 'Define the product'
    })
    const link = async (kind: string) => {
      const [{ ref }] = (await call<EvidenceSource[]>(ctx, 'practice.evidence.sources', { productId, kind })) as [
        EvidenceSource
      ]
      return call<Evidence>(ctx, 'practice.evidence.add', { entryId: entry.id, kind, ...(ref === null ? {} : { ref }) })
    }

    const segments = await link('segments')
    expect(segments).toMatchObject({
      title: 'Customer segments (2) and personas (3)',
      liveRoute: '/discovery/segments'
    })
    expect(segments.snapshot!.lines.find((l) => l.label === 'Families with children in lessons')!.value).toMatch(
      /Priya Shah \(Buyer\)/
    )
    const interview = await link('interview')
    expect(interview).toMatchObject({
      title: 'Support request with Reception log at Millbrook · persona Dee Morgan',
      liveRoute: '/discovery/interviews'
    })
    const map = await link('assumptionMap')
    expect(map.snapshot!.lines[0]).toEqual({
      label: 'Test next',
      value: 'Parents will book and pay for a whole term of lessons online instead of queuing at the desk'
    })
    expect(map.snapshot!.lines.some((l) => /tested by “Weekly digest of free lanes”/.test(l.value))).toBe(true)
    const definition = await link('definition')
    expect(definition).toMatchObject({ title: 'Product definition version 2', liveRoute: '/discovery/definition' })

    const document = await call(ctx, 'products.export', { productId })
    const copy = await call(ctx, 'products.import', { document, name: 'Lanes copy' })
    const [copied] = await call(ctx, 'practice.entries.list', { productId: copy.id })
    const detail = await call(ctx, 'practice.entries.get', { id: copied!.id })
    expect(detail.evidence.map((e) => [e.kind, e.title, e.liveRoute])).toEqual(
      [segments, interview, map, definition].map((e) => [e.kind, e.title, e.liveRoute])
    )
    const interviews = await call(ctx, 'discovery.interviews.list', { productId: copy.id })
    expect(detail.evidence[1]!.ref).toBe(interviews[0]!.id)
  })
})
