import type { PlaceName } from './places'

export const TRACK_IDS = ['pspo', 'qspo-1', 'qspo-2', 'cspo'] as const
export type TrackId = (typeof TRACK_IDS)[number]

/** One assignment (PSPO), learning outcome (QSPO) or learning goal (CSPO), as written in a catalogue module. */
export interface TargetSpec {
  slug: string
  /** The module or domain it belongs to. */
  group: string
  title: string
  summary?: string
  places: readonly PlaceName[]
  /** `[slug, text]` pairs; only PSPO assignments list experiments. */
  experiments?: ReadonlyArray<readonly [string, string]>
}

export interface TrackSpec {
  id: TrackId
  name: string
  shortName: string
  summary: string
  /** What the track calls its targets, for sentences such as "3 of 8 assignments have evidence". */
  targetNoun: 'assignment' | 'learning outcome' | 'learning goal'
  targets: readonly TargetSpec[]
}
