import { describe, expect, it } from 'vitest'
import type { ProductDocument } from '@shared/api'
import { call, fail, openTestContext } from './helpers/temp'

describe('story map', () => {
  it('builds a backbone and slices and places backlog items, which stay the same items', async () => {
    const { ctx } = await openTestContext()
    const product = await call(ctx, 'products.create', { name: 'Harbour ferries' })
    const item = await call(ctx, 'backlog.create', { productId: product.id, title: 'Buy a ticket on the pier' })
    let map = await call(ctx, 'storymap.addActivity', { productId: product.id, name: 'Travel' })
    map = await call(ctx, 'storymap.addStep', { activityId: map.activities[0]!.id, name: 'Buy' })
    map = await call(ctx, 'storymap.addStep', { activityId: map.activities[0]!.id, name: 'Board' })
    map = await call(ctx, 'storymap.addSlice', { productId: product.id, name: 'First release' })
    const [buy, board] = map.activities[0]!.steps
    map = await call(ctx, 'storymap.place', { itemId: item.id, stepId: buy!.id, sliceId: map.slices[0]!.id })
    map = await call(ctx, 'storymap.place', { itemId: item.id, stepId: board!.id, sliceId: null })
    expect(map.placements).toEqual([{ itemId: item.id, stepId: board!.id, sliceId: null }])

    // The item is the backlog's: renaming it there renames it on the map; deleting it takes it off.
    await call(ctx, 'backlog.update', { id: item.id, patch: { title: 'Buy a ticket at the gate' } })
    await call(ctx, 'backlog.delete', { id: item.id })
    expect((await call(ctx, 'storymap.get', { productId: product.id })).placements).toEqual([])
    await call(ctx, 'backlog.restore', { id: item.id })

    map = await call(ctx, 'storymap.rename', { kind: 'slice', id: map.slices[0]!.id, name: 'Pilot' })
    expect(map.slices.map((s) => s.name)).toEqual(['Pilot'])
    map = await call(ctx, 'storymap.remove', { kind: 'step', id: board!.id })
    expect(map.activities[0]!.steps.map((s) => s.name)).toEqual(['Buy'])
    expect(map.placements).toEqual([])
  })

  it('refuses a step or slice of another product', async () => {
    const { ctx } = await openTestContext()
    const a = await call(ctx, 'products.create', { name: 'A' })
    const b = await call(ctx, 'products.create', { name: 'B' })
    const item = await call(ctx, 'backlog.create', { productId: a.id, title: 'Story of A' })
    let other = await call(ctx, 'storymap.addActivity', { productId: b.id, name: 'Elsewhere' })
    other = await call(ctx, 'storymap.addStep', { activityId: other.activities[0]!.id, name: 'Step of B' })
    const error = await fail(ctx, 'storymap.place', {
      itemId: item.id,
      stepId: other.activities[0]!.steps[0]!.id,
      sliceId: null
    })
    expect(error.issues).toEqual([{ path: 'stepId', message: 'Choose a step of this product' }])
    expect((await fail(ctx, 'storymap.addStep', { activityId: 9999, name: 'x' })).code).toBe('not_found')
  })

  it('survives export and import: the sample map comes back the same', async () => {
    const { ctx } = await openTestContext({ sample: true })
    const [sample] = await call(ctx, 'products.list')
    const through = async (document: ProductDocument) => {
      const fresh = await openTestContext()
      const product = await call(fresh.ctx, 'products.import', { document })
      return call(fresh.ctx, 'products.export', { productId: product.id })
    }
    const original = await call(ctx, 'products.export', { productId: sample!.id })
    const once = await through(original)
    const twice = await through(once)
    expect(twice.sections.storymap).toEqual(once.sections.storymap)
    const shape = (d: ProductDocument) => {
      const map = d.sections.storymap as {
        activities: Array<{ name: string; steps: Array<{ name: string }> }>
        slices: unknown[]
        placements: unknown[]
      }
      return [map.activities.map((a) => [a.name, a.steps.map((s) => s.name)]), map.slices.length, map.placements.length]
    }
    expect(shape(once)).toEqual(shape(original))
    expect(shape(original)[2]).toBe(10)
  })
})
