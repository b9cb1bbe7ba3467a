import { ApiError, type ParsedInput } from '@shared/api'
import { itemColumns } from '../backlog/columns'
import { inTransaction, type ServiceDeps } from '../deps'
import { getProduct } from '../products/service'
import { requireOnProductScale } from '../settings/read'

/** Bucket estimation's "save all": every estimate or none. */
export async function saveEstimates(
  { db, now }: ServiceDeps,
  { productId, estimates }: ParsedInput<'refinement.saveEstimates'>
): Promise<{ saved: number }> {
  await getProduct(db, productId)
  const ids = estimates.map((e) => e.itemId)
  const live = new Set(
    (
      await db
        .selectFrom('backlog_items')
        .select('id')
        .where('product_id', '=', productId)
        .where('deleted_at', 'is', null)
        .where('id', 'in', ids)
        .execute()
    ).map((row) => row.id)
  )
  for (const [index, { itemId, estimate }] of estimates.entries()) {
    if (!live.has(itemId)) {
      throw new ApiError('invalid_input', `Item ${itemId} is not in this product's backlog.`, [
        { path: `estimates.${index}.itemId`, message: 'Name a live item of this product' }
      ])
    }
    await requireOnProductScale(db, productId, estimate, `estimates.${index}.estimate`)
  }
  const stamp = now().toISOString()
  await inTransaction(db, async (trx) => {
    for (const { itemId, estimate } of estimates) {
      await trx
        .updateTable('backlog_items')
        .set(itemColumns.patch({ estimate, updatedAt: stamp }))
        .where('id', '=', itemId)
        .execute()
    }
  })
  return { saved: estimates.length }
}
