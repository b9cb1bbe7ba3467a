import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { GOAL_STATUSES } from '../../domain/vision/goals'
import { DEFAULT_TOP_ITEMS } from '../../domain/vision/alignment'
import { ById, ByProduct } from './common'
import { IsoDay } from './common'
import { Reason } from '../versioned'
import { ShortText } from './vision'

const GoalTitle = z
  .string({ message: 'Write the Product Goal' })
  .trim()
  .min(1, 'Write the Product Goal, e.g. "Members book a lane in under a minute"')
  .max(300, 'Keep the Product Goal to 300 characters or fewer; put detail in the description')

const GoalFields = {
  title: GoalTitle,
  description: ShortText('description', 4000).default(''),
  /** What is measured, e.g. "share of bookings made online". */
  measure: ShortText('measure').default(''),
  baseline: ShortText('baseline', 200).default(''),
  target: ShortText('target', 200).default(''),
  targetDate: IsoDay.nullable().default(null)
}

export const ProductGoal = z.object({
  id: s.Id,
  productId: s.Id,
  title: z.string(),
  description: z.string(),
  measure: z.string(),
  baseline: z.string(),
  target: z.string(),
  targetDate: z.string().nullable(),
  status: z.enum(GOAL_STATUSES),
  /** Why it was achieved or abandoned; null while draft or active. */
  endReason: z.string().nullable(),
  activatedAt: s.IsoTime.nullable(),
  endedAt: s.IsoTime.nullable(),
  /** Backlog items that serve this goal, in backlog order. */
  itemIds: z.array(s.Id),
  createdAt: s.IsoTime,
  updatedAt: s.IsoTime
})
export type ProductGoal = z.infer<typeof ProductGoal>

const ItemIds = z
  .array(s.Id)
  .min(1, 'Choose at least one item')
  .max(10_000, 'Link at most 10,000 items at once')
  .transform((ids) => [...new Set(ids)])

export const AlignmentItem = z.object({
  id: s.Id,
  title: z.string(),
  estimate: z.number().nullable(),
  /** 1-based position in the backlog order. */
  position: z.number().int().positive(),
  goalId: s.Id.nullable()
})
export type AlignmentItem = z.infer<typeof AlignmentItem>

export const Alignment = z.object({
  activeGoal: ProductGoal.nullable(),
  /** How many of the top open items were looked at (fewer than asked when the backlog is shorter). */
  topCount: z.number().int().nonnegative(),
  topServingActive: z.number().int().nonnegative(),
  /** Share (0-1) of the top items serving the active goal; null when there are no top items. */
  itemShare: z.number().min(0).max(1).nullable(),
  topEffort: z.number().nonnegative(),
  topEffortServingActive: z.number().nonnegative(),
  /** Share (0-1) of the top items' estimated effort serving the active goal; null when none is estimated. */
  effortShare: z.number().min(0).max(1).nullable(),
  /** Top items without an estimate (left out of the effort share). */
  topUnestimated: z.number().int().nonnegative(),
  /** The top items themselves, for the view. */
  top: z.array(AlignmentItem),
  /** Open items (neither done nor removed) anywhere in the backlog that serve no goal, in backlog order (the first 200). */
  unlinkedItems: z.array(AlignmentItem),
  unlinkedCount: z.number().int().nonnegative(),
  /** Draft and active goals that no open item serves. */
  goalsWithoutItems: z.array(ProductGoal),
  /** One plain sentence that sums it up. */
  summary: z.string()
})
export type Alignment = z.infer<typeof Alignment>

export const goalsMethods = {
  'goals.list': defineMethod({
    summary: "A product's Product Goals: the active one first, then drafts, then ended goals newest first.",
    input: ByProduct,
    output: z.array(ProductGoal)
  }),

  'goals.create': defineMethod({
    summary: 'Add a Product Goal as a draft.',
    input: z.object({ productId: s.Id, ...GoalFields }).strict(),
    output: ProductGoal
  }),

  'goals.update': defineMethod({
    summary: "Change a goal's wording, measure, baseline, target or target date (not its status).",
    input: z
      .object({
        id: s.Id,
        patch: z
          .object({
            title: GoalTitle,
            description: ShortText('description', 4000),
            measure: ShortText('measure'),
            baseline: ShortText('baseline', 200),
            target: ShortText('target', 200),
            targetDate: IsoDay.nullable()
          })
          .partial()
          .strict()
      })
      .strict(),
    output: ProductGoal
  }),

  'goals.activate': defineMethod({
    summary: 'Make a draft goal the active Product Goal; refused while another goal is active.',
    input: ById,
    output: ProductGoal
  }),

  'goals.achieve': defineMethod({
    summary: 'End the active goal as achieved, with what showed it.',
    input: z
      .object({ id: s.Id, reason: Reason('the goal counts as achieved', '"72% of bookings online in March"') })
      .strict(),
    output: ProductGoal
  }),

  'goals.abandon': defineMethod({
    summary: 'End a draft or active goal as abandoned, with the reason; it stays in the history.',
    input: z.object({ id: s.Id, reason: Reason('the goal is abandoned', '"The council took over bookings"') }).strict(),
    output: ProductGoal
  }),

  'goals.delete': defineMethod({
    summary: 'Delete a draft goal (goals that were pursued stay in the history).',
    input: ById,
    output: z.object({ deleted: s.Id })
  }),

  'goals.linkItems': defineMethod({
    summary: 'Make items serve a goal (an item serves one goal; a previous link is replaced).',
    input: z.object({ goalId: s.Id, itemIds: ItemIds }).strict(),
    output: ProductGoal
  }),

  'goals.unlinkItems': defineMethod({
    summary: 'Make items serve no goal.',
    input: z.object({ productId: s.Id, itemIds: ItemIds }).strict(),
    output: z.object({ unlinked: z.number().int().nonnegative() })
  }),

  'goals.alignment': defineMethod({
    summary: `What share of the top items (default ${DEFAULT_TOP_ITEMS}) and of their effort serves the active goal; unlinked items; goals without items.`,
    input: z
      .object({
        productId: s.Id,
        top: z
          .number({ message: 'Give the number of top items as a number' })
          .int('The number of top items must be a whole number')
          .min(1, 'Look at least at the top item')
          .max(500, 'Look at most at the top 500 items')
          .default(DEFAULT_TOP_ITEMS)
      })
      .strict(),
    output: Alignment
  })
} as const
