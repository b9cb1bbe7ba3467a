import {
  buildReport,
  commentTargets,
  composeReview,
  reportChecksum,
  REPORT_SECTIONS,
  type ReviewComment
} from '@shared/domain/report'
import type { Db } from '../deps'
import { reportData } from '../reports/data'
import { createReviewService } from '../reports/reviews'

const DAY_MS = 86_400_000

/** What the coach said about each of the sample's two PSPO assignments, by the assignment's target. */
const ASSIGNMENT_COMMENTS: Record<string, Pick<ReviewComment, 'verdict' | 'text'>> = {
  'pspo/assumptions': {
    verdict: 'meets',
    text: 'The two vision versions and the interview notes show an assumption written down, tested and dropped. That is the point of the exercise; keep the assumption map as current as the vision.'
  },
  'pspo/releases': {
    verdict: 'partly',
    text: 'A forecast as a range with its likelihood is the right answer to the board. Write down what they did with it, and how you will tell them when the range moves, before calling it done.'
  }
}

const SECTION_COMMENT = {
  flow: 'Your throughput is steady enough to forecast from; say which window each forecast used.'
}

/**
 * A coach's review of the sample's PSPO report, made from the report the sample really produces and
 * imported the way a graduate imports a coach's file, so the Reports page shows verdicts at once.
 */
export async function seedSampleCoachReview(db: Db, productId: number, at: Date): Promise<void> {
  const deps = { db, now: () => at }
  const track = 'PSPO'
  const data = await reportData(deps, { productId, sections: [...REPORT_SECTIONS], track })
  const report = buildReport(data, {
    id: `sample-report-${productId}`,
    generatedAt: new Date(at.getTime() - 3 * DAY_MS).toISOString(),
    author: 'Alex, Product Owner',
    track,
    sections: [...REPORT_SECTIONS],
    period: null
  })
  const entries = await db
    .selectFrom('practice_entries')
    .select(['id', 'target_key'])
    .where('product_id', '=', productId)
    .execute()
  const targetKeyOf = new Map(entries.map((e) => [String(e.id), e.target_key]))
  const comments: ReviewComment[] = commentTargets(report).flatMap((target) => {
    if (target.target === 'section')
      return target.targetId === 'flow' ? [{ ...target, text: SECTION_COMMENT.flow }] : []
    const said = ASSIGNMENT_COMMENTS[targetKeyOf.get(target.targetId) ?? '']
    return said ? [{ ...target, ...said }] : []
  })
  const review = composeReview({
    reportId: report.id,
    reportChecksum: reportChecksum(report),
    reportTitle: report.title,
    product: report.product,
    reviewer: 'Robin, PSPO coach',
    reviewedAt: new Date(at.getTime() - DAY_MS).toISOString(),
    assessment: {
      verdict: 'partly',
      text: 'The vision and its evidence are convincing; the release forecasting is under way. Finish the second assignment and bring the outcome to the next review.'
    },
    comments
  })
  await createReviewService(deps).import(productId, JSON.stringify(review))
}
