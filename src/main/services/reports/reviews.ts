import { ApiError } from '@shared/api'
import { ReviewFile } from '@shared/api/methods/reviews'
import { type StoredReview } from '@shared/api/methods/reviews'
import { reviewIntact, type ReviewFile as ReviewFileType } from '@shared/domain/report'
import type { Db, ServiceDeps } from '../deps'
import { getProduct } from '../products/service'

type ReviewRow = {
  id: number
  product_id: number
  report_id: string
  report_title: string
  reviewer: string
  reviewed_at: string
  verdict: StoredReview['verdict']
  assessment: string
  comments: string
  intact: number
  imported_at: string
}

const toReview = (row: ReviewRow): StoredReview => ({
  id: row.id,
  productId: row.product_id,
  reportId: row.report_id,
  reportTitle: row.report_title,
  reviewer: row.reviewer,
  reviewedAt: row.reviewed_at,
  verdict: row.verdict,
  assessment: row.assessment,
  comments: JSON.parse(row.comments) as StoredReview['comments'],
  intact: row.intact === 1,
  importedAt: row.imported_at
})

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
          report_id: review.reportId,
          report_checksum: review.reportChecksum,
          report_title: review.reportTitle,
          reviewer: review.reviewer,
          reviewed_at: review.reviewedAt,
          verdict: review.assessment.verdict,
          assessment: review.assessment.text,
          comments: JSON.stringify(review.comments),
          intact: intact ? 1 : 0,
          imported_at: now().toISOString()
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
