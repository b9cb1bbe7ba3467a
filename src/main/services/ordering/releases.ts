import { ApiError } from '@shared/api'
import type { MoscowGroup } from '@shared/api/methods/ordering'
import type { Release } from '@shared/api/methods/releases'
import { moscowSize, moscowSummaries } from '@shared/domain/ordering'
import { inTransaction, type Db, type ServiceDeps } from '../deps'
import { getProduct, isUniqueViolation } from '../products/service'
import { boardItems, listReleases, toRelease } from './board'
import { itemScoreColumns, releaseColumns } from './columns'
import { recordChange } from './scores'

function nameTaken(name: string): ApiError {
  return new ApiError('conflict', `This product already has a release called "${name}".`, [
    { path: 'name', message: 'Choose a name no other release of the product has' }
  ])
}

async function getRelease(db: Db, id: number) {
  const row = await db.selectFrom('releases').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw new ApiError('not_found', `There is no release with id ${id}.`)
  return row
}

async function uniquely<T>(name: string | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (name !== undefined && isUniqueViolation(error)) throw nameTaken(name)
    throw error
  }
}

export function createReleaseService({ db, now }: ServiceDeps) {
  return {
    async list(productId: number): Promise<Release[]> {
      await getProduct(db, productId)
      return listReleases(db, productId)
    },

    async create(productId: number, name: string, targetDate: string | null): Promise<Release> {
      await getProduct(db, productId)
      const row = await uniquely(name, () =>
        db
          .insertInto('releases')
          .values({
            product_id: productId,
            ...releaseColumns.write({ name, targetDate, createdAt: now().toISOString() })
          })
          .returningAll()
          .executeTakeFirstOrThrow()
      )
      return toRelease(row)
    },

    async update(id: number, patch: { name?: string; targetDate?: string | null }): Promise<Release> {
      await getRelease(db, id)
      if (patch.name !== undefined || patch.targetDate !== undefined) {
        await uniquely(patch.name, () =>
          db.updateTable('releases').set(releaseColumns.patch(patch)).where('id', '=', id).execute()
        )
      }
      return toRelease(await getRelease(db, id))
    },

    /** The release's items stay, without a release; each loses it in the score history too. */
    async remove(id: number): Promise<{ deleted: number }> {
      await getRelease(db, id)
      const stamp = now().toISOString()
      await inTransaction(db, async (trx) => {
        const items = await trx.selectFrom('item_scores').select('item_id').where('release_id', '=', id).execute()
        for (const { item_id } of items) await recordChange(trx, item_id, 'releaseId', id, null, stamp)
        await trx
          .updateTable('item_scores')
          .set({ release_id: null, ...itemScoreColumns.patch({ updatedAt: stamp }) })
          .where('release_id', '=', id)
          .execute()
        await trx.deleteFrom('releases').where('id', '=', id).execute()
      })
      return { deleted: id }
    },

    async moscow(productId: number): Promise<MoscowGroup[]> {
      const items = await boardItems(db, productId)
      const releases = await listReleases(db, productId)
      return moscowSummaries(
        items.map((item) => ({
          moscow: item.scores.moscow,
          releaseId: item.scores.releaseId,
          size: moscowSize({ estimate: item.estimate, effort: item.scores.effort, jobSize: item.scores.jobSize })
        })),
        releases
      )
    }
  }
}
