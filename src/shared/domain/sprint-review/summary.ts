import type { SprintReview } from '../../api/methods/sprint-reviews'
import { formatCount, formatDay, formatNumber } from '../format'
import { SPRINT_OUTCOME_LABELS } from '../vision/sprints'

export interface ReviewLine {
  label: string
  value: string
}

/** How many pieces of feedback a review got and how many items they made or changed. */
export function feedbackCounts(review: Pick<SprintReview, 'feedback'>): {
  feedback: number
  created: number
  changed: number
} {
  const count = (outcome: 'created' | 'changed') => review.feedback.filter((f) => f.outcome === outcome).length
  return { feedback: review.feedback.length, created: count('created'), changed: count('changed') }
}

/** What a piece of feedback led to, after an arrow; empty while it led nowhere. */
function ledTo(f: SprintReview['feedback'][number]): string {
  if (f.outcome === null) return ''
  const title = f.itemTitle === null ? 'an item since deleted' : `“${f.itemTitle}”`
  return f.outcome === 'created' ? ` → became ${title}` : ` → changed ${title}`
}

/**
 * A review in labelled lines: the agenda's summary, who came, and each piece of feedback with where
 * it led. The evidence snapshot and the coach's report both read a review this way.
 */
export function reviewLines(review: SprintReview): ReviewLine[] {
  const { agenda } = review
  const counts = feedbackCounts(review)
  const goal = agenda.sprintGoal.goal || 'none written'
  const outcome = agenda.sprintGoal.outcome ?? null
  const lines: ReviewLine[] = [
    {
      label: 'Status',
      value: review.heldOn
        ? `Held on ${formatDay(review.heldOn)}`
        : `Prepared on ${formatDay(agenda.preparedOn)}, not held yet`
    },
    { label: 'Sprint Goal', value: outcome ? `${goal} (${SPRINT_OUTCOME_LABELS[outcome].toLowerCase()})` : goal },
    { label: 'Increment', value: agenda.increment.sentence },
    ...(agenda.productGoal
      ? [{ label: 'Product Goal', value: `${agenda.productGoal.title}: ${agenda.productGoal.sentence}` }]
      : []),
    { label: 'Forecast', value: agenda.forecast.sentence },
    { label: 'Attendees', value: review.attendees.map((a) => a.name).join(', ') || 'none recorded' },
    {
      label: 'Feedback',
      value: `${formatCount(counts.feedback, 'piece')}; ${formatNumber(counts.created)} became new items, ${formatNumber(counts.changed)} changed items`
    },
    ...review.feedback.map((f) => ({ label: f.stakeholderName, value: `${f.text}${ledTo(f)}` })),
    ...(review.notes ? [{ label: 'Notes', value: review.notes }] : [])
  ]
  return lines
}
