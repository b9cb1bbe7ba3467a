import type { ServiceLevelExpectation } from '@shared/api/methods/flow'
import { inTransaction, type Db } from '../deps'

/** The product's own SLE (not a team's); null until the team chooses one. */
export async function getSle(db: Db, productId: number): Promise<ServiceLevelExpectation | null> {
  const row = await db
    .selectFrom('service_level_expectations')
    .select(['percentile', 'days'])
    .where('product_id', '=', productId)
    .where('team_id', 'is', null)
    .executeTakeFirst()
  return row ?? null
}

export async function setSle(db: Db, productId: number, sle: ServiceLevelExpectation): Promise<ServiceLevelExpectation> {
  const values = { percentile: sle.percentile, days: sle.days }
  await inTransaction(db, async (trx) => {
    const updated = await trx
      .updateTable('service_level_expectations')
      .set(values)
      .where('product_id', '=', productId)
      .where('team_id', 'is', null)
      .executeTakeFirst()
    if (Number(updated.numUpdatedRows) === 0) await trx.insertInto('service_level_expectations').values({ product_id: productId, team_id: null, ...values }).execute()
  })
  return (await getSle(db, productId))!
}

export async function clearSle(db: Db, productId: number): Promise<{ cleared: boolean }> {
  const result = await db.deleteFrom('service_level_expectations').where('product_id', '=', productId).where('team_id', 'is', null).executeTakeFirst()
  return { cleared: Number(result.numDeletedRows) > 0 }
}
