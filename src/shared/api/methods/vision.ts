import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import {
  BOARD_FIELDS,
  BOX_FIELDS,
  CANVAS_FIELDS,
  MAX_VISION_FIELD_LENGTH,
  PITCH_FIELDS,
  VISION_SECTIONS
} from '../../domain/vision/content'
import { Reason, VersionSummaryFields, fieldDiff, versionComparison } from '../versioned'
import { ById, ByProduct } from './common'

const VisionText = z
  .string({ message: 'Write the field as text' })
  .max(
    MAX_VISION_FIELD_LENGTH,
    `Keep each vision field to ${MAX_VISION_FIELD_LENGTH.toLocaleString('en')} characters or fewer`
  )
  .default('')

function textFields<K extends string>(keys: readonly K[]) {
  return z.object(Object.fromEntries(keys.map((key) => [key, VisionText])) as Record<K, typeof VisionText>).strict()
}

/** The whole vision; a missing field is saved as empty text. */
export const VisionContent = z
  .object({
    pitch: textFields(PITCH_FIELDS).prefault({}),
    board: textFields(BOARD_FIELDS).prefault({}),
    box: textFields(BOX_FIELDS).prefault({}),
    canvas: textFields(CANVAS_FIELDS).prefault({})
  })
  .strict()
export type VisionContent = z.infer<typeof VisionContent>

export const VisionVersionSummary = z.object({ ...VersionSummaryFields, productId: s.Id })
export type VisionVersionSummary = z.infer<typeof VisionVersionSummary>

export const VisionVersion = VisionVersionSummary.extend({ content: VisionContent })
export type VisionVersion = z.infer<typeof VisionVersion>

export const VisionState = z.object({
  productId: s.Id,
  /** The latest saved content, or every field empty when nothing was saved yet. */
  content: VisionContent,
  latest: VisionVersionSummary.nullable()
})
export type VisionState = z.infer<typeof VisionState>

export const FieldDiff = fieldDiff(VISION_SECTIONS)
export type FieldDiff = z.infer<typeof FieldDiff>

export const VisionComparison = versionComparison(VisionVersionSummary, FieldDiff)
export type VisionComparison = z.infer<typeof VisionComparison>

export const ShortText = (what: string, max = 500) =>
  z
    .string({ message: `Write the ${what} as text` })
    .trim()
    .max(max, `Keep the ${what} to ${max.toLocaleString('en')} characters or fewer`)

export const visionMethods = {
  'vision.get': defineMethod({
    summary: "A product's current vision (empty fields when none was saved yet) and its latest version.",
    input: ByProduct,
    output: VisionState
  }),

  'vision.save': defineMethod({
    summary: 'Save the whole vision as a new version with the reason for the change.',
    input: z
      .object({
        productId: s.Id,
        content: VisionContent,
        reason: Reason('the vision changed', '"Interviews showed parents book, not swimmers"')
      })
      .strict(),
    output: VisionVersion
  }),

  'vision.versions': defineMethod({
    summary: 'Every saved version of the vision, newest first.',
    input: ByProduct,
    output: z.array(VisionVersionSummary)
  }),

  'vision.version': defineMethod({
    summary: 'One saved version with its full content.',
    input: ById,
    output: VisionVersion
  }),

  'vision.compare': defineMethod({
    summary: 'Word-level differences, field by field, between two versions of the same product.',
    input: z.object({ fromVersionId: s.Id, toVersionId: s.Id }).strict(),
    output: VisionComparison
  })
} as const
