import type { Stakeholder } from '@shared/api/methods/stakeholders'
import type { FeedbackTrace, SprintReview } from '@shared/api/methods/sprint-reviews'
import type { Sprint } from '@shared/api/methods/sprints'

/**
 * The Sprint the review screen opens on: the one chosen last time while it still exists, else the
 * newest Sprint that has started (its review is the next one due), else the newest Sprint.
 */
export function chooseSprint(sprints: readonly Sprint[], today: string, remembered: number | null): Sprint | null {
  const chosen = sprints.find((s) => s.id === remembered)
  if (chosen) return chosen
  const started = sprints.filter((s) => s.startDate <= today)
  return started.at(-1) ?? sprints.at(-1) ?? null
}

export interface PersonFeedback {
  stakeholderId: number | null
  name: string
  role: string
  attending: boolean
  feedback: FeedbackTrace[]
}

/** Feedback gathered per person: every attendee (in the review's order), then anyone else who gave some. */
export function feedbackByPerson(review: SprintReview): PersonFeedback[] {
  const people: PersonFeedback[] = review.attendees.map((a) => ({
    stakeholderId: a.stakeholderId,
    name: a.name,
    role: a.role,
    attending: true,
    feedback: []
  }))
  for (const f of review.feedback) {
    let person = people.find((p) =>
      f.stakeholderId === null
        ? p.stakeholderId === null && p.name === f.stakeholderName
        : p.stakeholderId === f.stakeholderId
    )
    if (!person)
      people.push(
        (person = { stakeholderId: f.stakeholderId, name: f.stakeholderName, role: '', attending: false, feedback: [] })
      )
    person.feedback.push(f)
  }
  return people
}

/** Who can give feedback: attendees first, then the rest of the map, each group by name. */
export function feedbackGivers(stakeholders: readonly Stakeholder[], review: SprintReview): Stakeholder[] {
  const attending = new Set(review.attendees.map((a) => a.stakeholderId))
  return [...stakeholders].sort(
    (a, b) => Number(attending.has(b.id)) - Number(attending.has(a.id)) || a.name.localeCompare(b.name)
  )
}

/** Longest title a feedback text offers for its new item; the rest stays in the item's notes. */
export const TITLE_FROM_FEEDBACK = 120

/** A new item's first title: the feedback's first sentence, shortened at a word when it is long. */
export function titleFromFeedback(text: string): string {
  const sentence = text.trim().split(/(?<=[.!?])\s/)[0] ?? ''
  if (sentence.length <= TITLE_FROM_FEEDBACK) return sentence.replace(/[.!]$/, '')
  const cut = sentence.slice(0, TITLE_FROM_FEEDBACK)
  const space = cut.lastIndexOf(' ')
  return `${cut.slice(0, space > 40 ? space : TITLE_FROM_FEEDBACK - 1)}…`
}

/** What a piece of feedback led to, in words. */
export function outcomeText(f: Pick<FeedbackTrace, 'outcome' | 'itemTitle'>): string | null {
  if (f.outcome === null) return null
  const title = f.itemTitle === null ? 'an item since deleted' : `“${f.itemTitle}”`
  return f.outcome === 'created' ? `Became ${title}` : `Changed ${title}`
}
