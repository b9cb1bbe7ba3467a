import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { ByProduct } from './common'
import { BacklogFilters, SearchText } from './backlog'

export const SavedFilter = z.object({
  id: s.Id,
  productId: s.Id,
  name: z.string(),
  query: z.string(),
  filters: BacklogFilters,
  createdAt: s.IsoTime
})
export type SavedFilter = z.infer<typeof SavedFilter>

export const filtersMethods = {
  'filters.list': defineMethod({
    summary: "A product's saved filters by name.",
    input: ByProduct,
    output: z.array(SavedFilter)
  }),

  'filters.save': defineMethod({
    summary: 'Save the search text and filters under a name; saving under an existing name replaces that filter.',
    input: z
      .object({
        productId: s.Id,
        name: z.string().trim().min(1, 'Give the filter a name').max(60, 'Keep the name to 60 characters or fewer'),
        query: SearchText.default(''),
        filters: BacklogFilters.default({})
      })
      .strict(),
    output: SavedFilter
  }),

  'filters.delete': defineMethod({
    summary: 'Delete a saved filter.',
    input: z.object({ id: s.Id }).strict(),
    output: z.object({ deleted: s.Id })
  })
} as const
