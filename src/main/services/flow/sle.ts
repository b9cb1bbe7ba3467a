import type { ServiceLevelExpectation } from '@shared/api/methods/flow'
import { inTransaction, type Db } from '../deps'
import { sleColumns } from './columns'

/** Whose SLE: the product's own (null) or one team's. */
type SleOwner = number | null

/** `team_id IS NULL` for the product's own, `team_id = ?` for a team's. */
const ownerOp = (teamId: SleOwner) => (teamId === null ? 'is' : '=')

/** The SLE of the product (teamId null) or of one of its teams; null until it is chosen. */
export async function getSle(
  db: Db,
  productId: number,
  teamId: SleOwner = null
): Promise<ServiceLevelExpectation | null> {
  const row = await db
    .selectFrom('service_level_expectations')
    .selectAll()
    .where('product_id', '=', productId)
    .where('team_id', ownerOp(teamId), teamId)
    .executeTakeFirst()
  return row ? sleColumns.read(row) : null
}

/** Every team SLE of the product, by team id. */
export async function teamSles(db: Db, productId: number): Promise<Map<number, ServiceLevelExpectation>> {
  const rows = await db
    .selectFrom('service_level_expectations')
    .selectAll()
    .where('product_id', '=', productId)
    .where('team_id', 'is not', null)
    .execute()
  return new Map(rows.map((row) => [row.team_id!, sleColumns.read(row)]))
}

export async function setSle(
  db: Db,
  productId: number,
  sle: ServiceLevelExpectation,
  teamId: SleOwner = null
): Promise<ServiceLevelExpectation> {
  const values = sleColumns.write(sle)
  await inTransaction(db, async (trx) => {
    const updated = await trx
      .updateTable('service_level_expectations')
      .set(values)
      .where('product_id', '=', productId)
      .where('team_id', ownerOp(teamId), teamId)
      .executeTakeFirst()
    if (Number(updated.numUpdatedRows) === 0)
      await trx
        .insertInto('service_level_expectations')
        .values({ product_id: productId, team_id: teamId, ...values })
        .execute()
  })
  return (await getSle(db, productId, teamId))!
}

export async function clearSle(db: Db, productId: number, teamId: SleOwner = null): Promise<{ cleared: boolean }> {
  const result = await db
    .deleteFrom('service_level_expectations')
    .where('product_id', '=', productId)
    .where('team_id', ownerOp(teamId), teamId)
    .executeTakeFirst()
  return { cleared: Number(result.numDeletedRows) > 0 }
}
