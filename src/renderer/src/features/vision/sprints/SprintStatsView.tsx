import type { SprintStats } from '@shared/api/methods/sprints'
import { SPRINT_OUTCOME_LABELS, type SprintOutcome } from '@shared/domain/vision/sprints'
import { formatPercent } from '../format'

export const OUTCOME_ICONS: Record<SprintOutcome, string> = { met: '✓', partly: '◐', not: '✕' }

/** Sprint Goal achievement across Sprints, and how reliably the Developers' commitments hold. */
export function SprintStatsView({ stats }: { stats: SprintStats }) {
  return (
    <section className="card sprint-stats" aria-labelledby="sprint-stats-title">
      <h2 id="sprint-stats-title">Sprint Goals across Sprints</h2>
      <div className="stat-row">
        <p>
          <span className="stat-value">{formatPercent(stats.achievementRate)}</span>
          <span className="stat-label">achieved overall ({stats.judged} judged)</span>
        </p>
        <p>
          <span className="stat-value">{formatPercent(stats.recentRate)}</span>
          <span className="stat-label">
            over the last {Math.min(stats.recentWindow, stats.judged) || stats.recentWindow}
          </span>
        </p>
        <p>
          <span className="stat-label">
            {stats.met} met · {stats.partly} partly met · {stats.not} not met
          </span>
        </p>
      </div>
      <p className={`reliability reliability-${stats.reliability}`}>{stats.sentence}</p>
      {stats.series.length > 0 && (
        <ol className="outcome-strip" aria-label="Outcome of each judged Sprint, oldest first">
          {stats.series.map((s) => (
            <li key={s.sprintId} className={`outcome outcome-${s.outcome}`}>
              <span aria-hidden="true">{OUTCOME_ICONS[s.outcome]}</span> {s.name}: {SPRINT_OUTCOME_LABELS[s.outcome]}
            </li>
          ))}
        </ol>
      )}
      <p className="muted small">Met counts 1, partly met ½, not met 0.</p>
    </section>
  )
}
