import { experimentContradictions } from '../../ebm/coherence'
import { GOAL_LEVEL_LABELS } from '../../ebm/vocabulary'
import { formatCount } from '../../format'
import { costBlocks } from './strategy'
import type { ReportData } from '../data'
import type { ReportBlock, ReportPeriod } from '../document'
import { formatDay, inPeriod, percent } from '../period'

/** Coverage of the Key Value Areas, blind spots, goal progress, and experiments with their decisions. */
export function ebmBlocks(ebm: NonNullable<ReportData['ebm']>, period: ReportPeriod | null): ReportBlock[] {
  const { overview, goals } = ebm
  const blocks: ReportBlock[] = [
    { kind: 'heading', text: 'Key Value Areas' },
    {
      kind: 'table',
      caption: `Measures per Key Value Area (a value goes stale after ${overview.staleAfterDays} days)`,
      columns: ['Key Value Area', 'Measures', 'Latest value', 'Stale'],
      rows: overview.areas.map((a) => [
        a.label,
        a.measures.map((m) => m.name).join(', ') || 'none',
        a.daysSinceLatest === null ? 'no values' : `${formatCount(a.daysSinceLatest, 'day')} ago`,
        String(a.staleCount)
      ])
    }
  ]
  if (overview.blindSpots.length === 0)
    blocks.push({ kind: 'paragraph', text: 'No blind spots: every area is measured and current.' })
  for (const spot of overview.blindSpots)
    blocks.push({ kind: 'note', tone: 'warning', text: `${spot.title}. ${spot.reason}` })

  blocks.push({ kind: 'heading', text: 'Goals' })
  if (goals.length === 0)
    blocks.push({ kind: 'paragraph', text: 'No strategic, intermediate or tactical goal is set.' })
  else
    blocks.push({
      kind: 'table',
      caption: 'Goals and their progress',
      columns: ['Level', 'Goal', 'Target date', 'Progress', 'How it is read'],
      rows: goals.map((g) => [
        GOAL_LEVEL_LABELS[g.level],
        g.title,
        g.targetDate ? formatDay(g.targetDate) : '',
        percent(g.progress.progress),
        g.progress.explanation
      ])
    })

  blocks.push({ kind: 'heading', text: 'Experiments' })
  const experiments = ebm.experiments.filter(
    (e) => inPeriod(period, e.decidedAt ?? e.byDate) || inPeriod(period, e.createdAt)
  )
  if (experiments.length === 0) blocks.push({ kind: 'paragraph', text: 'No experiment in the period.' })
  else
    blocks.push({
      kind: 'table',
      caption: 'Experiments, what they showed and what was decided',
      columns: ['Hypothesis', 'Status', 'Result', 'Decision'],
      rows: experiments.map((e) => [
        e.hypothesis,
        e.status,
        e.evaluation.explanation,
        e.decision ? `${e.decision}${e.decisionNotes ? `: ${e.decisionNotes}` : ''}` : 'not decided yet'
      ])
    })
  if (ebm.costs) blocks.push(...costBlocks(ebm.costs))
  // A decision the backlog does not bear out is what a coach would ask about first.
  for (const text of experimentContradictions(experiments, ebm.items))
    blocks.push({ kind: 'note', tone: 'warning', text })
  return blocks
}
