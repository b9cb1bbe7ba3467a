import type { Team } from '@shared/api/methods/teams'
import { definitionOfDoneFor, type DoneLine } from '@shared/domain/teams'

/** Every Definition of Done line of the product: its own (team null), then each team's additions. */
export function allDoneLines(
  productLines: ReadonlyArray<{ id: number; text: string }>,
  teams: readonly Team[]
): DoneLine[] {
  return [
    ...productLines.map(({ id, text }) => ({ id, text, teamId: null })),
    ...teams.flatMap((team) => team.definitionOfDone.map(({ id, text }) => ({ id, text, teamId: team.id })))
  ]
}

/** A team's name by id, and "No team" for null. */
export function teamNamer(teams: readonly Team[]): (teamId: number | null) => string {
  const names = new Map(teams.map((team) => [team.id, team.name]))
  return (teamId) => (teamId === null ? 'No team' : (names.get(teamId) ?? `Team ${teamId}`))
}

/**
 * What a bulk move to done confirms for items of these teams: every line that applies to any of
 * them (by id, for doneChecks), and the teams' additions in words for the question asked, e.g.
 * ", with Team Lanes's additions: “Checked at the pool”".
 */
export function bulkDoneLines(
  productLines: ReadonlyArray<{ id: number; text: string }>,
  teams: readonly Team[],
  teamIds: ReadonlyArray<number | null>
): { ids: number[]; additions: string } {
  const lines = allDoneLines(productLines, teams)
  const mine = [...new Set(teamIds)].flatMap((teamId) => definitionOfDoneFor(lines, teamId))
  const ids = [...new Set(mine.map((line) => line.id))]
  const added = teams
    .filter((team) => teamIds.includes(team.id) && team.definitionOfDone.length > 0)
    .map((team) => `${team.name}’s additions: ${team.definitionOfDone.map((line) => `“${line.text}”`).join(', ')}`)
  return { ids, additions: added.length === 0 ? '' : `, with ${added.join('; and ')}` }
}
