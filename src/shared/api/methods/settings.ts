import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { ESTIMATE_SCALES } from '../../domain/items/estimate-scale'
import { ByProduct } from './common'

export const DefinitionCriterion = z.object({ id: s.Id, text: z.string(), position: z.number().int() })

export const ProductSettings = z.object({
  productId: s.Id,
  estimateScale: z.enum(ESTIMATE_SCALES),
  /** Estimates above this are too big for one item (INVEST's Small). */
  estimateThreshold: z.number(),
  definitionOfReady: z.array(DefinitionCriterion),
  definitionOfDone: z.array(DefinitionCriterion)
})
export type ProductSettings = z.infer<typeof ProductSettings>

export const settingsMethods = {
  'settings.get': defineMethod({
    summary: "A product's estimate scale, size threshold and Definitions of Ready and Done.",
    input: ByProduct,
    output: ProductSettings
  }),

  'settings.update': defineMethod({
    summary: 'Change the estimate scale or the threshold above which an item is too big.',
    input: z
      .object({
        productId: s.Id,
        patch: z
          .object({
            estimateScale: z.enum(ESTIMATE_SCALES, { message: `Choose one of: ${ESTIMATE_SCALES.join(', ')}` }),
            estimateThreshold: z
              .number()
              .positive('The threshold must be above 0')
              .max(100, 'Keep the threshold at 100 or below')
          })
          .partial()
          .strict()
      })
      .strict(),
    output: ProductSettings
  })
} as const
