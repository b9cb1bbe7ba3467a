import { z } from 'zod'
import { IsoInstant } from '@shared/api'
import { REVIEW_VERDICTS } from '@shared/domain/report'
import { defineSection } from '../transfer/section'

const ReviewsSection = z.object({
  reviews: z.array(
    z.object({
      reportId: z.string(),
      reportChecksum: z.string(),
      reportTitle: z.string(),
      reviewer: z.string(),
      reviewedAt: IsoInstant,
      verdict: z.enum(REVIEW_VERDICTS),
      assessment: z.string(),
      comments: z.array(
        z.object({
          target: z.enum(['section', 'assignment']),
          targetId: z.string(),
          label: z.string(),
          text: z.string(),
          verdict: z.enum(REVIEW_VERDICTS).optional()
        })
      ),
      intact: z.boolean(),
      importedAt: z.string()
    })
  )
})

/** Coaches' reviews imported for the product, with their comments and whether each arrived intact. */
export const reportsSection = defineSection({
  name: 'reports',
  schema: ReviewsSection,

  async export(db, productId) {
    const rows = await db
      .selectFrom('report_reviews')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('id')
      .execute()
    return {
      reviews: rows.map((r) => ({
        reportId: r.report_id,
        reportChecksum: r.report_checksum,
        reportTitle: r.report_title,
        reviewer: r.reviewer,
        reviewedAt: r.reviewed_at,
        verdict: r.verdict,
        assessment: r.assessment,
        comments: JSON.parse(r.comments) as z.infer<typeof ReviewsSection>['reviews'][number]['comments'],
        intact: r.intact === 1,
        importedAt: r.imported_at
      }))
    }
  },

  async import(trx, productId, data) {
    for (const r of data.reviews) {
      await trx
        .insertInto('report_reviews')
        .values({
          product_id: productId,
          report_id: r.reportId,
          report_checksum: r.reportChecksum,
          report_title: r.reportTitle,
          reviewer: r.reviewer,
          reviewed_at: r.reviewedAt,
          verdict: r.verdict,
          assessment: r.assessment,
          comments: JSON.stringify(r.comments),
          intact: r.intact ? 1 : 0,
          imported_at: r.importedAt
        })
        .execute()
    }
  }
})
