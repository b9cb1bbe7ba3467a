import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { DEEP_LETTERS } from '../../domain/deep/types'
import { INVEST_LETTERS } from '../../domain/invest/check'

const Rating = z.enum(['good', 'attention', 'poor'])

const Finding = z.object({
  rule: z.string(),
  severity: z.enum(['good', 'attention', 'poor', 'info']),
  evidence: z.string(),
  nextStep: z.string(),
  /** The guide and section the advice follows; null for practices from outside the guides. */
  source: z.string().nullable(),
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
  top: z.object({ count: z.number().int().nonnegative(), basis: z.enum(['requested', 'throughput', 'default']), explanation: z.string() }),
  openCount: z.number().int().nonnegative(),
  /** Detailed appropriately, Estimated, Emergent, Prioritised. */
  letters: z.array(LetterHealth),
  /** Arrivals and departures per week (Monday first), oldest first. */
  weekly: z.array(z.object({ period: z.string(), arrivals: z.number().int(), departures: z.number().int() })),
  /** The items the findings name: title, place among the open items (null when done or removed). */
  items: z.array(z.object({ id: s.Id, title: z.string(), position: z.number().int().positive().nullable(), removed: z.boolean() })),
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

export const healthMethods = {
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
  })
}
