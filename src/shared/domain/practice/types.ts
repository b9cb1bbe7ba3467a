import type { PlaceName } from './places'

export const TRACK_IDS = ['pspo', 'qspo-1', 'qspo-2', 'cspo'] as const
export type TrackId = (typeof TRACK_IDS)[number]

/**
 * Where an experiment is carried out: a place in the app; `talk` when it is a conversation or a
 * reflection that only the journal can hold; `no-tool-yet` when a tool could hold it but the app has
 * none (so the coverage count shows what is still missing).
 */
export type ExperimentTool = PlaceName | 'talk' | 'no-tool-yet'

/** One assignment (PSPO), learning outcome (QSPO) or learning goal (CSPO), as written in a catalogue module. */
export interface TargetSpec {
  slug: string
  /** The module or domain it belongs to. */
  group: string
  title: string
  summary?: string
  places: readonly PlaceName[]
  /** What the app lacks for it, when its places cover it only partly; absent when they cover it. */
  gap?: string
  /** `[slug, text, tool]`; only PSPO assignments list experiments. */
  experiments?: ReadonlyArray<readonly [string, string, ExperimentTool]>
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
