import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { ITEM_TYPES, STATE_CATEGORIES } from '../../domain/backlog'
import { MAX_FORECAST_DAYS, MAX_SEED, MAX_TRIALS, SLE_DAYS_MAX, SLE_PERCENTILE_MAX, SLE_PERCENTILE_MIN, isIsoDay } from '../../domain/flow'
import { ById, ByProduct } from './common'

/** A calendar day written YYYY-MM-DD (UTC calendar days throughout the flow screens). */
export const IsoDay = z.string().refine(isIsoDay, { message: 'Write the date as YYYY-MM-DD, e.g. 2026-03-31' })

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
    .max(SLE_PERCENTILE_MAX, `The share of items can be at most ${SLE_PERCENTILE_MAX}%: no team finishes every item on time`),
  days: z
    .number({ message: 'The cycle time must be a number of days' })
    .int('The cycle time must be a whole number of days')
    .min(1, 'The cycle time must be at least 1 day')
    .max(SLE_DAYS_MAX, `The cycle time can be at most ${SLE_DAYS_MAX} days`)
})
export type ServiceLevelExpectation = z.infer<typeof ServiceLevelExpectation>

export const FlowData = z.object({
  /** Today as a UTC calendar day. */
  today: z.string(),
  calendar: FlowCalendar,
  /** With their WIP limits and policies. */
  states: z.array(s.WorkflowState),
  /** The SLE the team chose; null until it chooses one. */
  sle: ServiceLevelExpectation.nullable(),
  /** In backlog (rank) order. */
  items: z.array(FlowItem),
  /** Every recorded status change, oldest first; the first one of an item is its arrival. */
  transitions: z.array(FlowTransition)
})
export type FlowData = z.infer<typeof FlowData>

export const FORECAST_QUESTIONS = ['when', 'how-many'] as const
export type ForecastQuestion = (typeof FORECAST_QUESTIONS)[number]

const Count = (what: string, max: number) =>
  z
    .number({ message: `The ${what} must be a number` })
    .int(`The ${what} must be a whole number`)
    .min(1, `The ${what} must be at least 1`)
    .max(max, `The ${what} can be at most ${max.toLocaleString('en')}`)

const percentilesOf = <T extends z.ZodType>(value: T) =>
  z.object({ 50: value, 70: value, 85: value, 95: value }).strict()

export const ForecastInputs = z
  .object({
    windowDays: Count('history window', 3650),
    trials: Count('number of trials', MAX_TRIALS),
    seed: z
      .number()
      .int('The seed must be a whole number')
      .min(0, 'The seed must be 0 or more')
      .max(MAX_SEED, `The seed can be at most ${MAX_SEED}`),
    /** "When": how many items (for "down to an item", the count down to and including it). */
    items: Count('number of items', 100_000).optional(),
    throughItemId: s.Id.optional(),
    /** "How many": the target date and the working days up to it. */
    targetDate: IsoDay.optional(),
    days: Count('number of working days', MAX_FORECAST_DAYS).optional(),
    /** The day the history window ended on; absent in forecasts saved before it could be chosen (they ended today). */
    asOf: IsoDay.optional(),
    /** Day 1 of the forecast is the first working day on or after this day. */
    startDate: IsoDay,
    scopeGrowth: z
      .object({
        ratePerItemDone: z
          .number()
          .min(0, 'The split rate must be 0 or more')
          .lt(1, 'The split rate must be below 1 new item per item finished')
          .optional(),
        arrivalsFromHistory: z.boolean().optional()
      })
      .strict()
      .optional()
  })
  .strict()
export type ForecastInputs = z.infer<typeof ForecastInputs>

export const ForecastResult = z
  .object({
    /** "When": working days; "how many": items, read from the top. null: not within ten years. */
    percentiles: percentilesOf(z.number().nonnegative().nullable()),
    percentileDates: percentilesOf(IsoDay.nullable()).optional(),
    histogram: z
      .array(z.object({ x: z.number(), count: z.number().int().nonnegative() }).strict())
      .max(20_000, 'A histogram can have at most 20,000 bins'),
    probabilityOfTarget: z.number().min(0).max(1).nullable().optional()
  })
  .strict()
export type ForecastResult = z.infer<typeof ForecastResult>

export const SavedForecast = z.object({
  id: s.Id,
  productId: s.Id,
  question: z.enum(FORECAST_QUESTIONS),
  questionKey: z.string(),
  label: z.string(),
  inputs: ForecastInputs,
  result: ForecastResult,
  createdAt: s.IsoTime
})
export type SavedForecast = z.infer<typeof SavedForecast>

const QuestionKey = z
  .string()
  .trim()
  .min(1, 'Give the question a key, e.g. when:items=20')
  .max(200, 'Keep the question key to 200 characters or fewer')

export const flowMethods = {
  'flow.data': defineMethod({
    summary: "Everything the flow screens need in one call: calendar, states, items with their flow dates, status changes.",
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
    summary: "Set the product's Service Level Expectation: percentile% of items finish within days days of starting.",
    input: ServiceLevelExpectation.extend({ productId: s.Id }).strict(),
    output: ServiceLevelExpectation
  }),

  'flow.clearSle': defineMethod({
    summary: "Remove the product's Service Level Expectation (the charts then show only the one history suggests).",
    input: ByProduct,
    output: z.object({ cleared: z.boolean() })
  }),

  'forecasts.save': defineMethod({
    summary: 'Keep a forecast with its inputs, so later ones for the same question can be compared with it.',
    input: z
      .object({
        productId: s.Id,
        question: z.enum(FORECAST_QUESTIONS),
        questionKey: QuestionKey,
        label: z
          .string()
          .trim()
          .min(1, 'Give the forecast a label')
          .max(200, 'Keep the label to 200 characters or fewer'),
        inputs: ForecastInputs,
        result: ForecastResult
      })
      .strict()
      .superRefine((value, ctx) => {
        if (value.question === 'when' && value.inputs.items === undefined) {
          ctx.addIssue({ code: 'custom', path: ['inputs', 'items'], message: 'A "when" forecast needs the number of items' })
        }
        if (value.question === 'how-many' && value.inputs.days === undefined) {
          ctx.addIssue({ code: 'custom', path: ['inputs', 'days'], message: 'A "how many" forecast needs the number of working days' })
        }
      }),
    output: SavedForecast
  }),

  'forecasts.list': defineMethod({
    summary: "A product's saved forecasts, newest first; only one question's when questionKey is given.",
    input: z.object({ productId: s.Id, questionKey: QuestionKey.optional() }).strict(),
    output: z.array(SavedForecast)
  }),

  'forecasts.delete': defineMethod({
    summary: 'Delete a saved forecast.',
    input: ById,
    output: z.object({ deleted: s.Id })
  })
} as const
