import { useMemo, useState } from 'react'
import { Link } from 'wouter'
import type { BacklogListItem, WorkflowState } from '@shared/api'
import { cite } from '@shared/domain/guides'
import { crossTeamRefinement } from '@shared/domain/teams'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { openItems } from '@renderer/features/refinement/select'
import { useLinks, useTeams } from './queries'
import { teamNamer } from './shape'
import '@renderer/styles/teams.css'
import { formatCount } from '@shared/domain/format'

/**
 * Refinement across teams: the open items that depend on others, in backlog order, with the
 * dependencies between different teams' items marked, so the teams refine them together.
 */
export function CrossTeamView({
  productId,
  items,
  states
}: {
  productId: number
  items: readonly BacklogListItem[]
  states: readonly WorkflowState[]
}) {
  const teams = useTeams(productId)
  const links = useLinks(productId)
  const [onlyAcross, setOnlyAcross] = useState(false)
  const rows = useMemo(() => {
    const open = openItems(items, states).map(({ item, position }) => ({ ...item, position }))
    return crossTeamRefinement(open, links.data ?? []).filter((row) => row.dependencies.length > 0)
  }, [items, states, links.data])
  const error = teams.error ?? links.error
  if (error) return <ErrorMessage error={error} />
  if (!teams.data || !links.data) return <p className="muted">Loading…</p>
  if (teams.data.length === 0) {
    return (
      <div className="empty-state">
        <h2>No teams yet</h2>
        <p>
          When several teams work from this Product Backlog, the work one team waits for from another shows here.{' '}
          <Link href="/settings">Add teams in Product settings</Link>, then give items to them.
        </p>
      </div>
    )
  }
  const nameOf = teamNamer(teams.data)
  const across = rows.filter((row) => row.crossTeam)
  const shown = onlyAcross ? across : rows
  return (
    <section className="stack" aria-labelledby="cross-team-title">
      <h2 id="cross-team-title">Dependencies across teams</h2>
      <p className="muted small">
        One Product Backlog, several teams: items that wait for another team’s work are refined with both teams, then
        ordered, split or moved so each team can finish within its Sprint ({cite('scrum', 'productBacklog')}).{' '}
        {across.length === 0
          ? 'No open item depends on another team’s item.'
          : `${formatCount(across.length, 'open item has', 'open items have')} a dependency across teams, marked below.`}
      </p>
      <label className="checkbox">
        <input type="checkbox" checked={onlyAcross} onChange={(e) => setOnlyAcross(e.target.checked)} />
        Only items with a dependency across teams
      </label>
      {shown.length === 0 ? (
        <p className="muted">
          No open item has a dependency{onlyAcross ? ' across teams' : ''}. Link items that block others in the item’s
          details on the Backlog.
        </p>
      ) : (
        <ol className="refine-list cross-team-list" aria-label="Open items with dependencies">
          {shown.map(({ item, dependencies, crossTeam }) => (
            <li key={item.id} className={`refine-row${crossTeam ? ' cross-team' : ''}`} aria-label={item.title}>
              <span className="refine-position muted">#{item.position}</span>
              <div className="refine-main">
                <span className="refine-title">
                  {item.title} <span className="team-chip">{nameOf(item.teamId)}</span>
                  {crossTeam && <strong className="across-badge">Across teams</strong>}
                </span>
                <ul className="dependency-list">
                  {dependencies.map((dependency) => (
                    <li
                      key={`${dependency.direction}-${dependency.other.id}`}
                      className={dependency.crossTeam ? 'cross-team' : undefined}
                    >
                      {dependency.direction === 'blocked-by' ? 'Waits for' : 'Blocks'} “{dependency.other.title}” (
                      {nameOf(dependency.other.teamId)})
                      {dependency.crossTeam && <span className="visually-hidden"> (another team)</span>}
                    </li>
                  ))}
                </ul>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
