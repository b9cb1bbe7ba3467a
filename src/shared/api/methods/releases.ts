import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { isIsoDay } from '../../domain/flow/dates'
import { ById, ByProduct } from './common'

const ReleaseName = z
  .string()
  .trim()
  .min(1, 'Give the release a name')
  .max(120, 'Keep the release name to 120 characters or fewer')

const TargetDate = z.string().refine(isIsoDay, { message: 'Write the date as YYYY-MM-DD, e.g. 2026-03-31' })

export const Release = z.object({
  id: s.Id,
  productId: s.Id,
  name: z.string(),
  /** YYYY-MM-DD or null when not set. */
  targetDate: z.string().nullable(),
  createdAt: s.IsoTime
})
export type Release = z.infer<typeof Release>

export const releasesMethods = {
  'releases.list': defineMethod({
    summary: 'A product’s releases, by target date (undated last).',
    input: ByProduct,
    output: z.array(Release)
  }),

  'releases.create': defineMethod({
    summary: 'Add a release to a product.',
    input: z.object({ productId: s.Id, name: ReleaseName, targetDate: TargetDate.nullable().default(null) }).strict(),
    output: Release
  }),

  'releases.update': defineMethod({
    summary: 'Rename a release or change its target date.',
    input: z
      .object({
        id: s.Id,
        patch: z.object({ name: ReleaseName, targetDate: TargetDate.nullable() }).partial().strict()
      })
      .strict(),
    output: Release
  }),

  'releases.delete': defineMethod({
    summary: 'Delete a release; its items stay, without a release (recorded in the score history).',
    input: ById,
    output: z.object({ deleted: s.Id })
  })
} as const
