import type { Team } from '@shared/api/methods/teams'
import type { TeamChoice } from '@shared/domain/teams'

/** Whose work a flow view shows: every team's, one team's (under its own policies), or the work without a team. */
export function TeamPicker({
  id,
  teams,
  team,
  onTeam
}: {
  id: string
  teams: readonly Team[]
  team: TeamChoice
  onTeam: (team: TeamChoice) => void
}) {
  return (
    <div className="field">
      <label htmlFor={id}>Team</label>
      <select
        id={id}
        value={String(team)}
        onChange={(e) =>
          onTeam(e.target.value === 'all' || e.target.value === 'none' ? e.target.value : Number(e.target.value))
        }
      >
        <option value="all">All teams</option>
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
        <option value="none">No team</option>
      </select>
    </div>
  )
}
