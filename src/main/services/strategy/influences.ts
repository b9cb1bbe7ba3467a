import type { Db } from '../deps'
import { nextPosition } from './position'

export interface InfluenceFields {
  productId: number
  name: string
  note: string
  predictability: number
  control: number
}

/** Adds a factor at the end of the product's list. */
export async function createInfluence(db: Db, { productId, ...fields }: InfluenceFields, now: Date): Promise<number> {
  const stamp = now.toISOString()
  const position = await nextPosition(db, 'influences', productId)
  const { id } = await db
    .insertInto('influences')
    .values({ product_id: productId, ...fields, position, created_at: stamp, updated_at: stamp })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}
