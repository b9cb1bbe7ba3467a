import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { isOnWsjfScale, MOSCOW, ORDERING_MODELS, QUADRANTS, SCALE_MESSAGE } from '../../domain/ordering/scales'
import {
  ITEM_SCORE_KINDS,
  ORDERING_SCORE_FIELDS,
  type OrderingScoreField,
  type ScoreKind
} from '../../domain/ordering/scores'
import { ITEM_TYPES } from '../../domain/backlog'
import { ByProduct } from './common'
import { Release } from './releases'

/** A relative score on the modified Fibonacci scale 1, 2, 3, 5, 8, 13, 20. */
export const ScaleScore = z.number({ message: SCALE_MESSAGE }).refine(isOnWsjfScale, { message: SCALE_MESSAGE })

const Money = z
  .number({ message: 'Give the Cost of Delay per week as a number' })
  .min(0, 'The Cost of Delay per week cannot be negative')
  .max(1e12, 'The Cost of Delay per week can be at most 1,000,000,000,000')

const Weeks = z
  .number({ message: 'Give the duration in weeks as a number' })
  .positive('The duration must be more than 0 weeks')
  .max(520, 'The duration can be at most 520 weeks (ten years)')

/** One schema per kind of score: what the API accepts, and what it returns. */
const SCORE_INPUTS = {
  scale: ScaleScore,
  money: Money,
  weeks: Weeks,
  moscow: z.enum(MOSCOW, { message: `Use one of: ${MOSCOW.join(', ')}` }),
  release: s.Id
}
const SCORE_OUTPUTS = { scale: z.number(), money: z.number(), weeks: z.number(), moscow: z.enum(MOSCOW), release: s.Id }

/** A nullable schema for each score field, following ITEM_SCORE_KINDS. */
function scoreShape<S extends Record<ScoreKind, z.ZodType>>(
  schemas: S
): { [F in OrderingScoreField]: z.ZodNullable<S[(typeof ITEM_SCORE_KINDS)[F]]> } {
  return Object.fromEntries(
    ORDERING_SCORE_FIELDS.map((field) => [field, schemas[ITEM_SCORE_KINDS[field]].nullable()])
  ) as never
}

/** Every score an item can carry; null means "not scored yet". */
export const ItemScores = z.object(scoreShape(SCORE_OUTPUTS))
export type ItemScores = z.infer<typeof ItemScores>

/** What ordering.setScores accepts: any subset of the scores; null clears one. */
export const ScoresPatch = z.object(scoreShape(SCORE_INPUTS)).partial().strict()
export type ScoresPatch = z.infer<typeof ScoresPatch>

export const BoardItem = z.object({
  id: s.Id,
  title: z.string(),
  type: z.enum(ITEM_TYPES),
  estimate: z.number().nullable(),
  rank: z.string(),
  /** 1-based place in the Product Owner's order among the items not started yet. */
  manualPosition: z.number().int().positive(),
  scores: ItemScores,
  /** UBV + TC + RR/OE; null until all three are scored. */
  costOfDelay: z.number().nullable(),
  /** Cost of Delay / Job Size; null until all four are scored. */
  wsjf: z.number().nullable(),
  /** Cost of Delay per week / duration in weeks. */
  cd3: z.number().nullable(),
  /** Value / effort. */
  valueEffort: z.number().nullable(),
  quadrant: z.enum(QUADRANTS).nullable()
})
export type BoardItem = z.infer<typeof BoardItem>

export const OrderingBoard = z.object({
  productId: s.Id,
  releases: z.array(Release),
  /**
   * Items not started yet (in a to-do state) in the Product Owner's order: models advise on what to
   * start next, so work in progress and done work keep their places.
   */
  items: z.array(BoardItem)
})
export type OrderingBoard = z.infer<typeof OrderingBoard>

const ScoreValue = z.union([z.number(), z.string()]).nullable()

export const ScoreChange = z.object({
  id: s.Id,
  itemId: s.Id,
  itemTitle: z.string(),
  field: z.enum(ORDERING_SCORE_FIELDS),
  oldValue: ScoreValue,
  newValue: ScoreValue,
  changedAt: s.IsoTime
})
export type ScoreChange = z.infer<typeof ScoreChange>

export const ScoreHistory = z.object({
  /** All the changes there are, of which `changes` is the page asked for. */
  total: z.number().int().nonnegative(),
  changes: z.array(ScoreChange)
})
export type ScoreHistory = z.infer<typeof ScoreHistory>

export const OrderingModelName = z.enum(ORDERING_MODELS, { message: `Choose a model: ${ORDERING_MODELS.join(', ')}` })

export const RankedItem = z.object({
  id: s.Id,
  title: z.string(),
  /** The model's score (WSJF, CD3 or value / effort); null for an unscored item. */
  score: z.number().nullable(),
  /** 1-based place in the model's order. */
  modelPosition: z.number().int().positive(),
  manualPosition: z.number().int().positive()
})
export type RankedItem = z.infer<typeof RankedItem>

export const Mover = RankedItem.extend({
  /** Places the model moves the item among the scored items (positive is up); unscored items sinking do not count. */
  shift: z.number().int(),
  /** e.g. "12th in your order, 2nd by WSJF: Time Criticality 13, Job Size 2." */
  reason: z.string()
})
export type Mover = z.infer<typeof Mover>

export const OrderingComparison = z.object({
  model: OrderingModelName,
  /** Every item not started yet in the model's order: scored ones first, then unscored in manual order. */
  items: z.array(RankedItem),
  scoredCount: z.number().int().nonnegative(),
  unscoredCount: z.number().int().nonnegative(),
  /** Kendall tau-b between the two orders over the scored items; null with fewer than two. */
  kendallTau: z.number().nullable(),
  /** Mean of |manual - model| positions over the scored items; 0 when they agree. */
  averageDisplacement: z.number(),
  /** The items that move most, biggest move first (at most five). */
  movers: z.array(Mover),
  /** The tie-break in words, to show beside the order. */
  tieBreak: z.string()
})
export type OrderingComparison = z.infer<typeof OrderingComparison>

export const ApplyPreview = z.object({
  model: OrderingModelName,
  /** Items not started yet, in the order they would take. */
  items: z.array(RankedItem),
  /** How many items would change place. */
  moved: z.number().int().nonnegative()
})
export type ApplyPreview = z.infer<typeof ApplyPreview>

export const OrderSnapshot = z.object({
  id: s.Id,
  productId: s.Id,
  model: OrderingModelName,
  appliedAt: s.IsoTime,
  undoneAt: s.IsoTime.nullable(),
  /** How many items changed place when it was applied. */
  moved: z.number().int().nonnegative()
})
export type OrderSnapshot = z.infer<typeof OrderSnapshot>

const PerMoscow = z.object({ must: z.number(), should: z.number(), could: z.number(), wont: z.number() })

export const MoscowGroup = z.object({
  /** null: items with a MoSCoW category but no release. */
  releaseId: s.Id.nullable(),
  name: z.string(),
  targetDate: z.string().nullable(),
  counts: PerMoscow,
  /** Summed effort per category: the item's estimate, else its effort score, else its Job Size. */
  effort: PerMoscow,
  totalEffort: z.number(),
  /** Must effort / total effort of Must, Should and Could; null when nothing is sized. */
  mustShare: z.number().nullable(),
  /** Items in the group without any size; they are left out of the shares. */
  unsized: z.number().int().nonnegative(),
  /** Set when Musts take more than 60% of the effort. */
  warning: z.string().nullable()
})
export type MoscowGroup = z.infer<typeof MoscowGroup>

// ---------------------------------------------------------------------------------------------

const ByProductModel = z.object({ productId: s.Id, model: OrderingModelName }).strict()

export const orderingMethods = {
  'ordering.board': defineMethod({
    summary:
      'Items not started yet, in the Product Owner’s order, with their scores, WSJF, CD3, value / effort and quadrant.',
    input: ByProduct,
    output: OrderingBoard
  }),

  'ordering.setScores': defineMethod({
    summary: 'Set or clear some of an item’s scores; every change is kept with its time.',
    input: z.object({ itemId: s.Id, scores: ScoresPatch }).strict(),
    output: BoardItem
  }),

  'ordering.history': defineMethod({
    summary:
      'Score changes of a product (or one item), newest first, with how many there are; limit and offset read a page.',
    input: z
      .object({
        productId: s.Id,
        itemId: s.Id.optional(),
        limit: z
          .number()
          .int()
          .min(1, 'Ask for at least one change')
          .max(1000, 'Ask for at most 1,000 changes at once')
          .optional(),
        offset: z.number().int().min(0, 'The offset cannot be negative').default(0)
      })
      .strict(),
    output: ScoreHistory
  }),

  'ordering.compare': defineMethod({
    summary:
      'A model’s order next to the Product Owner’s: Kendall tau, average displacement and the biggest moves, explained.',
    input: ByProductModel,
    output: OrderingComparison
  }),

  'ordering.previewApply': defineMethod({
    summary: 'The order the backlog would take if a model’s order were applied.',
    input: ByProductModel,
    output: ApplyPreview
  }),

  'ordering.apply': defineMethod({
    summary: 'Reorder the items not started yet as a model says; the previous order is kept so it can be undone.',
    input: ByProductModel,
    output: z.object({ snapshotId: s.Id, moved: z.number().int().nonnegative() })
  }),

  'ordering.undoApply': defineMethod({
    summary: 'Put back the exact order from before an apply.',
    input: z.object({ snapshotId: s.Id }).strict(),
    output: z.object({ restored: z.number().int().nonnegative() })
  }),

  'ordering.snapshots': defineMethod({
    summary: 'Applied model orders of a product, newest first, with whether each was undone.',
    input: ByProduct,
    output: z.array(OrderSnapshot)
  }),

  'ordering.moscow': defineMethod({
    summary: 'MoSCoW counts and effort shares per release, with a warning when Musts take more than 60%.',
    input: ByProduct,
    output: z.array(MoscowGroup)
  })
} as const
