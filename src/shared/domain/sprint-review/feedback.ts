import { MAX_DISCUSSED } from '../customers/stakeholders'

/** A review is prepared first (its agenda taken from the product), then held on a day. */
export const REVIEW_STATUSES = ['prepared', 'held'] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = { prepared: 'Prepared', held: 'Held' }

/** What a piece of feedback led to in the Product Backlog. */
export const FEEDBACK_OUTCOMES = ['created', 'changed'] as const
export type FeedbackOutcome = (typeof FEEDBACK_OUTCOMES)[number]

export const FEEDBACK_OUTCOME_LABELS: Record<FeedbackOutcome, string> = {
  created: 'became a new item',
  changed: 'changed an item'
}

export interface FeedbackSource {
  stakeholder: string
  sprint: string
  /** The day of the review (held, else prepared). */
  on: string
  text: string
}

/** The line an existing item's notes gain when a piece of feedback changes it, so the item says who asked. */
export function feedbackNote({ stakeholder, sprint, on, text }: FeedbackSource): string {
  return `${stakeholder} at the Sprint Review of ${sprint} (${on}): ${text}`
}

/** Notes with the feedback line added at the end, a blank line apart from what was there. */
export function appendNote(notes: string, line: string): string {
  return notes.trim() === '' ? line : `${notes.trimEnd()}\n\n${line}`
}

/** What the contact log keeps for an attendee of a held review: the review and what they said, cut to `max` characters. */
export function reviewContactNote(sprint: string, feedback: readonly string[], max = MAX_DISCUSSED): string {
  const heading = `Sprint Review of ${sprint}`
  const note = feedback.length === 0 ? `${heading}.` : `${heading}: ${feedback.join(' / ')}`
  return note.length <= max ? note : `${note.slice(0, max - 1)}…`
}
