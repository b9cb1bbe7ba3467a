import type { ReportDocument } from './document'
import { sha256 } from './sha256'

export const REVIEW_FORMAT = 'po-studio-review'

export const REVIEW_VERDICTS = ['meets', 'partly', 'not-yet'] as const
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number]

export const VERDICT_LABELS: Record<ReviewVerdict, string> = {
  meets: 'Meets the expectations',
  partly: 'Partly there',
  'not-yet': 'Not there yet'
}

export type ReviewTarget = 'section' | 'assignment'

export interface ReviewComment {
  target: ReviewTarget
  /** A section id (e.g. "flow") or an assignment's journal id, as text. */
  targetId: string
  /** The section or assignment title, so the comment reads well without the report at hand. */
  label: string
  text: string
  /** The coach's verdict on this assignment, beside the overall one; absent when none was given (and on sections). */
  verdict?: ReviewVerdict
}

/** A coach's answer to one report: small enough to mail back, checksummed like the report. */
export interface ReviewFile {
  format: typeof REVIEW_FORMAT
  version: 1
  reportId: string
  reportChecksum: string
  reportTitle: string
  product: string
  reviewer: string
  reviewedAt: string
  assessment: { verdict: ReviewVerdict; text: string }
  comments: ReviewComment[]
  checksum: string
}

export type ReviewContent = Omit<ReviewFile, 'format' | 'version' | 'checksum'>

/** The places a coach can comment on: every section, then every assignment. */
export function commentTargets(report: ReportDocument): Omit<ReviewComment, 'text'>[] {
  return [
    ...report.sections.map((s) => ({ target: 'section' as const, targetId: s.id, label: s.title })),
    ...report.sections.flatMap((s) =>
      s.blocks.flatMap((b) =>
        b.kind === 'assignment'
          ? [{ target: 'assignment' as const, targetId: String(b.assignment.id), label: b.assignment.title }]
          : []
      )
    )
  ]
}

/** Every field except the checksum, in a fixed order, so the checksum does not depend on how a file was written. */
function canonical(review: ReviewContent): string {
  return JSON.stringify([
    REVIEW_FORMAT,
    1,
    review.reportId,
    review.reportChecksum,
    review.reportTitle,
    review.product,
    review.reviewer,
    review.reviewedAt,
    review.assessment.verdict,
    review.assessment.text,
    // A verdict joins the checksum only when there is one, so files written before verdicts per assignment still check.
    review.comments.map((c) =>
      c.verdict === undefined
        ? [c.target, c.targetId, c.label, c.text]
        : [c.target, c.targetId, c.label, c.text, c.verdict]
    )
  ])
}

/** The review file with its checksum; comments with neither text nor a verdict are dropped. */
export function composeReview(content: ReviewContent): ReviewFile {
  const comments = content.comments
    .filter((c) => c.text.trim() !== '' || c.verdict !== undefined)
    .map(({ verdict, ...c }) => ({
      ...c,
      text: c.text.trim(),
      ...(verdict !== undefined && c.target === 'assignment' && { verdict })
    }))
  const clean = { ...content, comments }
  return { format: REVIEW_FORMAT, version: 1, ...clean, checksum: sha256(canonical(clean)) }
}

/** False when the review was changed after the coach exported it. */
export function reviewIntact(review: ReviewFile): boolean {
  return sha256(canonical(review)) === review.checksum
}

/** A file name such as "review-pool-booking-2025-03-12.json". */
export function reviewFileName(review: Pick<ReviewFile, 'product' | 'reviewedAt'>): string {
  return `review-${slug(review.product)}-${review.reviewedAt.slice(0, 10)}.json`
}

/** Lower-case words joined by hyphens, safe in any file system. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'product'
  )
}
