/** How a Sprint Goal turned out, judged at the Sprint Review. */
export const SPRINT_OUTCOMES = ['met', 'partly', 'not'] as const
export type SprintOutcome = (typeof SPRINT_OUTCOMES)[number]

export const SPRINT_OUTCOME_LABELS: Record<SprintOutcome, string> = {
  met: 'Met',
  partly: 'Partly met',
  not: 'Not met'
}
