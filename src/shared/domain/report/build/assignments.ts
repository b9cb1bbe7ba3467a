import type { ReportData } from '../data'
import type { ReportAssignment, ReportBlock, ReportPeriod } from '../document'
import { inPeriod } from '../period'

/** Each assignment with the actions and evidence dated in the period; the plan and reflection stay whole. */
export function assignmentBlocks(assignments: NonNullable<ReportData['assignments']>, period: ReportPeriod | null): ReportBlock[] {
  if (assignments.length === 0) return [{ kind: 'note', tone: 'info', text: 'No assignment has been started in the practice journal yet.' }]
  return assignments.map(
    (a): ReportBlock => ({
      kind: 'assignment',
      assignment: {
        ...a,
        actions: a.actions.filter((action) => inPeriod(period, action.on)),
        evidence: a.evidence.filter((e) => inPeriod(period, e.linkedAt))
      } satisfies ReportAssignment
    })
  )
}
