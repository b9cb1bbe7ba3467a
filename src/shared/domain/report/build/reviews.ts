import { REVIEW_STATUS_LABELS, feedbackCounts, reviewLines } from '../../sprint-review'
import type { ReportData } from '../data'
import type { ReportBlock, ReportPeriod } from '../document'
import { formatDay, inPeriod } from '../period'

/**
 * The Sprint Reviews of the period (by the day held, else prepared): an overview of who came, how much
 * feedback there was and how many items it made, then each review's agenda summary and feedback.
 */
export function reviewBlocks(
  reviews: NonNullable<ReportData['vision']>['reviews'],
  period: ReportPeriod | null
): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'heading', text: 'Sprint Reviews' }]
  const shown = reviews.filter((r) => inPeriod(period, r.heldOn ?? r.agenda.preparedOn))
  if (shown.length === 0) {
    blocks.push({ kind: 'note', tone: 'info', text: 'No Sprint Review was prepared in the period.' })
    return blocks
  }
  const totals = shown.map(feedbackCounts)
  const sum = (key: keyof (typeof totals)[number]) => totals.reduce((n, t) => n + t[key], 0)
  blocks.push({
    kind: 'facts',
    facts: [
      { label: 'Sprint Reviews', value: `${shown.length} (${shown.filter((r) => r.status === 'held').length} held)` },
      { label: 'Pieces of feedback', value: String(sum('feedback')) },
      { label: 'Items created from feedback', value: String(sum('created')) },
      { label: 'Items changed by feedback', value: String(sum('changed')) }
    ]
  })
  blocks.push({
    kind: 'table',
    caption: 'Sprint Reviews in the period',
    columns: ['Sprint', 'Status', 'Attendees', 'Feedback', 'Items created', 'Items changed'],
    rows: shown.map((r, i) => [
      r.sprintName,
      r.heldOn
        ? `${REVIEW_STATUS_LABELS[r.status]} ${formatDay(r.heldOn)}`
        : `${REVIEW_STATUS_LABELS[r.status]} ${formatDay(r.agenda.preparedOn)}`,
      String(r.attendees.length),
      String(totals[i]!.feedback),
      String(totals[i]!.created),
      String(totals[i]!.changed)
    ])
  })
  for (const review of shown) {
    blocks.push({ kind: 'paragraph', text: `Sprint Review of ${review.sprintName}` })
    blocks.push({ kind: 'facts', facts: reviewLines(review) })
  }
  return blocks
}
