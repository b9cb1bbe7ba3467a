import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import {
  BOARD_FIELDS,
  BOX_FIELDS,
  CANVAS_FIELDS,
  MAX_VISION_FIELD_LENGTH,
  PITCH_FIELDS,
  VISION_SECTIONS
} from '../../domain/vision/content'
import { GOAL_STATUSES } from '../../domain/vision/goals'
import { RELIABILITIES, SPRINT_OUTCOMES } from '../../domain/vision/sprints'
import { DEFAULT_TOP_ITEMS } from '../../domain/vision/alignment'
import { Reason, VersionSummaryFields, fieldDiff, versionComparison } from '../versioned'
import { ById, ByProduct } from './common'
import { IsoDay } from './flow'

// ---------------------------------------------------------------------------------------------
// Vision

const VisionText = z
  .string({ message: 'Write the field as text' })
  .max(MAX_VISION_FIELD_LENGTH, `Keep each vision field to ${MAX_VISION_FIELD_LENGTH.toLocaleString('en')} characters or fewer`)
  .default('')

function textFields<K extends string>(keys: readonly K[]) {
  return z.object(Object.fromEntries(keys.map((key) => [key, VisionText])) as Record<K, typeof VisionText>).strict()
}

/** The whole vision; a missing field is saved as empty text. */
export const VisionContent = z
  .object({
    pitch: textFields(PITCH_FIELDS).prefault({}),
    board: textFields(BOARD_FIELDS).prefault({}),
    box: textFields(BOX_FIELDS).prefault({}),
    canvas: textFields(CANVAS_FIELDS).prefault({})
  })
  .strict()
export type VisionContent = z.infer<typeof VisionContent>

export const VisionVersionSummary = z.object({ ...VersionSummaryFields, productId: s.Id })
export type VisionVersionSummary = z.infer<typeof VisionVersionSummary>

export const VisionVersion = VisionVersionSummary.extend({ content: VisionContent })
export type VisionVersion = z.infer<typeof VisionVersion>

export const VisionState = z.object({
  productId: s.Id,
  /** The latest saved content, or every field empty when nothing was saved yet. */
  content: VisionContent,
  latest: VisionVersionSummary.nullable()
})
export type VisionState = z.infer<typeof VisionState>


export const FieldDiff = fieldDiff(VISION_SECTIONS)
export type FieldDiff = z.infer<typeof FieldDiff>

export const VisionComparison = versionComparison(VisionVersionSummary, FieldDiff)
export type VisionComparison = z.infer<typeof VisionComparison>

// ---------------------------------------------------------------------------------------------
// Product Goals

const GoalTitle = z
  .string({ message: 'Write the Product Goal' })
  .trim()
  .min(1, 'Write the Product Goal, e.g. "Members book a lane in under a minute"')
  .max(300, 'Keep the Product Goal to 300 characters or fewer; put detail in the description')

const ShortText = (what: string, max = 500) =>
  z.string({ message: `Write the ${what} as text` }).trim().max(max, `Keep the ${what} to ${max.toLocaleString('en')} characters or fewer`)

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

// ---------------------------------------------------------------------------------------------
// Sprints

const SprintName = z
  .string({ message: 'Give the Sprint a name' })
  .trim()
  .min(1, 'Give the Sprint a name, e.g. "Sprint 12"')
  .max(120, 'Keep the Sprint name to 120 characters or fewer')

const SprintGoalText = ShortText('Sprint Goal', 1000)

export const Sprint = z.object({
  id: s.Id,
  productId: s.Id,
  name: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  goal: z.string(),
  productGoalId: s.Id.nullable(),
  /** The Scrum Team running the Sprint; null while it has none. */
  teamId: s.Id.nullable(),
  /** Items selected for the Sprint, in backlog order. */
  itemIds: z.array(s.Id),
  /** Null until the Sprint Review judges the Sprint Goal. */
  outcome: z.enum(SPRINT_OUTCOMES).nullable(),
  reviewNotes: z.string(),
  createdAt: s.IsoTime,
  updatedAt: s.IsoTime
})
export type Sprint = z.infer<typeof Sprint>

const SprintItemIds = z
  .array(s.Id)
  .max(1000, 'Select at most 1,000 items for a Sprint')
  .transform((ids) => [...new Set(ids)])

export const SprintStats = z.object({
  /** Sprints with an outcome. */
  judged: z.number().int().nonnegative(),
  met: z.number().int().nonnegative(),
  partly: z.number().int().nonnegative(),
  not: z.number().int().nonnegative(),
  /** Mean score (met 1, partly 0.5, not 0) over the judged Sprints; null when none is judged. */
  achievementRate: z.number().min(0).max(1).nullable(),
  /** The same over the most recent judged Sprints (up to `recentWindow`). */
  recentRate: z.number().min(0).max(1).nullable(),
  recentWindow: z.number().int().positive(),
  reliability: z.enum(RELIABILITIES),
  /** How reliably recent Sprint Goals were met, in one plain sentence with its source. */
  sentence: z.string(),
  /** Judged Sprints oldest first, for a chart. */
  series: z.array(
    z.object({ sprintId: s.Id, name: z.string(), endDate: z.string(), outcome: z.enum(SPRINT_OUTCOMES), score: z.number() })
  )
})
export type SprintStats = z.infer<typeof SprintStats>

// ---------------------------------------------------------------------------------------------
// OKRs

const Measure = (what: string) =>
  z.number({ message: `Give the ${what} as a number` }).finite(`Give the ${what} as a number`).min(-1e12).max(1e12)

export const KeyResultInput = z
  .object({
    /** Keep an existing key result's id; leave it out for a new one. */
    id: s.Id.optional(),
    title: z
      .string({ message: 'Describe the key result' })
      .trim()
      .min(1, 'Describe the key result, e.g. "Online bookings"')
      .max(300, 'Keep the key result to 300 characters or fewer'),
    baseline: Measure('baseline'),
    target: Measure('target'),
    current: Measure('current value'),
    unit: ShortText('unit', 40).default('')
  })
  .strict()
  .refine((kr) => kr.target !== kr.baseline, { message: 'The target must differ from the baseline', path: ['target'] })

const KeyResults = z.array(KeyResultInput).max(10, 'An objective keeps at most 10 key results; three to five is usual')

export const KeyResult = z.object({
  id: s.Id,
  title: z.string(),
  baseline: z.number(),
  target: z.number(),
  current: z.number(),
  unit: z.string(),
  /** (current - baseline) / (target - baseline), kept between 0 and 1. */
  progress: z.number().min(0).max(1)
})
export type KeyResult = z.infer<typeof KeyResult>

const ObjectiveTitle = z
  .string({ message: 'Write the objective' })
  .trim()
  .min(1, 'Write the objective, e.g. "Make booking effortless"')
  .max(300, 'Keep the objective to 300 characters or fewer')

export const Objective = z.object({
  id: s.Id,
  productId: s.Id,
  title: z.string(),
  goalId: s.Id.nullable(),
  keyResults: z.array(KeyResult),
  /** Mean of the key results' progress; null without key results. */
  progress: z.number().min(0).max(1).nullable(),
  createdAt: s.IsoTime,
  updatedAt: s.IsoTime
})
export type Objective = z.infer<typeof Objective>

// ---------------------------------------------------------------------------------------------
// Roadmaps

export const RoadmapBoard = z
  .object({
    now: z.array(s.Id).max(200),
    next: z.array(s.Id).max(200),
    later: z.array(s.Id).max(200)
  })
  .strict()
export type RoadmapBoard = z.infer<typeof RoadmapBoard>

const RowText = (what: string, max: number) => ShortText(what, max).default('')

const RoadmapRowFields = {
  timeframe: RowText('timeframe', 120),
  name: RowText('name', 200),
  goal: RowText('goal', 1000),
  features: z
    .array(z.string().trim().min(1, 'Leave out empty features').max(300, 'Keep each feature to 300 characters or fewer'))
    .max(10, 'List at most 10 features; three to five is usual')
    .default([]),
  metrics: RowText('metrics', 1000),
  productGoalId: s.Id.nullable().default(null)
}

export const RoadmapRow = z.object({
  id: s.Id,
  productId: s.Id,
  position: z.number().int().nonnegative(),
  timeframe: z.string(),
  name: z.string(),
  goal: z.string(),
  features: z.array(z.string()),
  metrics: z.string(),
  productGoalId: s.Id.nullable(),
  /** Gentle checks, e.g. fewer than three features. */
  warnings: z.array(z.string())
})
export type RoadmapRow = z.infer<typeof RoadmapRow>

export const Roadmap = z.object({
  productId: s.Id,
  /** Goal ids per column, top to bottom; ended goals stay where they were put. */
  board: RoadmapBoard,
  rows: z.array(RoadmapRow)
})
export type Roadmap = z.infer<typeof Roadmap>

// ---------------------------------------------------------------------------------------------

export const visionMethods = {
  'vision.get': defineMethod({
    summary: "A product's current vision (empty fields when none was saved yet) and its latest version.",
    input: ByProduct,
    output: VisionState
  }),

  'vision.save': defineMethod({
    summary: 'Save the whole vision as a new version with the reason for the change.',
    input: z.object({ productId: s.Id, content: VisionContent, reason: Reason('the vision changed', '"Interviews showed parents book, not swimmers"') }).strict(),
    output: VisionVersion
  }),

  'vision.versions': defineMethod({
    summary: 'Every saved version of the vision, newest first.',
    input: ByProduct,
    output: z.array(VisionVersionSummary)
  }),

  'vision.version': defineMethod({
    summary: 'One saved version with its full content.',
    input: ById,
    output: VisionVersion
  }),

  'vision.compare': defineMethod({
    summary: 'Word-level differences, field by field, between two versions of the same product.',
    input: z.object({ fromVersionId: s.Id, toVersionId: s.Id }).strict(),
    output: VisionComparison
  }),

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
    input: z.object({ id: s.Id, reason: Reason('the goal counts as achieved', '"72% of bookings online in March"') }).strict(),
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
  }),

  'sprints.list': defineMethod({
    summary: "A product's Sprints, oldest first.",
    input: ByProduct,
    output: z.array(Sprint)
  }),

  'sprints.create': defineMethod({
    summary: 'Add a Sprint with its dates, Sprint Goal, Product Goal, team and selected items; a team’s Sprints never overlap.',
    input: z
      .object({
        productId: s.Id,
        name: SprintName,
        startDate: IsoDay,
        endDate: IsoDay,
        goal: SprintGoalText.default(''),
        productGoalId: s.Id.nullable().default(null),
        teamId: s.Id.nullable().default(null),
        itemIds: SprintItemIds.default([])
      })
      .strict()
      .refine((sprint) => sprint.endDate >= sprint.startDate, { message: 'The Sprint must end on or after its start', path: ['endDate'] }),
    output: Sprint
  }),

  'sprints.update': defineMethod({
    summary: "Change a Sprint's fields, including the outcome of its goal and the Sprint Review notes.",
    input: z
      .object({
        id: s.Id,
        patch: z
          .object({
            name: SprintName,
            startDate: IsoDay,
            endDate: IsoDay,
            goal: SprintGoalText,
            productGoalId: s.Id.nullable(),
            teamId: s.Id.nullable(),
            itemIds: SprintItemIds,
            outcome: z.enum(SPRINT_OUTCOMES, { message: 'Choose met, partly or not' }).nullable(),
            reviewNotes: ShortText('review notes', 10_000)
          })
          .partial()
          .strict()
      })
      .strict(),
    output: Sprint
  }),

  'sprints.delete': defineMethod({
    summary: 'Delete a Sprint.',
    input: ById,
    output: z.object({ deleted: s.Id })
  }),

  'sprints.stats': defineMethod({
    summary: "Sprint Goal achievement across Sprints: how reliably the Developers' commitments were met.",
    input: ByProduct,
    output: SprintStats
  }),

  'okrs.list': defineMethod({
    summary: "A product's objectives with their key results and progress.",
    input: ByProduct,
    output: z.array(Objective)
  }),

  'okrs.create': defineMethod({
    summary: 'Add an objective with its key results, optionally linked to a Product Goal.',
    input: z
      .object({ productId: s.Id, title: ObjectiveTitle, goalId: s.Id.nullable().default(null), keyResults: KeyResults.default([]) })
      .strict(),
    output: Objective
  }),

  'okrs.update': defineMethod({
    summary: 'Change an objective; keyResults, when given, replaces the whole list (keep ids to keep them).',
    input: z
      .object({
        id: s.Id,
        patch: z.object({ title: ObjectiveTitle, goalId: s.Id.nullable(), keyResults: KeyResults }).partial().strict()
      })
      .strict(),
    output: Objective
  }),

  'okrs.delete': defineMethod({
    summary: 'Delete an objective and its key results.',
    input: ById,
    output: z.object({ deleted: s.Id })
  }),

  'roadmap.get': defineMethod({
    summary: 'The Now / Next / Later board of goals and the goal-oriented roadmap table.',
    input: ByProduct,
    output: Roadmap
  }),

  'roadmap.set': defineMethod({
    summary: 'Place goals on the Now / Next / Later board (the whole board; a goal sits in one column at most).',
    input: z.object({ productId: s.Id, board: RoadmapBoard }).strict(),
    output: Roadmap
  }),

  'roadmap.rows.create': defineMethod({
    summary: 'Add a row to the goal-oriented roadmap (timeframe, name, goal, features, metrics) at the end.',
    input: z.object({ productId: s.Id, ...RoadmapRowFields }).strict(),
    output: RoadmapRow
  }),

  'roadmap.rows.update': defineMethod({
    summary: 'Change a goal-oriented roadmap row.',
    input: z
      .object({
        id: s.Id,
        patch: z
          .object({
            timeframe: ShortText('timeframe', 120),
            name: ShortText('name', 200),
            goal: ShortText('goal', 1000),
            features: RoadmapRowFields.features.unwrap(),
            metrics: ShortText('metrics', 1000),
            productGoalId: s.Id.nullable()
          })
          .partial()
          .strict()
      })
      .strict(),
    output: RoadmapRow
  }),

  'roadmap.rows.delete': defineMethod({
    summary: 'Delete a goal-oriented roadmap row.',
    input: ById,
    output: z.object({ deleted: s.Id })
  }),

  'roadmap.rows.reorder': defineMethod({
    summary: "Put the product's roadmap rows in this order (every row id once).",
    input: z.object({ productId: s.Id, ids: z.array(s.Id).max(500) }).strict(),
    output: Roadmap
  })
} as const
