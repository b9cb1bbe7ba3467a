import { useMemo } from 'react'
import type { FlowData } from '@shared/api/methods/flow'
import type { Team } from '@shared/api/methods/teams'
import { flowOfTeam, teamFlowTable, type TeamChoice } from '@shared/domain/teams'
import { useTeams } from '@renderer/features/teams/queries'
import { useSprints } from '@renderer/features/vision/queries'
import { formatDay, formatCount } from '../shape/format'
import { DEFAULT_WINDOW_DAYS, metricsWindow } from '../shape/metricsCharts'
import { TeamPicker } from '../ui/TeamPicker'
import { MetricsView } from './MetricsView'
import '@renderer/styles/teams.css'

/**
 * Flow metrics for the whole product or one team. With teams, a selector narrows every chart to a
 * team's items, and a table sets the teams side by side on the same window.
 */
export function TeamMetricsView({
  productId,
  data,
  team,
  onTeam
}: {
  productId: number
  data: FlowData
  team: TeamChoice
  onTeam: (team: TeamChoice) => void
}) {
  const teams = useTeams(productId).data ?? []
  const shown = useMemo(() => flowOfTeam(data, team), [data, team])
  return (
    <div className="stack">
      {teams.length > 0 && (
        <>
          <div className="flow-toolbar">
            <TeamPicker id="metrics-team" teams={teams} team={team} onTeam={onTeam} />
          </div>
          <TeamTable productId={productId} data={data} teams={teams} />
        </>
      )}
      <MetricsView
        productId={productId}
        data={shown}
        sleOwner={typeof team === 'number' ? (teams.find((t) => t.id === team) ?? null) : null}
      />
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
        (sprints ?? []).flatMap((s) =>
          s.outcome ? [{ id: s.id, name: s.name, endDate: s.endDate, outcome: s.outcome, teamId: s.teamId }] : []
        ),
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
              <td>{formatCount(row.finished, 'item')}</td>
              <td>{row.perDay.toFixed(1)}</td>
              <td>
                {row.cycleTime
                  ? `${formatCount(row.cycleTime[50], 'day')} / ${formatCount(row.cycleTime[85], 'day')}`
                  : 'No finished item with a start'}
              </td>
              <td>{row.sprintGoals ? row.sprintGoals.sentence : 'Work without a team runs in no team’s Sprints.'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
