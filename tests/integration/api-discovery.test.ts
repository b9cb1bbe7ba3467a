import { describe, expect, it } from 'vitest'
import type { Product, ProductDocument } from '@shared/api'
import type { Persona } from '@shared/api/methods/customers'
import type { Segment } from '@shared/api/methods/discovery'
import { call, fail, openTestContext } from './helpers/temp'

describe('customer segments and personas as buyer or user', () => {
  it('keeps segments with their personas, and personas that buy, use or both', async () => {
    const { ctx } = await openTestContext()
    const product = await call<Product>(ctx, 'products.create', { name: 'Lanes' })
    const clubs = await call<Segment>(ctx, 'discovery.segments.create', {
      productId: product.id,
      name: 'Swimming clubs',
      needs: 'Block bookings for training nights',
      size: '14 clubs across the six pools'
    })
    expect(clubs).toMatchObject({ name: 'Swimming clubs', description: '', personaIds: [] })
    expect(await fail(ctx, 'discovery.segments.create', { productId: product.id, name: 'swimming CLUBS' })).toMatchObject({ code: 'conflict', issues: [{ path: 'name' }] })

    // A persona is a user unless the Product Owner says otherwise.
    const nadia = await call<Persona>(ctx, 'personas.create', { productId: product.id, name: 'Nadia', buyerOrUser: 'buyer', segmentId: clubs.id })
    const sam = await call<Persona>(ctx, 'personas.create', { productId: product.id, name: 'Sam' })
    expect([nadia.buyerOrUser, nadia.segmentId, sam.buyerOrUser, sam.segmentId]).toEqual(['buyer', clubs.id, 'user', null])
    await call(ctx, 'personas.update', { id: sam.id, patch: { buyerOrUser: 'both', segmentId: clubs.id } })
    expect((await call<Segment[]>(ctx, 'discovery.segments.list', { productId: product.id }))[0]!.personaIds).toEqual([nadia.id, sam.id])

    // A segment of another product is refused, by the field's name.
    const other = await call<Product>(ctx, 'products.create', { name: 'Other' })
    const foreign = await call<Segment>(ctx, 'discovery.segments.create', { productId: other.id, name: 'Schools' })
    expect(await fail(ctx, 'personas.update', { id: sam.id, patch: { segmentId: foreign.id } })).toMatchObject({ code: 'invalid_input', issues: [{ path: 'patch.segmentId' }] })
    // Names are unique within a product only.
    expect(await call<Segment>(ctx, 'discovery.segments.update', { id: clubs.id, patch: { name: 'Schools ', description: 'Clubs and schools' } })).toMatchObject({
      name: 'Schools',
      description: 'Clubs and schools',
      needs: 'Block bookings for training nights'
    })

    // Through a product file and back: the segment keeps its personas, each keeps buyer or user.
    const document = await call<ProductDocument>(ctx, 'products.export', { productId: product.id })
    const copy = await call<Product>(ctx, 'products.import', { document, name: 'Lanes copy' })
    const [segment] = await call<Segment[]>(ctx, 'discovery.segments.list', { productId: copy.id })
    const personas = await call<Persona[]>(ctx, 'personas.list', { productId: copy.id })
    expect(personas.map((p) => [p.name, p.buyerOrUser, p.segmentId])).toEqual([
      ['Nadia', 'buyer', segment!.id],
      ['Sam', 'both', segment!.id]
    ])
    expect(segment).toMatchObject({ name: 'Schools', size: '14 clubs across the six pools', personaIds: personas.map((p) => p.id) })

    // A file written before segments reads its personas as users in no segment.
    const older = structuredClone(document)
    delete older.sections.discovery
    for (const p of (older.sections.customers as { personas: Array<Record<string, unknown>> }).personas) {
      delete p.buyerOrUser
      delete p.id
    }
    const fromOlder = await call<Product>(ctx, 'products.import', { document: older, name: 'Lanes before segments' })
    expect((await call<Persona[]>(ctx, 'personas.list', { productId: fromOlder.id })).map((p) => [p.buyerOrUser, p.segmentId])).toEqual([
      ['user', null],
      ['user', null]
    ])

    // Deleting a segment keeps its personas, in no segment.
    await call(ctx, 'discovery.segments.delete', { id: clubs.id })
    expect((await call<Persona[]>(ctx, 'personas.list', { productId: product.id })).map((p) => p.segmentId)).toEqual([null, null])
    expect(await call(ctx, 'discovery.segments.list', { productId: product.id })).toEqual([])
  })
})
