import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { ITEM_TYPES, STATE_CATEGORIES } from '../../domain/backlog'
import { SLE_DAYS_MAX, SLE_PERCENTILE_MAX, SLE_PERCENTILE_MIN } from '../../domain/flow'
import { ByProduct } from './common'
import { IsoDay } from './common'

export const FlowCalendar = z.object({
  weekendsOff: z.boolean(),
  /** Declared days off (holidays), sorted and without duplicates. */
  nonWorkingDays: z.array(z.string())
})
export type FlowCalendar = z.infer<typeof FlowCalendar>

export const FlowItem = z.object({
  id: s.Id,
  /** As people quote it, e.g. PB-12. */
  key: z.string(),
  title: z.string(),
  type: z.enum(ITEM_TYPES),
  estimate: z.number().nullable(),
  rank: z.string(),
  /** The Scrum Team the item belongs to; null while no team has it. */
  teamId: s.Id.nullable(),
  /** Name of the item's current workflow state. */
  state: z.string(),
  stateCategory: z.enum(STATE_CATEGORIES),
  /** Day of the item's first recorded status change. */
  arrivedOn: z.string(),
  /** First entry into an in-progress state; null when it never started. */
  startedOn: z.string().nullable(),
  /** Last entry into a done state while the item is done now; null otherwise (a reopened or removed item is not finished). */
  finishedOn: z.string().nullable()
})
export type FlowItem = z.infer<typeof FlowItem>

export const FlowTransition = z.object({ itemId: s.Id, state: z.string(), on: z.string() })
export type FlowTransition = z.infer<typeof FlowTransition>

/** The Service Level Expectation the team chose: `percentile`% of items finish within `days` days. */
export const ServiceLevelExpectation = z.object({
  percentile: z
    .number({ message: 'The share of items must be a number' })
    .int('The share of items must be a whole percentage')
    .min(SLE_PERCENTILE_MIN, `The share of items must be at least ${SLE_PERCENTILE_MIN}%`)
    .max(
      SLE_PERCENTILE_MAX,
      `The share of items can be at most ${SLE_PERCENTILE_MAX}%: no team finishes every item on time`
    ),
  days: z
    .number({ message: 'The cycle time must be a number of days' })
    .int('The cycle time must be a whole number of days')
    .min(1, 'The cycle time must be at least 1 day')
    .max(SLE_DAYS_MAX, `The cycle time can be at most ${SLE_DAYS_MAX} days`)
})
export type ServiceLevelExpectation = z.infer<typeof ServiceLevelExpectation>

/** A team's own flow policies, which the flow screens read when they narrow to the team. */
export const TeamFlowPolicies = z.object({
  teamId: s.Id,
  /** The team's WIP limits by state id; a state without one is not listed. */
  wipLimits: z.array(z.object({ stateId: s.Id, wipLimit: z.number().int().positive() })),
  sle: ServiceLevelExpectation.nullable()
})
export type TeamFlowPolicies = z.infer<typeof TeamFlowPolicies>

export const FlowData = z.object({
  /** Today as a UTC calendar day. */
  today: z.string(),
  calendar: FlowCalendar,
  /** With their WIP limits and policies. */
  states: z.array(s.WorkflowState),
  /** The SLE the product's team chose (a product without teams works as one); null until it chooses one. */
  sle: ServiceLevelExpectation.nullable(),
  /** Each team's own WIP limits and SLE, in team order. */
  teamPolicies: z.array(TeamFlowPolicies),
  /** In backlog (rank) order. */
  items: z.array(FlowItem),
  /** Every recorded status change, oldest first; the first one of an item is its arrival. */
  transitions: z.array(FlowTransition)
})
export type FlowData = z.infer<typeof FlowData>

export const flowMethods = {
  'flow.data': defineMethod({
    summary:
      'Everything the flow screens need in one call: calendar, states, items with their flow dates, status changes.',
    input: ByProduct,
    output: FlowData
  }),

  'flow.setCalendar': defineMethod({
    summary: "Set a product's working-day calendar: weekends on or off, and declared days off.",
    input: z
      .object({
        productId: s.Id,
        weekendsOff: z.boolean(),
        nonWorkingDays: z
          .array(IsoDay)
          .max(3660, 'Declare at most 3,660 days off')
          .transform((days) => [...new Set(days)].sort())
      })
      .strict(),
    output: FlowCalendar
  }),

  'flow.setSle': defineMethod({
    summary:
      'Set the Service Level Expectation of the product or, with teamId, of one of its teams: percentile% of items finish within days days of starting.',
    input: ServiceLevelExpectation.extend({ productId: s.Id, teamId: s.Id.optional() }).strict(),
    output: ServiceLevelExpectation
  }),

  'flow.clearSle': defineMethod({
    summary:
      'Remove the Service Level Expectation of the product or, with teamId, of one team (the charts then show only the one history suggests).',
    input: z.object({ productId: s.Id, teamId: s.Id.optional() }).strict(),
    output: z.object({ cleared: z.boolean() })
  })
} as const
