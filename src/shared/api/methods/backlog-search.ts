import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { ITEM_TYPES } from '../../domain/backlog'
import { DoneChecks } from './backlog'
import { ByProduct } from './common'

const EstimateFilter = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }).strict(),
  z
    .object({ kind: z.literal('range'), min: z.number().nonnegative().optional(), max: z.number().nonnegative().optional() })
    .strict()
    .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, { message: 'The lowest estimate must not be above the highest', path: ['max'] })
])

export const BacklogFilters = z
  .object({
    types: z.array(z.enum(ITEM_TYPES)).max(ITEM_TYPES.length),
    stateIds: z.array(s.Id).max(50),
    labels: z.array(z.string().trim().min(1, 'A label filter needs a name').max(40)).max(20),
    ready: z.boolean(),
    estimate: EstimateFilter,
    /** Items of any of these teams; 'none' for items no team has. */
    teams: z.array(z.union([s.Id, z.literal('none')], { message: "Choose a team, or 'none' for items without one" })).max(50)
  })
  .partial()
  .strict()
export type BacklogFilters = z.infer<typeof BacklogFilters>

const SearchText = z.string().max(500, 'Keep the search to 500 characters or fewer')

const SnippetPart = z.object({ text: z.string(), match: z.boolean() })

export const SearchHit = z.object({
  id: s.Id,
  /** Where the text matched outside the title, with the matched words marked; null for filters only or title matches. */
  snippet: z.object({ field: z.enum(['description', 'criteria']), parts: z.array(SnippetPart) }).nullable()
})
export type SearchHit = z.infer<typeof SearchHit>

export const SavedFilter = z.object({ id: s.Id, productId: s.Id, name: z.string(), query: z.string(), filters: BacklogFilters, createdAt: s.IsoTime })
export type SavedFilter = z.infer<typeof SavedFilter>

const LabelName = z.string().trim().min(1, 'Give the label a name').max(40, 'Keep a label to 40 characters or fewer')

export const backlogSearchMethods = {
  'backlog.search': defineMethod({
    summary:
      'Items matching words (in titles, descriptions and acceptance criteria; each word matches as a prefix, "quoted words" as a phrase) and filters, in backlog order; an item key (PB-12) finds that item.',
    input: z.object({ productId: s.Id, query: SearchText.default(''), filters: BacklogFilters.default({}) }).strict(),
    output: z.array(SearchHit)
  }),

  'backlog.bulkUpdate': defineMethod({
    summary:
      'Change the type, status, estimate or team of several items, or add and remove labels, in one step that one undo reverts. A done status needs confirmDone (and doneChecks for teams that add to the Definition of Done): only items that meet the Definition of Done are done.',
    input: z
      .object({
        ids: z.array(s.Id).min(1, 'Select at least one item').max(5000, 'Edit at most 5000 items at a time'),
        patch: z
          .object({
            type: z.enum(ITEM_TYPES),
            stateId: s.Id,
            estimate: s.Estimate.nullable(),
            /** The Scrum Team that takes the items; null for none. */
            teamId: s.Id.nullable(),
            addLabels: z.array(LabelName).max(20),
            removeLabels: z.array(LabelName).max(20)
          })
          .partial()
          .strict()
          .refine((p) => Object.values(p).some((v) => v !== undefined && !(Array.isArray(v) && v.length === 0)), { message: 'Say what to change' }),
        confirmDone: z.literal(true, { message: 'Pass true to confirm the Definition of Done' }).optional(),
        doneChecks: DoneChecks.optional()
      })
      .strict(),
    output: z.object({ updated: z.number().int().nonnegative() })
  }),

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
