import type { DiffSegment } from '@shared/api/versioned'

export interface SideBySide {
  /** The older text: unchanged and removed words. */
  before: DiffSegment[]
  /** The newer text: unchanged and added words. */
  after: DiffSegment[]
  added: number
  removed: number
}

/** Splits one field's word differences into the two columns of a side-by-side view. */
export function sideBySide(segments: readonly DiffSegment[]): SideBySide {
  return {
    before: segments.filter((s) => s.kind !== 'added'),
    after: segments.filter((s) => s.kind !== 'removed'),
    added: segments.filter((s) => s.kind === 'added').length,
    removed: segments.filter((s) => s.kind === 'removed').length
  }
}

/** The fields to show: the changed ones, or all of them when asked. */
export function fieldsToShow<F extends { changed: boolean }>(fields: readonly F[], showUnchanged: boolean): F[] {
  return showUnchanged ? [...fields] : fields.filter((f) => f.changed)
}
