import { describe, expect, it, vi } from 'vitest'
import { ApiError, checkingInput, createApiClient, type Transport } from '@shared/api'
import { createDispatcher } from '../../src/main/api/dispatcher'
import type { Handlers } from '../../src/main/api/handlers'

describe('checkingInput', () => {
  it('refuses an empty title before sending, with the same answer the main side gives', async () => {
    const send = vi.fn<Transport>()
    const check = checkingInput(send)
    const input = { productId: 1, title: '   ' }
    const early = await check('backlog.create', input)
    expect(send).not.toHaveBeenCalled()
    const dispatch = createDispatcher({} as Handlers, () => {})
    expect(early).toEqual(await dispatch('backlog.create', input))
    await expect(createApiClient(check).call('backlog.create', input)).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'title', message: 'Give the item a title' }]
    } satisfies Partial<ApiError>)
  })

  it('sends valid input unchanged, leaving defaults to the main side', async () => {
    const send = vi.fn<Transport>(async () => ({ ok: true, value: { id: 7 } }))
    const input = { productId: 1, title: 'Book a lane' }
    expect(await checkingInput(send)('backlog.create', input)).toEqual({ ok: true, value: { id: 7 } })
    expect(send).toHaveBeenCalledWith('backlog.create', input)
  })
})
