import { StoredReview } from '@shared/api/methods/reviews'
import { flag, json, rowMapping } from '../../db/columns'

export const reviewColumns = rowMapping(
  'report_reviews',
  {
    reportId: 'report_id',
    reportChecksum: 'report_checksum',
    reportTitle: 'report_title',
    reviewer: 'reviewer',
    reviewedAt: 'reviewed_at',
    verdict: 'verdict',
    assessment: 'assessment',
    comments: json('comments', StoredReview.shape.comments),
    intact: flag('intact'),
    importedAt: 'imported_at'
  },
  ['product_id']
)
