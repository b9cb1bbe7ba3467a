import type { Db } from '../deps'
import { getProduct } from './service'

/**
 * Wraps a handler taking a `productId` so it first checks the product exists: a wrong id then reads
 * "not found" rather than an empty list.
 */
export function productScoped(db: Db) {
  return <I extends { productId: number }, O>(work: (input: I) => Promise<O>) =>
    async (input: I): Promise<O> => {
      await getProduct(db, input.productId)
      return work(input)
    }
}
