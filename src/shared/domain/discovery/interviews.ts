/** How a piece of customer feedback was gathered: the methods a discovery log usually holds. */
export const FEEDBACK_METHODS = ['interview', 'survey', 'usability', 'analytics', 'support', 'other'] as const
export type FeedbackMethod = (typeof FEEDBACK_METHODS)[number]

export const FEEDBACK_METHOD_LABELS: Record<FeedbackMethod, string> = {
  interview: 'Interview',
  survey: 'Survey',
  usability: 'Usability test',
  analytics: 'Analytics',
  support: 'Support request',
  other: 'Other'
}

export const MAX_LEARNED = 8000
export const MAX_EVIDENCE_TEXT = 8000

/** Whom an entry is from, as a list shows it: the persona, the stakeholder and the name given, whichever there are. */
export function whoLabel(who: { personaName: string | null; stakeholderName: string | null; person: string }): string {
  const parts = [who.person.trim(), who.stakeholderName, who.personaName ? `persona ${who.personaName}` : null].filter(
    (p): p is string => !!p
  )
  return parts.length === 0 ? 'someone no longer on file' : parts.join(' · ')
}
