import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { ITEM_TYPES } from '../../domain/backlog'
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

const LabelName = z.string().trim().min(1, 'Give the label a name').max(40, 'Keep a label to 40 characters or fewer')

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

export const Label = z.object({ id: s.Id, name: z.string(), itemCount: z.number().int().nonnegative() })
export type Label = z.infer<typeof Label>

const Link = z.object({ blockerId: s.Id, blockedId: s.Id }).strict()

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
    summary: 'Place an item right after afterId (or right before beforeId when afterId is null); writes only the moved row.',
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
    summary: "Every \"blocks\" link between a product's live items, blocker first, in backlog order.",
    input: ByProduct,
    output: z.array(z.object({ blockerId: s.Id, blockedId: s.Id }))
  }),

  'backlog.unlink': defineMethod({
    summary: 'Remove a "blocks" link.',
    input: Link,
    output: z.object({ removed: z.boolean() })
  }),

  'labels.list': defineMethod({
    summary: "A product's labels by name, with how many live items carry each.",
    input: ByProduct,
    output: z.array(Label)
  }),

  'backlog.history': defineMethod({
    summary: "An item's recorded status changes, oldest first.",
    input: ById,
    output: z.array(s.StatusChange)
  })
} as const
