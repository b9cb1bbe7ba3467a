import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { ById, ByProduct } from './common'
import { ShortText } from './vision'

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
    .array(
      z.string().trim().min(1, 'Leave out empty features').max(300, 'Keep each feature to 300 characters or fewer')
    )
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

export const roadmapMethods = {
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
