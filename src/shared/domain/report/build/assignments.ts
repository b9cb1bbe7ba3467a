import { findTrack } from '../../practice'
import type { ReportData } from '../data'
import type { ReportAssignment, ReportBlock, ReportPeriod } from '../document'
import { inPeriod } from '../period'

/** Per track: how many of its assignments, outcomes or goals have evidence and how many are done. */
export function progressBlocks(progress: NonNullable<ReportData['progress']>): ReportBlock[] {
  if (progress.length === 0) return []
  return [
    { kind: 'heading', text: 'Progress per track' },
    {
      kind: 'table',
      caption: 'Evidence per course track',
      columns: ['Track', 'With evidence', 'Done', 'In the course', 'In words'],
      rows: progress.map((p) => [
        findTrack(p.trackId).shortName,
        String(p.withEvidence),
        String(p.done),
        String(p.total),
        p.summary
      ])
    },
    { kind: 'heading', text: 'Assignments' }
  ]
}

/** Each assignment with the actions and evidence dated in the period; the plan and reflection stay whole. */
export function assignmentBlocks(
  assignments: NonNullable<ReportData['assignments']>,
  period: ReportPeriod | null
): ReportBlock[] {
  if (assignments.length === 0)
    return [{ kind: 'note', tone: 'info', text: 'No assignment has been started in the practice journal yet.' }]
  return assignments.map((a): ReportBlock => ({
    kind: 'assignment',
    assignment: {
      ...a,
      actions: a.actions.filter((action) => inPeriod(period, action.on)),
      evidence: a.evidence.filter((e) => inPeriod(period, e.linkedAt))
    } satisfies ReportAssignment
  }))
}
