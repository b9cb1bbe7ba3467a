import { describe, expect, it, vi } from 'vitest'
import { ApiError, METHOD_NAMES } from '@shared/api'
import { createDispatcher } from '../../src/main/api/dispatcher'
import type { Handlers } from '../../src/main/api/handlers'

/** A handler table where every method fails loudly, with the ones a test needs filled in. */
function handlers(overrides: Partial<Handlers>): Handlers {
  const all = Object.fromEntries(
    METHOD_NAMES.map((m) => [
      m,
      () => {
        throw new Error(`${m} not expected`)
      }
    ])
  )
  return { ...all, ...overrides } as Handlers
}

describe('dispatcher', () => {
  it('refuses an unknown method as data', async () => {
    const dispatch = createDispatcher(handlers({}), () => {})
    expect(await dispatch('backlog.explode', {})).toEqual({
      ok: false,
      error: { code: 'unknown_method', message: 'There is no API method called "backlog.explode".' }
    })
  })

  it('names the invalid field and never calls the service', async () => {
    const create = vi.fn()
    const dispatch = createDispatcher(handlers({ 'backlog.create': create }), () => {})
    const result = await dispatch('backlog.create', { productId: 1, title: '   ', estimate: 4 })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid_input')
    expect(result.error.issues?.map((i) => i.path).sort()).toEqual(['estimate', 'title'])
    expect(result.error.message).toContain('Title: Give the item a title')
    expect(result.error.message).toContain('0, 0.5, 1, 2, 3, 5, 8, 13, 20, 40, 100')
    expect(create).not.toHaveBeenCalled()
  })

  it('refuses input that is not an object, null included, and never calls the service', async () => {
    const remove = vi.fn()
    const dispatch = createDispatcher(handlers({ 'sample.remove': remove }), () => {})
    for (const input of [null, [], [{}], 0, 'text', true]) {
      const result = await dispatch('sample.remove', input)
      expect(result, JSON.stringify(input)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', issues: [{ path: '(input)' }] }
      })
    }
    expect(remove).not.toHaveBeenCalled()
  })

  it('passes parsed input with defaults applied', async () => {
    const list = vi.fn(() => [])
    const dispatch = createDispatcher(handlers({ 'products.list': list }), () => {})
    expect(await dispatch('products.list', undefined)).toEqual({ ok: true, value: [] })
    expect(list).toHaveBeenCalledWith({ includeArchived: false })
  })

  it('returns service errors as data with their field issues', async () => {
    const dispatch = createDispatcher(
      handlers({
        'products.rename': () => {
          throw new ApiError('conflict', 'Taken', [{ path: 'name', message: 'Used already' }])
        }
      }),
      () => {}
    )
    expect(await dispatch('products.rename', { id: 1, name: 'X' })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Taken', issues: [{ path: 'name', message: 'Used already' }] }
    })
  })

  it('reports unexpected failures as internal errors and logs them', async () => {
    const log = vi.fn()
    const dispatch = createDispatcher(
      handlers({
        'app.info': () => {
          throw new Error('disk on fire')
        }
      }),
      log
    )
    const result = await dispatch('app.info', {})
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'PO Studio could not complete app.info: disk on fire' }
    })
    expect(log).toHaveBeenCalledWith('app.info', expect.any(Error))
  })
})

describe('field issues', () => {
  it('names each unknown field by its own path', async () => {
    const dispatch = createDispatcher(handlers({}), () => {})
    const result = await dispatch('backlog.update', { id: 1, patch: { titel: 'x', colour: 'red' } })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.issues).toEqual([
      { path: 'patch.titel', message: 'Unknown field' },
      { path: 'patch.colour', message: 'Unknown field' }
    ])
  })
})
