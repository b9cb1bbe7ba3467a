import type { PracticeTarget, PracticeTrack } from './catalogue'
import type { TrackId } from './types'

/**
 * How much of a course the app backs with a tool, counted from the catalogue alone:
 * - PSPO: experiments of the seven teaching modules (the closing module's are about the assessment)
 *   that point to a place in the app; the rest are conversations or wait for a tool.
 * - the other tracks: targets linked to a place other than the journal, fully (no gap recorded) or
 *   partly (a gap recorded).
 */
export interface ExperimentCoverage {
  total: number
  withTool: number
  conversations: number
  noToolYet: number
}

export interface TargetCoverage {
  total: number
  /** Backed by a tool, fully or partly. */
  backed: number
  partly: number
}

export interface CourseCoverage {
  pspoExperiments: ExperimentCoverage
  targets: Record<Exclude<TrackId, 'pspo'>, TargetCoverage>
}

/** The PSPO module whose experiments concern the assessment rather than the product. */
const CLOSING = 'pspo/closing'

const backedByTool = (target: PracticeTarget) => target.places.some((place) => place.route !== '/practice/journal')

function targetCoverage(track: PracticeTrack): TargetCoverage {
  const backed = track.targets.filter(backedByTool)
  return { total: track.targets.length, backed: backed.length, partly: backed.filter((t) => t.gap !== null).length }
}

export function courseCoverage(tracks: readonly PracticeTrack[]): CourseCoverage {
  const byId = (id: TrackId) => tracks.find((t) => t.id === id)
  const experiments = (byId('pspo')?.targets ?? []).filter((t) => t.key !== CLOSING).flatMap((t) => t.experiments)
  const empty: TargetCoverage = { total: 0, backed: 0, partly: 0 }
  const of = (id: Exclude<TrackId, 'pspo'>) => {
    const track = byId(id)
    return track ? targetCoverage(track) : empty
  }
  return {
    pspoExperiments: {
      total: experiments.length,
      withTool: experiments.filter((e) => e.place !== null).length,
      conversations: experiments.filter((e) => e.conversation).length,
      noToolYet: experiments.filter((e) => e.place === null && !e.conversation).length
    },
    targets: { 'qspo-1': of('qspo-1'), 'qspo-2': of('qspo-2'), cspo: of('cspo') }
  }
}
