import { useMemo } from 'react'
import { Link } from 'wouter'
import type { FlowData } from '@shared/api/methods/flow'
import { STATE_CATEGORY_LABELS } from '@shared/domain/backlog'
import { sleText } from '@shared/domain/flow'
import { cite } from '@shared/domain/guides'
import { flowOfTeam, type TeamChoice } from '@shared/domain/teams'
import { useTeams } from '@renderer/features/teams/queries'
import { formatCount } from '../shape/format'
import { boardView, type BoardColumnView } from '../shape/board'
import { TeamPicker } from '../ui/TeamPicker'

/**
 * The board today: every workflow state as a column, its items, its WIP limit and its policies.
 * Narrowed to a team, it shows that team's items against the team's own limits and SLE.
 */
export function BoardView({
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
  const board = useMemo(() => boardView(shown), [shown])
  const teamName = typeof team === 'number' ? teams.find((t) => t.id === team)?.name : undefined
  return (
    <section aria-label="Board" className="flow-section">
      {teams.length > 0 && (
        <div className="flow-toolbar">
          <TeamPicker id="board-team" teams={teams} team={team} onTeam={onTeam} />
          <p className="muted small">
            {teamName
              ? `${teamName}’s items, against ${teamName}’s own WIP limits and SLE.`
              : team === 'none'
                ? 'Items no team has yet, against the workflow’s limits.'
                : 'Every team’s items, against the workflow’s limits for the whole product.'}
          </p>
        </div>
      )}
      <div className="board-intro">
        <p className="muted small">
          A WIP limit caps how many items a state may hold at once, so the team finishes work before it starts more;
          entry and exit policies say when an item may move into a state and when it is ready to leave. Together with
          the Service Level Expectation they make the team’s Definition of Workflow explicit (
          {cite('kanban', 'workflow')}).{' '}
          {shown.sle
            ? `${teamName ? `${teamName}’s SLE` : 'Team SLE'}: ${sleText(shown.sle)}; cards past it are marked.`
            : 'Set an SLE on the Metrics tab to mark items that age past it.'}
        </p>
        <Link href="~/backlog/settings">
          {teamName ? `Edit ${teamName}’s limits in Product settings` : 'Edit limits and policies in Product settings'}
        </Link>
      </div>
      {board.alert && (
        <div className="wip-alert" role="alert">
          <span aria-hidden="true">⚠ </span>
          <strong>Over a WIP limit:</strong> {board.alert}
        </div>
      )}
      {/* Focusable, so a long workflow can be scrolled sideways from the keyboard. */}
      <div className="board-scroll" tabIndex={0} role="region" aria-label="Board columns, scrolling sideways">
        <div className="board" role="list" aria-label="Workflow states">
          {board.columns.map((column) => (
            <Column key={column.id} column={column} />
          ))}
        </div>
      </div>
    </section>
  )
}

function Column({ column }: { column: BoardColumnView }) {
  const headingId = `board-column-${column.id}`
  return (
    <section
      role="listitem"
      className={column.excess > 0 ? 'board-column over-limit' : 'board-column'}
      aria-labelledby={headingId}
      data-testid="board-column"
    >
      <header className="board-column-head">
        <h3 id={headingId}>{column.name}</h3>
        <span className="wip-count" aria-label={column.countLabel} title={column.countLabel}>
          {column.countText}
        </span>
      </header>
      <p className="muted small">
        {STATE_CATEGORY_LABELS[column.category]}
        {column.wipLimit === null
          ? column.category === 'todo' || column.category === 'in_progress'
            ? ' · no WIP limit'
            : ''
          : ` · WIP limit ${column.wipLimit}`}
      </p>
      {column.warning && (
        <p className="wip-warning">
          <span aria-hidden="true">⚠ </span>
          {column.warning}
        </p>
      )}
      <dl className="board-policies">
        <dt>Enters when</dt>
        <dd className={column.entryPolicy ? undefined : 'muted'}>{column.entryPolicy || 'No entry policy yet'}</dd>
        <dt>Leaves when</dt>
        <dd className={column.exitPolicy ? undefined : 'muted'}>{column.exitPolicy || 'No exit policy yet'}</dd>
      </dl>
      {column.count === 0 ? (
        <p className="muted small">No items here.</p>
      ) : (
        <ol className="board-cards" aria-label={`Items in ${column.name}`}>
          {column.cards.map((card) => (
            <li key={card.id} className={card.pastSle ? 'board-card past-sle' : 'board-card'}>
              <span className="muted">{card.key}</span> {card.title}
              {card.ageDays !== null && (
                <span className="board-card-age">
                  {formatCount(card.ageDays, 'day')} old{card.pastSle && <strong> · past the SLE</strong>}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {column.hidden > 0 && <p className="muted small">and {formatCount(column.hidden, 'more item')}</p>}
    </section>
  )
}
