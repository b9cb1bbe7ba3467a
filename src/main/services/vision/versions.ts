import { ApiError } from '@shared/api'
import { VisionContent, type VisionComparison, type VisionState, type VisionVersion, type VisionVersionSummary } from '@shared/api/methods/vision'
import { changedVisionFields, compareVisionContent, emptyVisionContent } from '@shared/domain/vision'
import { inTransaction, type Db } from '../deps'
import { chainVersions, nextVersion, type Chained, type StoredVersion, type Versioning } from '../versioned'

interface VersionRow extends StoredVersion {
  product_id: number
}

const VISION: Versioning<VisionContent> = { parse: (json) => VisionContent.parse(JSON.parse(json)), changed: changedVisionFields }

const toVersion = ({ row, content, changedFields }: Chained<VersionRow, VisionContent>): VisionVersion => ({
  id: row.id,
  productId: row.product_id,
  number: row.number,
  reason: row.reason,
  savedAt: row.saved_at,
  changedFields,
  content
})

const summary = ({ content: _content, ...rest }: VisionVersion): VisionVersionSummary => rest

/** Every version of a product's vision, oldest first, each compared with the one before. */
async function loadVersions(db: Db, productId: number): Promise<VisionVersion[]> {
  const rows = await db.selectFrom('vision_versions').selectAll().where('product_id', '=', productId).orderBy('number').execute()
  return chainVersions(rows, VISION).map(toVersion)
}

export async function getVision(db: Db, productId: number): Promise<VisionState> {
  const latest = (await loadVersions(db, productId)).at(-1)
  return { productId, content: latest?.content ?? emptyVisionContent(), latest: latest ? summary(latest) : null }
}

export async function listVersions(db: Db, productId: number): Promise<VisionVersionSummary[]> {
  return (await loadVersions(db, productId)).map(summary).reverse()
}

async function versionById(db: Db, id: number, path: string): Promise<VisionVersion> {
  const row = await db.selectFrom('vision_versions').select('product_id').where('id', '=', id).executeTakeFirst()
  const found = row && (await loadVersions(db, row.product_id)).find((version) => version.id === id)
  if (!found) throw new ApiError('not_found', `There is no vision version with id ${id}.`, [{ path, message: `No vision version ${id}` }])
  return found
}

export const getVersion = (db: Db, id: number): Promise<VisionVersion> => versionById(db, id, 'id')

export async function saveVision(db: Db, productId: number, content: VisionContent, reason: string, now: Date): Promise<VisionVersion> {
  return inTransaction(db, async (trx) => {
    const latest = await trx
      .selectFrom('vision_versions')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('number', 'desc')
      .limit(1)
      .executeTakeFirst()
    const { number, changedFields } = nextVersion(latest, content, VISION, 'the vision')
    const row = await trx
      .insertInto('vision_versions')
      .values({ product_id: productId, number, reason, content: JSON.stringify(content), saved_at: now.toISOString() })
      .returningAll()
      .executeTakeFirstOrThrow()
    return toVersion({ row, content, changedFields })
  })
}

export async function compareVersions(db: Db, fromVersionId: number, toVersionId: number): Promise<VisionComparison> {
  const from = await versionById(db, fromVersionId, 'fromVersionId')
  const to = await versionById(db, toVersionId, 'toVersionId')
  if (from.productId !== to.productId) {
    throw new ApiError('invalid_input', 'Compare two versions of the same product’s vision.', [
      { path: 'toVersionId', message: 'This version belongs to another product' }
    ])
  }
  return { from: summary(from), to: summary(to), fields: compareVisionContent(from.content, to.content) }
}
