import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { ById, ByProduct } from './common'
import { ShortText } from './vision'

const Measure = (what: string) =>
  z
    .number({ message: `Give the ${what} as a number` })
    .finite(`Give the ${what} as a number`)
    .min(-1e12)
    .max(1e12)

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

export const okrsMethods = {
  'okrs.list': defineMethod({
    summary: "A product's objectives with their key results and progress.",
    input: ByProduct,
    output: z.array(Objective)
  }),

  'okrs.create': defineMethod({
    summary: 'Add an objective with its key results, optionally linked to a Product Goal.',
    input: z
      .object({
        productId: s.Id,
        title: ObjectiveTitle,
        goalId: s.Id.nullable().default(null),
        keyResults: KeyResults.default([])
      })
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
  })
} as const
