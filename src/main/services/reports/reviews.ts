import type { Selectable } from 'kysely'
import { ApiError } from '@shared/api'
import { ReviewFile } from '@shared/api/methods/reviews'
import { type StoredReview } from '@shared/api/methods/reviews'
import { reviewIntact, type ReviewFile as ReviewFileType } from '@shared/domain/report'
import type { Database } from '../../db/schema'
import type { Db, ServiceDeps } from '../deps'
import { getProduct } from '../products/service'
import { reviewColumns } from './columns'

/** The contract lists a review without the report's checksum, which only the product file carries. */
function toReview(row: Selectable<Database['report_reviews']>): StoredReview {
  const { reportChecksum: _checksum, ...review } = reviewColumns.read(row)
  return { id: row.id, productId: row.product_id, ...review }
}

/** Reads a coach's review file strictly; a file whose content no longer matches its checksum is kept but flagged. */
export function parseReviewFile(json: string): { review: ReviewFileType; intact: boolean } {
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch {
    throw new ApiError('invalid_input', 'The review file is not JSON; choose the .json file the coach exported.', [
      { path: 'reviewJson', message: 'Not a JSON file' }
    ])
  }
  const parsed = ReviewFile.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ApiError(
      'invalid_input',
      `This is not a PO Studio review file: ${issue?.message ?? 'unexpected content'}.`,
      [{ path: ['reviewJson', ...(issue?.path ?? [])].join('.'), message: issue?.message ?? 'Unexpected content' }]
    )
  }
  return { review: parsed.data, intact: reviewIntact(parsed.data) }
}

export function createReviewService({ db, now }: ServiceDeps) {
  const selectReviews = (d: Db) => d.selectFrom('report_reviews').selectAll()
  return {
    async import(productId: number, json: string): Promise<{ review: StoredReview; intact: boolean }> {
      await getProduct(db, productId)
      const { review, intact } = parseReviewFile(json)
      const row = await db
        .insertInto('report_reviews')
        .values({
          product_id: productId,
          ...reviewColumns.write({
            ...review,
            verdict: review.assessment.verdict,
            assessment: review.assessment.text,
            intact,
            importedAt: now().toISOString()
          })
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      return { review: toReview(row), intact }
    },

    async list(productId: number): Promise<StoredReview[]> {
      await getProduct(db, productId)
      const rows = await selectReviews(db)
        .where('product_id', '=', productId)
        .orderBy('imported_at', 'desc')
        .orderBy('id', 'desc')
        .execute()
      return rows.map(toReview)
    },

    async remove(id: number): Promise<{ deleted: number }> {
      const result = await db.deleteFrom('report_reviews').where('id', '=', id).executeTakeFirst()
      if (Number(result.numDeletedRows) === 0) throw new ApiError('not_found', `There is no review with id ${id}.`)
      return { deleted: id }
    }
  }
}
