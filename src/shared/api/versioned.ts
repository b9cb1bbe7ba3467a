import { z } from 'zod'
import * as s from './schemas'

/**
 * Schemas shared by every document kept as numbered versions (the product vision, the strategy
 * canvases): a version's summary, word-level field differences and the comparison of two versions.
 */

export const Reason = (what: string, example: string) =>
  z
    .string({ message: `Say why ${what}` })
    .trim()
    .min(1, `Say why ${what}, e.g. ${example}`)
    .max(2000, 'Keep the reason to 2,000 characters or fewer')

export const VersionSummaryFields = {
  id: s.Id,
  /** 1 for the first saved version, counting up. */
  number: z.number().int().positive(),
  reason: z.string(),
  savedAt: s.IsoTime,
  /** Keys of the fields that differ from the version before (all non-empty fields for version 1). */
  changedFields: z.array(z.string())
}

export const DIFF_KINDS = ['same', 'added', 'removed'] as const
export const DiffSegment = z.object({ kind: z.enum(DIFF_KINDS), text: z.string() })
export type DiffSegment = z.infer<typeof DiffSegment>

export function fieldDiff<S extends readonly [string, ...string[]]>(sections: S) {
  return z.object({
    section: z.enum(sections),
    field: z.string(),
    key: z.string(),
    label: z.string(),
    changed: z.boolean(),
    before: z.string(),
    after: z.string(),
    /** Word-level differences, in reading order; joining every segment's text gives both texts' words. */
    segments: z.array(DiffSegment)
  })
}

/** Two versions and every field in display order; `changed` tells which ones differ. */
export function versionComparison<V extends z.ZodType, F extends z.ZodType>(summary: V, field: F) {
  return z.object({ from: summary, to: summary, fields: z.array(field) })
}
