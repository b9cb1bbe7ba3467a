import type { PracticeEntryDetail } from '../../api/methods/practice'
import { EVIDENCE_KIND_LABELS, STATUS_LABELS, findTarget, findTrack, type TrackId } from '../practice'
import type { ReportAssignment } from './document'
import type { CourseTrack } from './sections'

const TRACK_IDS: Record<CourseTrack, TrackId> = { PSPO: 'pspo', 'QSPO-I': 'qspo-1', 'QSPO-II': 'qspo-2', CSPO: 'cspo' }

/** The practice track a report's course track stands for. */
export const practiceTrackOf = (track: CourseTrack): TrackId => TRACK_IDS[track]

/** A practice journal entry as the report shows it: titles from the catalogue, snapshots in words. */
export function assignmentFromEntry(entry: PracticeEntryDetail): ReportAssignment {
  const target = findTarget(entry.targetKey)
  const experimentText = new Map((target?.experiments ?? []).map((x) => [x.key, x.text]))
  return {
    id: entry.id,
    track: `${findTrack(entry.trackId).shortName}${target ? ` · ${target.group}` : ''}`,
    title: target?.title ?? entry.targetKey,
    asks: target ? (target.summary ?? target.title) : '',
    status: STATUS_LABELS[entry.status],
    experiments: entry.experiments.map((key) => experimentText.get(key) ?? key),
    plan: entry.plan,
    actions: entry.actions.map((a) => ({ on: a.on, text: a.text })),
    evidence: entry.evidence.map((e) => ({
      kind: EVIDENCE_KIND_LABELS[e.kind],
      label: e.snapshot?.title ?? e.title,
      snapshot: [
        e.text,
        e.file ? `File: ${e.file.name} (${Math.max(1, Math.round(e.file.sizeBytes / 1024))} kB)` : '',
        ...(e.snapshot?.lines ?? []).map((line) => `${line.label}: ${line.value}`)
      ]
        .filter((line) => line.trim() !== '')
        .join('\n'),
      linkedAt: e.addedAt
    })),
    outcome: entry.outcome,
    reflection: entry.reflection
  }
}
