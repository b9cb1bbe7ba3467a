import type { Team } from '@shared/api/methods/teams'

/** Which team an item or a Sprint belongs to, or none. */
export function TeamField({
  id,
  teams,
  teamId,
  onChange
}: {
  id: string
  teams: readonly Team[]
  teamId: number | null
  onChange: (teamId: number | null) => void
}) {
  return (
    <div className="field">
      <label htmlFor={id}>Team</label>
      <select
        id={id}
        value={teamId ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">No team</option>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </select>
    </div>
  )
}
