import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'

export const refinementMethods = {
  'refinement.saveEstimates': defineMethod({
    summary: 'Save several estimates at once (bucket estimation), as one edit that can be undone.',
    input: z
      .object({
        productId: s.Id,
        estimates: z
          .array(z.object({ itemId: s.Id, estimate: s.Estimate }).strict())
          .min(1, 'Put at least one item in a bucket')
          .max(500, 'Save at most 500 estimates at once')
      })
      .strict(),
    output: z.object({ saved: z.number().int().nonnegative() })
  })
} as const
