import { formatCount } from '../format'
import { cite } from '../guides'

/** How a Sprint Goal turned out, judged at the Sprint Review. */
export const SPRINT_OUTCOMES = ['met', 'partly', 'not'] as const
export type SprintOutcome = (typeof SPRINT_OUTCOMES)[number]

export const SPRINT_OUTCOME_LABELS: Record<SprintOutcome, string> = {
  met: 'Met',
  partly: 'Partly met',
  not: 'Not met'
}

/**
 * Scores for the achievement rate: a met goal counts fully, a partly met one half, a missed one not
 * at all. The rate is the mean score.
 */
export const OUTCOME_SCORE: Record<SprintOutcome, number> = { met: 1, partly: 0.5, not: 0 }

/** Reliability looks at the most recent judged Sprints only: habits change. */
export const RECENT_SPRINTS = 5
/** Fewer judged Sprints than this say nothing yet. */
export const MIN_SPRINTS_FOR_RELIABILITY = 3
/** A recent rate at or above this: the commitments hold. */
export const RELIABLE_FROM = 0.8
/** A recent rate below this: most recent commitments did not hold. */
export const UNRELIABLE_BELOW = 0.5

/**
 * How reliably the Developers' Sprint Goals were met. The Sprint Goal is their commitment for the
 * Sprint (Scrum Guide 2020), so meeting it every time is the aim, not a sign of timid goals, and
 * missing it is a problem to inspect, not a sign of ambition.
 */
export const RELIABILITIES = ['reliable', 'mostly-reliable', 'unreliable', 'not-enough-data'] as const
export type Reliability = (typeof RELIABILITIES)[number]

export interface JudgedSprint {
  id: number
  name: string
  endDate: string
  outcome: SprintOutcome
}

export interface SprintOutcomeStats {
  judged: number
  met: number
  partly: number
  not: number
  achievementRate: number | null
  recentRate: number | null
  recentWindow: number
  reliability: Reliability
  sentence: string
  series: Array<{ sprintId: number; name: string; endDate: string; outcome: SprintOutcome; score: number }>
}

const meanScore = (sprints: readonly JudgedSprint[]) =>
  sprints.length ? sprints.reduce((sum, sprint) => sum + OUTCOME_SCORE[sprint.outcome], 0) / sprints.length : null

const pct = (rate: number) => `${Math.round(rate * 100)}%`

/** The judged Sprints, their achievement rates and how reliably the recent Sprint Goals were met, in one sentence. */
export function sprintOutcomeStats(sprints: readonly JudgedSprint[]): SprintOutcomeStats {
  const ordered = [...sprints].sort((a, b) => a.endDate.localeCompare(b.endDate) || a.id - b.id)
  const count = (outcome: SprintOutcome) => ordered.filter((sprint) => sprint.outcome === outcome).length
  const recent = ordered.slice(-RECENT_SPRINTS)
  const recentRate = meanScore(recent)
  const source = cite('scrum', 'sprintGoal')
  const over = `over the last ${formatCount(recent.length, 'Sprint')}`
  let reliability: Reliability
  let sentence: string
  if (ordered.length < MIN_SPRINTS_FOR_RELIABILITY) {
    reliability = 'not-enough-data'
    sentence = `Judge at least ${MIN_SPRINTS_FOR_RELIABILITY} Sprint Goals at their reviews to see how reliably they are met (${ordered.length} so far; ${cite('scrum', 'sprintReview')}).`
  } else if (recentRate! >= RELIABLE_FROM) {
    reliability = 'reliable'
    sentence = `${pct(recentRate!)} achieved ${over}: the Developers' commitments hold, so stakeholders can count on a Sprint Goal (${source}).`
  } else if (recentRate! >= UNRELIABLE_BELOW) {
    reliability = 'mostly-reliable'
    sentence =
      `${pct(recentRate!)} achieved ${over}: most commitments hold. ` +
      `Inspect the missed ones at the Sprint Retrospective: was the goal one coherent objective, and was the Sprint Backlog renegotiated when work turned out larger (${source})?`
  } else {
    reliability = 'unreliable'
    sentence =
      `Only ${pct(recentRate!)} achieved ${over}: the Sprint Goal is the Developers' commitment, and recent ones did not hold. ` +
      `At the Sprint Retrospective look for why (too much selected, work arriving mid-Sprint, a goal that is a list of items) and plan a goal they can commit to (${source}).`
  }
  return {
    judged: ordered.length,
    met: count('met'),
    partly: count('partly'),
    not: count('not'),
    achievementRate: meanScore(ordered),
    recentRate,
    recentWindow: RECENT_SPRINTS,
    reliability,
    sentence,
    series: ordered.map((sprint) => ({
      sprintId: sprint.id,
      name: sprint.name,
      endDate: sprint.endDate,
      outcome: sprint.outcome,
      score: OUTCOME_SCORE[sprint.outcome]
    }))
  }
}
