import { ApiError, type Product } from '@shared/api'
import { inTransaction, type Db, type ServiceDeps } from '../deps'
import { deleteProduct, getProduct } from '../products'
import { seedSampleProduct } from './seed'

const SEEDED_KEY = 'sample_seeded_at'

async function findSampleId(db: Db): Promise<number | null> {
  const row = await db.selectFrom('products').select('id').where('is_sample', '=', 1).executeTakeFirst()
  return row?.id ?? null
}

/** The first open of a data folder gets the sample product; later opens never recreate it. */
export async function ensureFirstRunSample(db: Db, now: () => Date): Promise<void> {
  const seeded = await db.selectFrom('app_meta').select('value').where('key', '=', SEEDED_KEY).executeTakeFirst()
  if (seeded) return
  await inTransaction(db, async (trx) => {
    await seedSampleProduct(trx, now())
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
      if (existing === null) throw new ApiError('not_found', 'There is no sample product to remove; “Reset sample” brings it back.')
      await deleteProduct(db, existing)
      return { removed: true }
    }
  }
}
