import { cite } from '../guides'

/**
 * Guardrails for Sprints, each with the sentence that explains it and the guide it comes from, so a
 * refusal teaches instead of just saying no. Dates are calendar days, 'YYYY-MM-DD', inclusive.
 */

export interface SprintDates {
  startDate: string
  endDate: string
  goal: string
  /** The Scrum Team running it; null while it has none. */
  teamId?: number | null
}

export interface OtherSprint {
  id: number
  name: string
  startDate: string
  endDate: string
  teamId?: number | null
}

/**
 * Whether two Sprints are the same team's cadence. Sprints of different teams run side by side on
 * one Product Backlog; a Sprint without a team could be any team's, so it meets every other
 * Sprint, which keeps a product without teams as it always was: one team, one Sprint at a time.
 */
export function sameCadence(a: number | null | undefined, b: number | null | undefined): boolean {
  return a == null || b == null || a === b
}

export interface SprintProblem {
  field: 'startDate' | 'endDate' | 'goal'
  message: string
}

/**
 * The last day a Sprint starting on `startDate` may end: the day before the same date a month
 * later (a date past the end of the next month rolls over, so a Sprint may last as many days as its
 * start month has).
 */
export function latestSprintEnd(startDate: string): string {
  const [year, month, day] = startDate.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month, day - 1)).toISOString().slice(0, 10)
}

/** Every rule the Sprint breaks, in the order a reader fixes them: dates, then overlaps, then the goal. */
export function sprintProblems(sprint: SprintDates, others: readonly OtherSprint[], today: string): SprintProblem[] {
  if (sprint.endDate < sprint.startDate)
    return [{ field: 'endDate', message: 'The Sprint must end on or after its start.' }]
  const problems: SprintProblem[] = []
  const latest = latestSprintEnd(sprint.startDate)
  if (sprint.endDate > latest) {
    problems.push({
      field: 'endDate',
      message: `A Sprint lasts one month or less, so that inspection and adaptation happen at least monthly and risk stays bounded: one starting on ${sprint.startDate} ends on ${latest} at the latest (${cite('scrum', 'sprint')}).`
    })
  }
  // A team's Sprints follow one another without gaps or overlaps: a new one starts when the previous one ends.
  const clash = others.find(
    (other) =>
      sameCadence(sprint.teamId, other.teamId) && sprint.startDate <= other.endDate && sprint.endDate >= other.startDate
  )
  if (clash) {
    problems.push({
      field: 'startDate',
      message: `A Scrum Team's Sprints follow one another and never overlap: this one would overlap ${clash.name} (${clash.startDate} to ${clash.endDate}). Start it after ${clash.endDate}, or, if another team runs it, choose that team: several teams on one product each run their own Sprints (${cite('scrum', 'sprint')}).`
    })
  }
  if (sprint.startDate <= today && sprint.goal.trim() === '') {
    problems.push({
      field: 'goal',
      message: `A Sprint starts with a Sprint Goal, crafted at Sprint Planning: it is the Developers' commitment and what keeps the Sprint coherent. Give this Sprint its goal (${cite('scrum', 'sprintGoal')}).`
    })
  }
  return problems
}
