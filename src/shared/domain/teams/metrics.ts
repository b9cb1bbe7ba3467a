import type { WorkingCalendar } from '../flow/calendar'
import { cycleTimePercentiles, cycleTimes, dailyThroughput, type DayWindow, type FlowItem } from '../flow/metrics'
import type { Percentiles } from '../flow/percentiles'
import { sprintOutcomeStats, type JudgedSprint, type SprintOutcomeStats } from '../vision/sprints'

/** Whose work a view shows: every item, one team's, or the items no team has yet. */
export type TeamChoice = 'all' | 'none' | number

/** The items of `team`: all of them, those of one team, or those without a team. */
export function itemsOfTeam<T extends { teamId: number | null }>(items: readonly T[], team: TeamChoice): T[] {
  if (team === 'all') return [...items]
  const teamId = team === 'none' ? null : team
  return items.filter((item) => item.teamId === teamId)
}

export interface TeamFlowRow {
  /** The team, or 'none' for the work no team has. */
  team: number | 'none'
  name: string
  /** Items finished in the window. */
  finished: number
  /** Mean items finished per working day of the window. */
  perDay: number
  /** Cycle-time percentiles of the items finished in the window; null when none had a start. */
  cycleTime: Percentiles | null
  /** The team's judged Sprint Goals; null for the work without a team (its Sprints are no team's cadence). */
  sprintGoals: SprintOutcomeStats | null
}

/**
 * Throughput, cycle time and Sprint Goal statistics per team over one window, side by side, so the
 * teams on one Product Backlog are compared on the same days. Work without a team gets a row of its
 * own when it finished anything in the window, so nothing done goes uncounted.
 */
export function teamFlowTable(
  items: ReadonlyArray<FlowItem & { teamId: number | null }>,
  teams: ReadonlyArray<{ id: number; name: string }>,
  sprints: ReadonlyArray<JudgedSprint & { teamId: number | null }>,
  window: DayWindow,
  calendar: WorkingCalendar
): TeamFlowRow[] {
  const row = (team: number | 'none', name: string): TeamFlowRow => {
    const mine = itemsOfTeam(items, team)
    const days = dailyThroughput(mine, window, calendar)
    const finished = days.reduce((sum, day) => sum + day.count, 0)
    return {
      team,
      name,
      finished,
      perDay: days.length === 0 ? 0 : finished / days.length,
      cycleTime: cycleTimePercentiles(cycleTimes(mine, window)),
      sprintGoals: team === 'none' ? null : sprintOutcomeStats(sprints.filter((sprint) => sprint.teamId === team))
    }
  }
  const rows = teams.map((team) => row(team.id, team.name))
  const unassigned = row('none', 'No team')
  return unassigned.finished > 0 ? [...rows, unassigned] : rows
}
