import { formatCount, formatNumber } from '../format'
import type { PracticeTarget, PracticeTrack } from './catalogue'
import type { EntryStatus } from './journal'

/** What progress needs to know about one journal entry. */
export interface EntryFacts {
  targetKey: string
  status: EntryStatus
  evidenceCount: number
}

export interface TargetProgress {
  key: string
  title: string
  group: string
  entryCount: number
  evidenceCount: number
  /** At least one journal entry for it holds at least one piece of evidence (of any kind). */
  hasEvidence: boolean
  /** At least one of its entries is marked done. */
  done: boolean
}

export interface TrackProgress {
  trackId: PracticeTrack['id']
  total: number
  withEvidence: number
  done: number
  /** 0..1; 0 for a track without targets. */
  share: number
  targets: TargetProgress[]
  summary: string
}

/**
 * Evidence counts per target: an assignment or outcome counts as evidenced when one of its journal
 * entries holds evidence. Entries without evidence, even when marked done, do not count; the coach
 * reads the evidence, not the status.
 */
export function trackProgress(track: PracticeTrack, entries: readonly EntryFacts[]): TrackProgress {
  const targets = track.targets.map((target: PracticeTarget): TargetProgress => {
    const mine = entries.filter((e) => e.targetKey === target.key)
    const evidenceCount = mine.reduce((sum, e) => sum + e.evidenceCount, 0)
    return {
      key: target.key,
      title: target.title,
      group: target.group,
      entryCount: mine.length,
      evidenceCount,
      hasEvidence: mine.some((e) => e.evidenceCount > 0),
      done: mine.some((e) => e.status === 'done')
    }
  })
  const total = targets.length
  const withEvidence = targets.filter((t) => t.hasEvidence).length
  return {
    trackId: track.id,
    total,
    withEvidence,
    done: targets.filter((t) => t.done).length,
    share: total === 0 ? 0 : withEvidence / total,
    targets,
    summary: `${formatNumber(withEvidence)} of ${formatCount(total, track.targetNoun)} ${withEvidence === 1 ? 'has' : 'have'} evidence`
  }
}
