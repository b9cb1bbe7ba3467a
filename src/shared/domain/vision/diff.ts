import { VISION_FIELD_REFS, visionFieldValue, type VisionContent, type VisionFieldRef } from './content'

/**
 * A word-level diff (longest common subsequence) between two texts. Words and the whitespace between
 * them are both tokens, so line breaks count as changes too. Joining the `same` and `added` segments
 * gives the newer text exactly; `same` and `removed` give the older one.
 */

export type DiffKind = 'same' | 'added' | 'removed'

export interface DiffSegment {
  kind: DiffKind
  text: string
}

const tokenize = (text: string): string[] => text.match(/\s+|\S+/g) ?? []
const isBlank = (text: string) => /^\s*$/.test(text)

/** Token-level operations of the LCS alignment, in reading order (removals before additions). */
function alignTokens(a: string[], b: string[]): DiffSegment[] {
  // Common ends are the usual case for edited text; trimming them keeps the table small.
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const rows = endA - start
  const cols = endB - start
  const width = cols + 1
  // lcs[i * width + j]: length of the LCS of a[start+i..endA) and b[start+j..endB).
  const lcs = new Uint32Array((rows + 1) * width)
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[start + i] === b[start + j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!)
    }
  }

  const ops: DiffSegment[] = a.slice(0, start).map((text) => ({ kind: 'same', text }))
  let i = 0
  let j = 0
  while (i < rows || j < cols) {
    if (i < rows && j < cols && a[start + i] === b[start + j]) {
      ops.push({ kind: 'same', text: b[start + j]! })
      i++
      j++
    } else if (j === cols || (i < rows && lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!)) {
      ops.push({ kind: 'removed', text: a[start + i]! })
      i++
    } else {
      ops.push({ kind: 'added', text: b[start + j]! })
      j++
    }
  }
  for (const text of b.slice(endB)) ops.push({ kind: 'same', text })
  return ops
}

/**
 * Groups the operations into readable segments: a run of changes becomes one removed and one added
 * segment, and a lone space between two changes joins the run instead of splitting it word by word.
 */
function groupSegments(ops: DiffSegment[]): DiffSegment[] {
  const segments: DiffSegment[] = []
  let removed = ''
  let added = ''
  const flush = () => {
    if (removed) segments.push({ kind: 'removed', text: removed })
    if (added) segments.push({ kind: 'added', text: added })
    removed = ''
    added = ''
  }
  ops.forEach((op, index) => {
    if (op.kind === 'removed') removed += op.text
    else if (op.kind === 'added') added += op.text
    else {
      const inRun = (removed || added) && isBlank(op.text) && ops[index + 1] && ops[index + 1]!.kind !== 'same'
      if (inRun) {
        removed += op.text
        added += op.text
        return
      }
      flush()
      const last = segments[segments.length - 1]
      if (last?.kind === 'same') last.text += op.text
      else segments.push({ kind: 'same', text: op.text })
    }
  })
  flush()
  return segments
}

export function wordDiff(before: string, after: string): DiffSegment[] {
  return groupSegments(alignTokens(tokenize(before), tokenize(after)))
}

/** A field of a versioned document (the vision, the product definition): its key and the label it shows. */
export interface FieldRef {
  key: string
  label: string
}

export type FieldDiff<R extends FieldRef> = R & {
  changed: boolean
  before: string
  after: string
  segments: DiffSegment[]
}

/** Every field in display order with its word diff. */
export function compareFields<C, R extends FieldRef>(
  refs: readonly R[],
  valueOf: (content: C, ref: R) => string,
  from: C,
  to: C
): Array<FieldDiff<R>> {
  return refs.map((ref) => {
    const before = valueOf(from, ref)
    const after = valueOf(to, ref)
    return { ...ref, changed: before !== after, before, after, segments: wordDiff(before, after) }
  })
}

/** Keys of the fields that differ; against nothing, the fields that have text. */
export function changedFields<C, R extends FieldRef>(
  refs: readonly R[],
  valueOf: (content: C, ref: R) => string,
  previous: C | null,
  next: C
): string[] {
  return refs
    .filter((ref) => (previous ? valueOf(previous, ref) !== valueOf(next, ref) : valueOf(next, ref).trim() !== ''))
    .map((ref) => ref.key)
}

export type VisionFieldDiff = FieldDiff<VisionFieldRef>

export const compareVisionContent = (from: VisionContent, to: VisionContent): VisionFieldDiff[] =>
  compareFields(VISION_FIELD_REFS, visionFieldValue, from, to)

/** Keys (`section.field`) of the vision fields that differ; against nothing, the fields that have text. */
export const changedVisionFields = (previous: VisionContent | null, next: VisionContent): string[] =>
  changedFields(VISION_FIELD_REFS, visionFieldValue, previous, next)
