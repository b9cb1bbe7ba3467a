import { z } from 'zod'
import { IsoInstant } from '@shared/api'
import { REVIEW_VERDICTS } from '@shared/domain/report'
import { defineSection } from '../transfer/section'
import { reviewColumns } from './columns'

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
    return { reviews: rows.map((r) => reviewColumns.read(r)) }
  },

  async import(trx, productId, data) {
    for (const r of data.reviews) {
      await trx
        .insertInto('report_reviews')
        .values({ product_id: productId, ...reviewColumns.write(r) })
        .execute()
    }
  }
})
