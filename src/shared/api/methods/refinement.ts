import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { SPLIT_PATTERNS } from '../../domain/splitting/patterns'

const SplitChild = z
  .object({
    title: s.ItemTitle,
    estimate: s.Estimate.nullable().default(null),
    type: z.enum(['story', 'spike'], { message: 'A child of a split is a story or a spike' }).default('story')
  })
  .strict()

export const refinementMethods = {
  'backlog.split': defineMethod({
    summary:
      'Split an item into children placed right under it, in order: stories (or a spike) with its labels. The item keeps its history; a story becomes a feature.',
    input: z
      .object({
        itemId: s.Id,
        pattern: z.enum(SPLIT_PATTERNS, { message: `Choose a pattern: ${SPLIT_PATTERNS.join(', ')}` }),
        children: z.array(SplitChild).min(2, 'A split gives at least two smaller items').max(20, 'Keep a split to 20 items or fewer')
      })
      .strict(),
    output: z.object({ parent: s.BacklogItem, children: z.array(s.BacklogItem) })
  }),

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
