import { ApiError } from '@shared/api'
import { DEFAULT_ESTIMATE_THRESHOLD } from '@shared/domain/invest'
import {
  DEFAULT_ESTIMATE_SCALE,
  describeScale,
  isOnScale,
  type EstimateScale
} from '@shared/domain/items/estimate-scale'
import type { Db } from '../deps'
import { settingsColumns } from './columns'

/** A product without a settings row uses the defaults: Fibonacci points, too big above 8. */
export async function readScale(
  db: Db,
  productId: number
): Promise<{ estimateScale: EstimateScale; estimateThreshold: number }> {
  const row = await db.selectFrom('product_settings').selectAll().where('product_id', '=', productId).executeTakeFirst()
  return row
    ? settingsColumns.read(row)
    : { estimateScale: DEFAULT_ESTIMATE_SCALE, estimateThreshold: DEFAULT_ESTIMATE_THRESHOLD }
}

/** Refuses an estimate that is not on the product's scale, listing the scale. */
export async function requireOnProductScale(
  db: Db,
  productId: number,
  estimate: number | null | undefined,
  field: string
): Promise<void> {
  if (estimate === null || estimate === undefined) return
  const { estimateScale } = await readScale(db, productId)
  if (isOnScale(estimateScale, estimate)) return
  const scale = describeScale(estimateScale)
  throw new ApiError('invalid_input', `${estimate} is not on this product's estimate scale (${scale}).`, [
    { path: field, message: `Use a value on the scale: ${scale}` }
  ])
}
