import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { Reason, VersionSummaryFields, fieldDiff, versionComparison } from '../versioned'
import { BMC_BLOCKS, CANVAS_BLOCKS, CANVAS_KINDS, MAX_CANVAS_BLOCK_LENGTH, SWOT_BLOCKS, VPC_BLOCKS, type CanvasKind } from '../../domain/strategy/canvases'
import { ById } from './common'

// ---------------------------------------------------------------------------------------------
// Canvases: Business Model Canvas, Value Proposition Canvas and SWOT, each kept as versions

const BlockText = z
  .string({ message: 'Write the block as text' })
  .max(MAX_CANVAS_BLOCK_LENGTH, `Keep each block to ${MAX_CANVAS_BLOCK_LENGTH.toLocaleString('en')} characters or fewer`)
  .default('')

function blocks<K extends CanvasKind>(kind: K, keys: (typeof CANVAS_BLOCKS)[K]) {
  const shape = Object.fromEntries(keys.map((key) => [key, BlockText])) as Record<(typeof CANVAS_BLOCKS)[K][number], typeof BlockText>
  return z.object({ kind: z.literal(kind), ...shape }).strict()
}

/** A canvas's blocks; a missing block is saved as empty text. The kind must match the canvas's. */
export const CanvasContent = z.discriminatedUnion('kind', [blocks('bmc', BMC_BLOCKS), blocks('vpc', VPC_BLOCKS), blocks('swot', SWOT_BLOCKS)], {
  message: `Say which kind of canvas this is: ${CANVAS_KINDS.join(', ')}`
})
export type CanvasContent = z.infer<typeof CanvasContent>

const CanvasTitle = z
  .string({ message: 'Name the canvas' })
  .trim()
  .min(1, 'Name the canvas, e.g. "Lanes for lane swimmers"')
  .max(200, 'Keep the canvas name to 200 characters or fewer')

export const CanvasVersionSummary = z.object({ ...VersionSummaryFields, canvasId: s.Id })
export type CanvasVersionSummary = z.infer<typeof CanvasVersionSummary>

export const CanvasVersion = CanvasVersionSummary.extend({ content: CanvasContent })
export type CanvasVersion = z.infer<typeof CanvasVersion>

export const Canvas = z.object({
  id: s.Id,
  productId: s.Id,
  kind: z.enum(CANVAS_KINDS),
  title: z.string(),
  /** The persona a Value Proposition Canvas is written for; null when none (or it was removed). */
  personaId: s.Id.nullable(),
  personaName: z.string().nullable(),
  createdAt: s.IsoTime,
  updatedAt: s.IsoTime,
  latest: CanvasVersionSummary.nullable(),
  versionCount: z.number().int().nonnegative()
})
export type Canvas = z.infer<typeof Canvas>

export const CanvasState = z.object({
  canvas: Canvas,
  /** The latest saved content, or every block empty when nothing was saved yet. */
  content: CanvasContent
})
export type CanvasState = z.infer<typeof CanvasState>

export const CanvasFieldDiff = fieldDiff(CANVAS_KINDS)
export type CanvasFieldDiff = z.infer<typeof CanvasFieldDiff>

export const CanvasComparison = versionComparison(CanvasVersionSummary, CanvasFieldDiff)
export type CanvasComparison = z.infer<typeof CanvasComparison>

export const strategyMethods = {
  'strategy.canvases.list': defineMethod({
    summary: "A product's canvases of one kind (or all), oldest first, each with its latest version.",
    input: z.object({ productId: s.Id, kind: z.enum(CANVAS_KINDS).optional() }).strict(),
    output: z.array(Canvas)
  }),

  'strategy.canvases.create': defineMethod({
    summary: 'Start a Business Model Canvas, Value Proposition Canvas or SWOT analysis (empty until its first version is saved).',
    input: z.object({ productId: s.Id, kind: z.enum(CANVAS_KINDS), title: CanvasTitle, personaId: s.Id.nullable().default(null) }).strict(),
    output: Canvas
  }),

  'strategy.canvases.update': defineMethod({
    summary: "Rename a canvas or change the persona a Value Proposition Canvas is for (its versions stay as they are).",
    input: z.object({ id: s.Id, title: CanvasTitle.optional(), personaId: s.Id.nullable().optional() }).strict(),
    output: Canvas
  }),

  'strategy.canvases.delete': defineMethod({
    summary: 'Delete a canvas with all its versions.',
    input: ById,
    output: z.object({ deleted: s.Id })
  }),

  'strategy.canvases.get': defineMethod({
    summary: 'A canvas with its latest content (empty blocks before the first save).',
    input: ById,
    output: CanvasState
  }),

  'strategy.canvases.save': defineMethod({
    summary: 'Save the whole canvas as a new version with the reason for the change.',
    input: z
      .object({ canvasId: s.Id, content: CanvasContent, reason: Reason('the canvas changed', '"Interviews: parents book the lessons"') })
      .strict(),
    output: CanvasVersion
  }),

  'strategy.canvases.versions': defineMethod({
    summary: "Every saved version of a canvas, newest first.",
    input: z.object({ canvasId: s.Id }).strict(),
    output: z.array(CanvasVersionSummary)
  }),

  'strategy.canvases.version': defineMethod({
    summary: 'One saved canvas version with its full content.',
    input: ById,
    output: CanvasVersion
  }),

  'strategy.canvases.compare': defineMethod({
    summary: 'Word-level differences, block by block, between two versions of the same canvas.',
    input: z.object({ fromVersionId: s.Id, toVersionId: s.Id }).strict(),
    output: CanvasComparison
  })
} as const
