import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { ITEM_TYPES } from '../../domain/backlog'
import { DEEP_LETTERS } from '../../domain/deep/types'
import { INVEST_LETTERS } from '../../domain/invest/check'
import { SPLIT_PATTERNS } from '../../domain/splitting/patterns'
import { ById, ByProduct } from './common'
import { FeedbackTrace } from './sprint-reviews'

const CriterionText = z
  .string()
  .trim()
  .min(1, 'Write the criterion or remove it')
  .max(2000, 'Keep a criterion to 2000 characters or fewer; split it into several')

const NotDoneReason = z
  .string()
  .trim()
  .min(1, 'Say which part of the Definition of Done the item does not meet')
  .max(1000, 'Keep the reason to 1000 characters or fewer')

export const DoneChecks = z.array(s.Id).max(100, 'A Definition of Done has at most 100 lines to confirm')

const ItemRef = z.object({ id: s.Id, key: z.string(), type: z.enum(ITEM_TYPES), title: z.string(), stateId: s.Id })

/** Everything the detail panel shows about one item. */
export const ItemDetail = z.object({
  item: s.BacklogItem,
  notes: z.string(),
  /** In order; each is a Given / When / Then scenario or a plain statement. */
  criteria: z.array(z.object({ id: s.Id, text: z.string() })),
  parent: ItemRef.nullable(),
  children: z.array(ItemRef.extend({ estimate: z.number().nullable() })),
  /** The children's estimates summed up (null without children); unestimated counts the leaves without one. */
  rollUp: z.object({ points: z.number(), unestimated: z.number().int().nonnegative() }).nullable(),
  /** Items this one blocks, and items that block it (done ones no longer count as blocking). */
  blocks: z.array(ItemRef),
  blockedBy: z.array(ItemRef.extend({ done: z.boolean() })),
  /** The product's Definition of Ready, line by line, with whether this item meets each. */
  readyChecks: z.array(z.object({ criterionId: s.Id, text: z.string(), met: z.boolean() })),
  /** Sprint Review feedback that made or changed this item: who asked for what, oldest first. */
  requestedBy: z.array(FeedbackTrace)
})
export type ItemDetail = z.infer<typeof ItemDetail>

const Link = z.object({ blockerId: s.Id, blockedId: s.Id }).strict()

const EstimateFilter = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }).strict(),
  z
    .object({
      kind: z.literal('range'),
      min: z.number().nonnegative().optional(),
      max: z.number().nonnegative().optional()
    })
    .strict()
    .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, {
      message: 'The lowest estimate must not be above the highest',
      path: ['max']
    })
])

export const BacklogFilters = z
  .object({
    types: z.array(z.enum(ITEM_TYPES)).max(ITEM_TYPES.length),
    stateIds: z.array(s.Id).max(50),
    labels: z.array(z.string().trim().min(1, 'A label filter needs a name').max(40)).max(20),
    ready: z.boolean(),
    estimate: EstimateFilter,
    /** Items of any of these teams; 'none' for items no team has. */
    teams: z
      .array(z.union([s.Id, z.literal('none')], { message: "Choose a team, or 'none' for items without one" }))
      .max(50)
  })
  .partial()
  .strict()
export type BacklogFilters = z.infer<typeof BacklogFilters>

export const SearchText = z.string().max(500, 'Keep the search to 500 characters or fewer')

const SnippetPart = z.object({ text: z.string(), match: z.boolean() })

export const SearchHit = z.object({
  id: s.Id,
  /** Where the text matched outside the title, with the matched words marked; null for filters only or title matches. */
  snippet: z.object({ field: z.enum(['description', 'criteria']), parts: z.array(SnippetPart) }).nullable()
})
export type SearchHit = z.infer<typeof SearchHit>

const LabelName = z.string().trim().min(1, 'Give the label a name').max(40, 'Keep a label to 40 characters or fewer')

const Rating = z.enum(['good', 'attention', 'poor'])

const Finding = z.object({
  rule: z.string(),
  severity: z.enum(['good', 'attention', 'poor', 'info']),
  evidence: z.string(),
  nextStep: z.string(),
  /** The guide and section the advice follows, to look it up. */
  source: z.string(),
  /** At most 50 of the items behind the finding; itemCount is exact. */
  itemIds: z.array(s.Id),
  itemCount: z.number().int().nonnegative()
})

const LetterHealth = z.object({
  letter: z.enum(DEEP_LETTERS),
  name: z.string(),
  score: z.number().int().min(0).max(100).nullable(),
  rating: Rating.nullable(),
  summary: z.string(),
  findings: z.array(Finding)
})

export const BacklogHealth = z.object({
  top: z.object({
    count: z.number().int().nonnegative(),
    basis: z.enum(['requested', 'throughput', 'default']),
    explanation: z.string()
  }),
  openCount: z.number().int().nonnegative(),
  /** Detailed appropriately, Estimated, Emergent, Prioritised. */
  letters: z.array(LetterHealth),
  /** Arrivals and departures per week (Monday first), oldest first. */
  weekly: z.array(z.object({ period: z.string(), arrivals: z.number().int(), departures: z.number().int() })),
  /** The items the findings name: title, place among the open items (null when done or removed). */
  items: z.array(
    z.object({ id: s.Id, title: z.string(), position: z.number().int().positive().nullable(), removed: z.boolean() })
  ),
  /** INVEST over the top items. */
  invest: z.object({
    checked: z.number().int().nonnegative(),
    letters: z.array(
      z.object({
        letter: z.enum(INVEST_LETTERS),
        name: z.string(),
        failing: z.number().int().nonnegative(),
        warning: z.number().int().nonnegative(),
        itemIds: z.array(s.Id)
      })
    )
  })
})
export type BacklogHealth = z.infer<typeof BacklogHealth>

const SplitChild = z
  .object({
    title: s.ItemTitle,
    estimate: s.Estimate.nullable().default(null),
    type: z.enum(['story', 'spike'], { message: 'A child of a split is a story or a spike' }).default('story')
  })
  .strict()

const Label = z.string()

export const UndoState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  /** What undo would take back, e.g. `move of “Checkout”`; null when there is nothing. */
  undoLabel: Label.nullable(),
  redoLabel: Label.nullable()
})
export type UndoState = z.infer<typeof UndoState>

export const backlogMethods = {
  'backlog.list': defineMethod({
    summary: "A product's backlog in the Product Owner's order, with what each row shows.",
    input: ByProduct,
    output: z.array(s.BacklogListItem)
  }),

  'backlog.get': defineMethod({
    summary: 'One backlog item.',
    input: ById,
    output: s.BacklogItem
  }),

  'backlog.create': defineMethod({
    summary: 'Add an item at the top or the bottom of the backlog.',
    input: z
      .object({
        productId: s.Id,
        type: z.enum(ITEM_TYPES).default('story'),
        title: s.ItemTitle,
        description: z.string().max(20000).default(''),
        estimate: s.Estimate.nullable().default(null),
        stateId: s.Id.optional(),
        teamId: s.Id.nullable().default(null),
        placement: z.enum(['top', 'bottom']).default('bottom')
      })
      .strict(),
    output: s.BacklogItem
  }),

  'backlog.update': defineMethod({
    summary:
      'Change fields of an item in one step; a status change is recorded with its time. A done state needs confirmDone (the Definition of Done is met), and doneChecks naming each line when the item’s team adds lines of its own; an item that does not meet it goes back to the Product Backlog with notDone and the reason.',
    input: z
      .object({
        id: s.Id,
        patch: z
          .object({
            type: z.enum(ITEM_TYPES),
            title: s.ItemTitle,
            description: z.string().max(20000),
            estimate: s.Estimate.nullable(),
            stateId: s.Id,
            parentId: s.Id.nullable(),
            /** The Scrum Team that has the item; null for none. */
            teamId: s.Id.nullable(),
            notes: z.string().max(20000, 'Keep the notes to 20000 characters or fewer'),
            /** The whole ordered list; it replaces the item's criteria. */
            criteria: z.array(CriterionText).max(50, 'Keep it to 50 criteria or fewer; split the item'),
            /** Label names; a name the product does not have yet is created. */
            labels: z.array(LabelName).max(20, 'Keep it to 20 labels or fewer'),
            /** Ids of the Definition of Ready lines the item meets; the others are unmet. */
            readyChecks: z.array(s.Id).max(100)
          })
          .partial()
          .strict(),
        /** The Definition of Done is met; needed when the new status is a done state. */
        confirmDone: z.literal(true, { message: 'Pass true to confirm the Definition of Done' }).optional(),
        /** The Definition of Done lines confirmed, by id; needed for a team's additions, and then every line that applies. */
        doneChecks: DoneChecks.optional(),
        /**
         * The item does not meet the Definition of Done, so it is not part of the Increment: it goes back
         * to the Product Backlog (the first to-do state) and this reason is kept in its history.
         */
        notDone: NotDoneReason.optional()
      })
      .strict(),
    output: s.BacklogItem
  }),

  'backlog.move': defineMethod({
    summary:
      'Place an item right after afterId (or right before beforeId when afterId is null); writes only the moved row.',
    input: z.object({ id: s.Id, afterId: s.Id.nullable(), beforeId: s.Id.nullable() }).strict(),
    output: s.BacklogItem
  }),

  'backlog.delete': defineMethod({
    summary: 'Delete an item; it can be restored with backlog.restore.',
    input: ById,
    output: z.object({ deleted: s.Id })
  }),

  'backlog.restore': defineMethod({
    summary: 'Bring back a deleted item at its old place.',
    input: ById,
    output: s.BacklogItem
  }),

  'backlog.detail': defineMethod({
    summary: 'One item with its criteria, parent and children, links, Ready checks and notes.',
    input: ById,
    output: ItemDetail
  }),

  'backlog.link': defineMethod({
    summary: 'Record that blockerId blocks blockedId (both of one product; no self-links or cycles).',
    input: Link,
    output: z.object({ blockerId: s.Id, blockedId: s.Id })
  }),

  'backlog.links': defineMethod({
    summary: 'Every "blocks" link between a product\'s live items, blocker first, in backlog order.',
    input: ByProduct,
    output: z.array(z.object({ blockerId: s.Id, blockedId: s.Id }))
  }),

  'backlog.unlink': defineMethod({
    summary: 'Remove a "blocks" link.',
    input: Link,
    output: z.object({ removed: z.boolean() })
  }),

  'backlog.history': defineMethod({
    summary: "An item's recorded status changes, oldest first.",
    input: ById,
    output: z.array(s.StatusChange)
  }),

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
          .refine((p) => Object.values(p).some((v) => v !== undefined && !(Array.isArray(v) && v.length === 0)), {
            message: 'Say what to change'
          }),
        confirmDone: z.literal(true, { message: 'Pass true to confirm the Definition of Done' }).optional(),
        doneChecks: DoneChecks.optional()
      })
      .strict(),
    output: z.object({ updated: z.number().int().nonnegative() })
  }),

  'backlog.health': defineMethod({
    summary:
      'DEEP health of a backlog: each letter scored with its evidence, the items behind it and a next step; arrivals and departures per week; INVEST over the top items.',
    input: z
      .object({
        productId: s.Id,
        /** Without it, the top is about two Sprints of recent throughput (20 items without enough history). */
        topN: z
          .number({ message: 'Give the number of top items as a number' })
          .int('The number of top items must be a whole number')
          .min(1, 'Look at least at the top item')
          .max(500, 'Look at most at the top 500 items')
          .optional()
      })
      .strict(),
    output: BacklogHealth
  }),

  'backlog.split': defineMethod({
    summary:
      'Split an item into children placed right under it, in order: stories (or a spike) with its labels. The item keeps its history; a story becomes a feature.',
    input: z
      .object({
        itemId: s.Id,
        pattern: z.enum(SPLIT_PATTERNS, { message: `Choose a pattern: ${SPLIT_PATTERNS.join(', ')}` }),
        children: z
          .array(SplitChild)
          .min(2, 'A split gives at least two smaller items')
          .max(20, 'Keep a split to 20 items or fewer')
      })
      .strict(),
    output: z.object({ parent: s.BacklogItem, children: z.array(s.BacklogItem) })
  }),

  'backlog.undo': defineMethod({
    summary: "Take back the product's latest backlog edit (its items' rows return exactly as they were).",
    input: ByProduct,
    output: z.object({ label: Label })
  }),

  'backlog.redo': defineMethod({
    summary: 'Make the edit undone last again; a new edit since then ends the redo history.',
    input: ByProduct,
    output: z.object({ label: Label })
  }),

  'backlog.undoState': defineMethod({
    summary: 'Whether there is an edit to undo or redo, and what it was.',
    input: ByProduct,
    output: UndoState
  })
} as const
