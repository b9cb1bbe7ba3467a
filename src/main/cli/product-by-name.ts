import type { Product } from '@shared/api'
import type { AppContext } from '../app/context'
import { CliUserError, type CliRuntime } from './types'

/** Finds the product named by --product (any case, archived ones included), or says which names exist. */
export async function productByName(runtime: CliRuntime, ctx: AppContext, name: string): Promise<Product> {
  const products = await runtime.api(ctx).call('products.list', { includeArchived: true })
  const found = products.find((p) => p.name.toLocaleLowerCase() === name.trim().toLocaleLowerCase())
  if (found) return found
  const names = products.map((p) => `"${p.name}"`).join(', ') || 'none yet'
  throw new CliUserError(`--product: there is no product called "${name}". Products: ${names}.`)
}
