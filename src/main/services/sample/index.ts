import { ApiError, type Product } from '@shared/api'
import type { HandlerMap, MethodsOf } from '../../api/handlers'
import { inTransaction, type Db, type ServiceDeps } from '../deps'
import { deleteProduct, getProduct } from '../products/service'
import { seedSampleProduct } from './seed'

const SEEDED_KEY = 'sample_seeded_at'

async function findSampleId(db: Db): Promise<number | null> {
  const row = await db.selectFrom('products').select('id').where('is_sample', '=', 1).executeTakeFirst()
  return row?.id ?? null
}

/**
 * The first open of a data folder decides about the sample, once: it is added when wanted and the
 * folder has no product yet (`--no-sample` turns it off); later opens never add it, whatever they ask.
 */
export async function ensureFirstRunSample(db: Db, now: () => Date, wanted: boolean): Promise<void> {
  const seeded = await db.selectFrom('app_meta').select('value').where('key', '=', SEEDED_KEY).executeTakeFirst()
  if (seeded) return
  await inTransaction(db, async (trx) => {
    const anyProduct = await trx.selectFrom('products').select('id').limit(1).executeTakeFirst()
    if (wanted && !anyProduct) await seedSampleProduct(trx, now())
    await trx.insertInto('app_meta').values({ key: SEEDED_KEY, value: now().toISOString() }).execute()
  })
}

export function createSampleService({ db, now }: ServiceDeps) {
  return {
    async reset(): Promise<Product> {
      const id = await inTransaction(db, async (trx) => {
        const existing = await findSampleId(trx)
        if (existing !== null) await deleteProduct(trx, existing)
        return seedSampleProduct(trx, now())
      })
      return getProduct(db, id)
    },
    async remove(): Promise<{ removed: boolean }> {
      const existing = await findSampleId(db)
      if (existing === null)
        throw new ApiError('not_found', 'There is no sample product to remove; “Reset sample” brings it back.')
      await deleteProduct(db, existing)
      return { removed: true }
    }
  }
}

export function sampleHandlers(deps: ServiceDeps): HandlerMap<MethodsOf<'sample'>> {
  const sample = createSampleService(deps)
  return {
    'sample.reset': () => sample.reset(),
    'sample.remove': () => sample.remove()
  }
}
