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

/** The tendency looks at the most recent judged Sprints only: habits change. */
export const RECENT_SPRINTS = 5
/** Fewer judged Sprints than this say nothing yet. */
export const MIN_SPRINTS_FOR_TENDENCY = 3
/** A recent rate below this suggests goals that ask for too much. */
export const AMBITIOUS_BELOW = 0.5

export const TENDENCIES = ['too-ambitious', 'too-cautious', 'balanced', 'not-enough-data'] as const
export type Tendency = (typeof TENDENCIES)[number]

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
  tendency: Tendency
  sentence: string
  series: Array<{ sprintId: number; name: string; endDate: string; outcome: SprintOutcome; score: number }>
}

const meanScore = (sprints: readonly JudgedSprint[]) =>
  sprints.length ? sprints.reduce((sum, sprint) => sum + OUTCOME_SCORE[sprint.outcome], 0) / sprints.length : null

const pct = (rate: number) => `${Math.round(rate * 100)}%`

/**
 * Heuristics, stated honestly in the sentence:
 * - too ambitious: the recent rate is below 50% (most recent goals missed or only partly met);
 * - too cautious: each of the last five judged Sprint Goals was fully met. Never missing suggests the
 *   goals leave spare capacity; a goal that is sometimes missed shows the team is stretching.
 */
export function sprintOutcomeStats(sprints: readonly JudgedSprint[]): SprintOutcomeStats {
  const ordered = [...sprints].sort((a, b) => a.endDate.localeCompare(b.endDate) || a.id - b.id)
  const count = (outcome: SprintOutcome) => ordered.filter((sprint) => sprint.outcome === outcome).length
  const recent = ordered.slice(-RECENT_SPRINTS)
  const recentRate = meanScore(recent)
  let tendency: Tendency
  let sentence: string
  if (ordered.length < MIN_SPRINTS_FOR_TENDENCY) {
    tendency = 'not-enough-data'
    sentence = `Judge at least ${MIN_SPRINTS_FOR_TENDENCY} Sprint Goals at their reviews to see a tendency (${ordered.length} so far).`
  } else if (recentRate! < AMBITIOUS_BELOW) {
    tendency = 'too-ambitious'
    sentence =
      `Only ${pct(recentRate!)} achieved over the last ${recent.length} Sprints: the Sprint Goals may be too ambitious. ` +
      'Try a smaller, single-focus goal the team can commit to.'
  } else if (recent.length === RECENT_SPRINTS && recent.every((sprint) => sprint.outcome === 'met')) {
    tendency = 'too-cautious'
    sentence =
      `All of the last ${RECENT_SPRINTS} Sprint Goals were met: they may be too cautious. ` +
      'If capacity was left over, aim a little higher; a goal that is sometimes missed shows the team is stretching.'
  } else {
    tendency = 'balanced'
    sentence = `${pct(recentRate!)} achieved over the last ${recent.length} Sprints: the goals look neither too ambitious nor too cautious.`
  }
  return {
    judged: ordered.length,
    met: count('met'),
    partly: count('partly'),
    not: count('not'),
    achievementRate: meanScore(ordered),
    recentRate,
    recentWindow: RECENT_SPRINTS,
    tendency,
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
