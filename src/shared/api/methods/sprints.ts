import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { RELIABILITIES, SPRINT_OUTCOMES } from '../../domain/vision/sprints'
import { ById, ByProduct } from './common'
import { IsoDay } from './common'
import { ShortText } from './vision'

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
    z.object({
      sprintId: s.Id,
      name: z.string(),
      endDate: z.string(),
      outcome: z.enum(SPRINT_OUTCOMES),
      score: z.number()
    })
  )
})
export type SprintStats = z.infer<typeof SprintStats>

export const sprintsMethods = {
  'sprints.list': defineMethod({
    summary: "A product's Sprints, oldest first.",
    input: ByProduct,
    output: z.array(Sprint)
  }),

  'sprints.create': defineMethod({
    summary:
      'Add a Sprint with its dates, Sprint Goal, Product Goal, team and selected items; a team’s Sprints never overlap.',
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
      .refine((sprint) => sprint.endDate >= sprint.startDate, {
        message: 'The Sprint must end on or after its start',
        path: ['endDate']
      }),
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
  })
} as const
