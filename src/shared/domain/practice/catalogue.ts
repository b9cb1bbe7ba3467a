import { CSPO, CSPO_TOPIC_TO_GOAL } from './cspo'
import { PLACES, type PracticePlace } from './places'
import { PSPO } from './pspo'
import { QSPO_1, QSPO_2 } from './qspo'
import type { TrackId, TrackSpec } from './types'

export interface Experiment {
  /** Unique within its assignment. */
  key: string
  text: string
  /** Where in the app it is carried out; null when no tool holds it (see `conversation`). */
  place: PracticePlace | null
  /** True for a conversation or reflection that only the journal holds; false with no place means the app lacks the tool. */
  conversation: boolean
}

/** An assignment, learning outcome or learning goal, ready to show and to link a journal entry to. */
export interface PracticeTarget {
  /** `track/slug`, e.g. `pspo/assumptions`; what journal entries store. */
  key: string
  trackId: TrackId
  group: string
  title: string
  summary: string | null
  places: readonly PracticePlace[]
  /** What the app lacks for this target, when its places cover it only partly; null when they cover it. */
  gap: string | null
  experiments: readonly Experiment[]
}

export interface PracticeTrack {
  id: TrackId
  name: string
  shortName: string
  summary: string
  targetNoun: TrackSpec['targetNoun']
  targets: readonly PracticeTarget[]
}

function resolve(spec: TrackSpec): PracticeTrack {
  return {
    id: spec.id,
    name: spec.name,
    shortName: spec.shortName,
    summary: spec.summary,
    targetNoun: spec.targetNoun,
    targets: spec.targets.map((t) => ({
      key: `${spec.id}/${t.slug}`,
      trackId: spec.id,
      group: t.group,
      title: t.title,
      summary: t.summary ?? null,
      places: t.places.map((name) => PLACES[name]),
      gap: t.gap ?? null,
      experiments: (t.experiments ?? []).map(([key, text, tool]) => ({
        key,
        text,
        place: tool === 'talk' || tool === 'no-tool-yet' ? null : PLACES[tool],
        conversation: tool === 'talk'
      }))
    }))
  }
}

/** Every course track, in the order the app lists them. */
export const TRACKS: readonly PracticeTrack[] = [PSPO, QSPO_1, QSPO_2, CSPO].map(resolve)

const TARGETS = new Map(TRACKS.flatMap((track) => track.targets.map((target) => [target.key, target] as const)))

export function findTrack(id: TrackId): PracticeTrack {
  const track = TRACKS.find((t) => t.id === id)
  if (!track) throw new Error(`No practice track "${id}"`)
  return track
}

export function findTarget(key: string): PracticeTarget | undefined {
  return TARGETS.get(key)
}

/** Experiment keys that the target does not list, in the order given (empty when all are known). */
export function unknownExperiments(target: PracticeTarget, keys: readonly string[]): string[] {
  const known = new Set(target.experiments.map((e) => e.key))
  return keys.filter((key) => !known.has(key))
}

/**
 * The key a journal entry should hold today: CSPO entries started when the catalogue listed twenty
 * topics move to the learning goal that topic became; any other key stays as it is.
 */
export function currentTargetKey(key: string): string {
  const [track, slug] = key.split('/')
  const goal = track === 'cspo' && slug !== undefined ? CSPO_TOPIC_TO_GOAL[slug] : undefined
  return goal === undefined ? key : `cspo/${goal}`
}
