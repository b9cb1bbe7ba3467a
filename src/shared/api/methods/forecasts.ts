import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { FORECAST_SETTINGS, MAX_FORECAST_DAYS, MAX_SEED, MAX_TRIALS } from '../../domain/flow'
import { ById } from './common'
import { IsoDay } from './common'

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
    windowDays: Count('history window', FORECAST_SETTINGS.windowDays.max),
    trials: Count('number of trials', MAX_TRIALS),
    seed: z
      .number()
      .int('The seed must be a whole number')
      .min(0, 'The seed must be 0 or more')
      .max(MAX_SEED, `The seed can be at most ${MAX_SEED}`),
    /** "When": how many items (for "down to an item", the count down to and including it). */
    items: Count('number of items', FORECAST_SETTINGS.items.max).optional(),
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

export const forecastsMethods = {
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
          ctx.addIssue({
            code: 'custom',
            path: ['inputs', 'items'],
            message: 'A "when" forecast needs the number of items'
          })
        }
        if (value.question === 'how-many' && value.inputs.days === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['inputs', 'days'],
            message: 'A "how many" forecast needs the number of working days'
          })
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
