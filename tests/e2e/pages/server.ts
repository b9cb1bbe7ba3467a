import type { APIRequestContext } from '@playwright/test'
import { createApiClient, type ApiClient, type ApiResult } from '../../../src/shared/api'
import type { RunningApp } from '../fixtures'

/**
 * The running app's API as a signed-in browser reaches it, typed from the contract: what a test reads
 * back from the server to check that the screen told the truth. A failed call rejects with its error.
 */
export function serverApi(request: APIRequestContext, app: Pick<RunningApp, 'origin' | 'token'>): ApiClient {
  return createApiClient(async (method, input) => {
    const response = await request.post(`${app.origin}/api/${method}`, {
      headers: { Authorization: `Bearer ${app.token}` },
      data: input
    })
    return (await response.json()) as ApiResult<unknown>
  })
}

/** The product whose name starts with `prefix` (the sample's is "Sample: …"). */
export async function productNamed(api: ApiClient, prefix: string) {
  const product = (await api.call('products.list', {})).find((p) => p.name.startsWith(prefix))
  if (!product) throw new Error(`No product whose name starts with "${prefix}".`)
  return product
}
