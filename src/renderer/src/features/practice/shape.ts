import type { StoredReview } from '@shared/api/methods/reviews'
import { findTarget, type PracticeTarget } from '@shared/domain/practice'
import type { ReviewVerdict } from '@shared/domain/report/review'

/** Targets under their module or domain heading, in catalogue order. */
export function groupTargets(targets: readonly PracticeTarget[]): Array<{ title: string; targets: PracticeTarget[] }> {
  const groups: Array<{ title: string; targets: PracticeTarget[] }> = []
  for (const target of targets) {
    const last = groups[groups.length - 1]
    if (last?.title === target.group) last.targets.push(target)
    else groups.push({ title: target.group, targets: [target] })
  }
  return groups
}

/** The target's title, or the stored key when the catalogue no longer has it. */
export const targetTitle = (key: string) => findTarget(key)?.title ?? key

/** Today as YYYY-MM-DD in the user's time zone, the default day of a new action. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

export interface CoachComment {
  reviewId: number
  reviewer: string
  reviewedAt: string
  /** False when the review file was changed after the coach exported it. */
  intact: boolean
  text: string
  /** The coach's verdict on this assignment, when they gave one. */
  verdict: ReviewVerdict | null
  /** The verdict of the review as a whole, shown beside it. */
  overall: ReviewVerdict
}

/** The comments coaches left on this journal entry in the reviews the graduate imported, newest review first. */
export function coachCommentsFor(
  reviews: ReadonlyArray<
    Pick<StoredReview, 'id' | 'reviewer' | 'reviewedAt' | 'intact' | 'verdict'> & {
      comments: ReadonlyArray<{ target: string; targetId: string; text: string; verdict?: ReviewVerdict }>
    }
  >,
  entryId: number
): CoachComment[] {
  return reviews
    .flatMap((review) =>
      review.comments
        .filter(
          (c) =>
            c.target === 'assignment' &&
            c.targetId === String(entryId) &&
            (c.text.trim() !== '' || c.verdict !== undefined)
        )
        .map((c) => ({
          reviewId: review.id,
          reviewer: review.reviewer,
          reviewedAt: review.reviewedAt,
          intact: review.intact,
          text: c.text,
          verdict: c.verdict ?? null,
          overall: review.verdict
        }))
    )
    .sort((a, b) => b.reviewedAt.localeCompare(a.reviewedAt))
}
