import { useMemo, useState } from 'react'
import type { FlowData } from '@shared/api/methods/flow'
import type { Team } from '@shared/api/methods/teams'
import { teamFlowTable, type TeamChoice } from '@shared/domain/teams'
import { useTeams } from '@renderer/features/teams/queries'
import { useSprints } from '@renderer/features/vision/queries'
import { formatDay, plural } from '../shape/format'
import { DEFAULT_WINDOW_DAYS, metricsWindow } from '../shape/metricsCharts'
import { flowDataOfTeam } from '../shape/teams'
import { MetricsView } from './MetricsView'
import '@renderer/styles/teams.css'

/**
 * Flow metrics for the whole product or one team. With teams, a selector narrows every chart to a
 * team's items, and a table sets the teams side by side on the same window.
 */
export function TeamMetricsView({ productId, data }: { productId: number; data: FlowData }) {
  const teams = useTeams(productId).data ?? []
  const [team, setTeam] = useState<TeamChoice>('all')
  const shown = useMemo(() => flowDataOfTeam(data, team), [data, team])
  return (
    <div className="stack">
      {teams.length > 0 && (
        <>
          <div className="flow-toolbar">
            <div className="field">
              <label htmlFor="metrics-team">Team</label>
              <select
                id="metrics-team"
                value={String(team)}
                onChange={(e) => setTeam(e.target.value === 'all' || e.target.value === 'none' ? e.target.value : Number(e.target.value))}
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
          </div>
          <TeamTable productId={productId} data={data} teams={teams} />
        </>
      )}
      <MetricsView productId={productId} data={shown} />
    </div>
  )
}

function TeamTable({ productId, data, teams }: { productId: number; data: FlowData; teams: readonly Team[] }) {
  const sprints = useSprints(productId).data
  const window = useMemo(() => metricsWindow(data.today, DEFAULT_WINDOW_DAYS), [data.today])
  const rows = useMemo(
    () =>
      teamFlowTable(
        data.items,
        teams,
        (sprints ?? []).flatMap((s) => (s.outcome ? [{ id: s.id, name: s.name, endDate: s.endDate, outcome: s.outcome, teamId: s.teamId }] : [])),
        window,
        data.calendar
      ),
    [data, teams, sprints, window]
  )
  return (
    <section className="card" aria-labelledby="team-table-title">
      <h2 id="team-table-title">Teams side by side</h2>
      <table className="percentile-table team-table">
        <caption className="muted small">
          {formatDay(window.from)} to {formatDay(window.to)}; Sprint Goals of every judged Sprint of the team.
        </caption>
        <thead>
          <tr>
            <th scope="col">Team</th>
            <th scope="col">Finished</th>
            <th scope="col">Per working day</th>
            <th scope="col">Cycle time, 50% / 85%</th>
            <th scope="col">Sprint Goals</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.team}>
              <th scope="row">{row.name}</th>
              <td>{plural(row.finished, 'item')}</td>
              <td>{row.perDay.toFixed(1)}</td>
              <td>{row.cycleTime ? `${plural(row.cycleTime[50], 'day')} / ${plural(row.cycleTime[85], 'day')}` : 'No finished item with a start'}</td>
              <td>{row.sprintGoals ? row.sprintGoals.sentence : 'Work without a team runs in no team’s Sprints.'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
