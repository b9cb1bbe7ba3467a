import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import {
  AUTOMATIC_SOURCES,
  BLIND_SPOT_RULES,
  DEFAULT_STALE_AFTER_DAYS,
  DIRECTIONS,
  EXPERIMENT_DECISIONS,
  EXPERIMENT_RESULTS,
  EXPERIMENT_STATUSES,
  GOAL_LEVELS,
  INDICATORS,
  KEY_VALUE_AREAS,
  MEASURE_CATEGORIES
} from '../../domain/ebm/vocabulary'
import { isIsoDay } from '../../domain/flow/dates'
import { ById, ByProduct, Deleted, Empty } from './common'

const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { message: `Choose ${what}: ${values.join(', ')}` })

export const KeyValueAreaName = oneOf(KEY_VALUE_AREAS, 'a Key Value Area')
export const DirectionName = oneOf(DIRECTIONS, 'which way is better')
export const IndicatorName = oneOf(INDICATORS, 'leading or lagging')
export const MeasureCategoryName = oneOf(MEASURE_CATEGORIES, 'a category')
export const GoalLevelName = oneOf(GOAL_LEVELS, 'a goal level')
export const ExperimentStatusName = oneOf(EXPERIMENT_STATUSES, 'a status')
export const ExperimentDecisionName = oneOf(EXPERIMENT_DECISIONS, 'a decision')
export const AutomaticSourceName = oneOf(AUTOMATIC_SOURCES, 'an automatic source')

/** A calendar day written YYYY-MM-DD. */
export const EbmDay = z.string().refine(isIsoDay, { message: 'Write the date as YYYY-MM-DD, e.g. 2026-03-31' })

const text = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep the ${what} to ${max.toLocaleString('en')} characters or fewer`)
const name = (what: string, max: number, hint: string) => text(what, max).min(1, hint)

/** Any finite number; the dispatcher's JSON never carries NaN or Infinity, but the CLI and tests might. */
export const MeasureNumber = z
  .number({ message: 'Give the value as a number' })
  .refine(Number.isFinite, { message: 'Give the value as a finite number' })

export const CatalogueMeasure = z.object({
  /** Stable key, e.g. "customer-satisfaction"; adopted measures remember it. */
  key: z.string(),
  area: KeyValueAreaName,
  name: z.string(),
  /** In our own words: what it tells you and how to measure it. */
  description: z.string(),
  unit: z.string(),
  direction: DirectionName,
  indicator: IndicatorName,
  category: MeasureCategoryName,
  /** Why the measure is in its category. */
  why: z.string(),
  /** Set for measures the app computes from the backlog's own history (they update themselves). */
  automaticSource: AutomaticSourceName.nullable()
})
export type CatalogueMeasure = z.infer<typeof CatalogueMeasure>

export const CatalogueArea = z.object({
  area: KeyValueAreaName,
  label: z.string(),
  /** The question the area answers. */
  question: z.string(),
  measures: z.array(CatalogueMeasure)
})
export type CatalogueArea = z.infer<typeof CatalogueArea>

export const DatedValue = z.object({ date: z.string(), value: z.number() })
export type DatedValue = z.infer<typeof DatedValue>

export const Measure = z.object({
  id: s.Id,
  productId: s.Id,
  area: KeyValueAreaName,
  name: z.string(),
  description: z.string(),
  unit: z.string(),
  direction: DirectionName,
  indicator: IndicatorName,
  category: MeasureCategoryName,
  /** How and where it is measured (source, tool, who reads it). */
  howMeasured: z.string(),
  /** The catalogue entry it was adopted from; null for a custom measure. */
  catalogueKey: z.string().nullable(),
  /** Non-null: values are computed from the backlog history on every read and cannot be edited. */
  automaticSource: AutomaticSourceName.nullable(),
  /** An optional line to draw on the trend chart. */
  targetValue: z.number().nullable(),
  createdAt: s.IsoTime,
  updatedAt: s.IsoTime
})
export type Measure = z.infer<typeof Measure>

/** A measure with what a list needs to show about its values. */
export const MeasureSummary = Measure.extend({
  latest: DatedValue.nullable(),
  valueCount: z.number().int().nonnegative(),
  /** Whole days from the latest value to today; null without values. */
  daysSinceLatest: z.number().int().nullable()
})
export type MeasureSummary = z.infer<typeof MeasureSummary>

const MeasureFields = {
  area: KeyValueAreaName,
  name: name('measure name', 120, 'Give the measure a name'),
  description: text('description', 2000),
  unit: text('unit', 40),
  direction: DirectionName,
  indicator: IndicatorName,
  category: MeasureCategoryName,
  howMeasured: text('note on how it is measured', 2000),
  targetValue: MeasureNumber.nullable()
}

export const MeasureValue = z.object({
  /** null for values the app computes (automatic measures); those cannot be changed. */
  id: s.Id.nullable(),
  measureId: s.Id,
  date: z.string(),
  value: z.number(),
  note: z.string()
})
export type MeasureValue = z.infer<typeof MeasureValue>

export const ValueSeries = z.object({
  measure: MeasureSummary,
  /** Oldest first. */
  values: z.array(MeasureValue)
})
export type ValueSeries = z.infer<typeof ValueSeries>

export const ValuesImportResult = z.object({
  /** Rows that added a value on a new day. */
  added: z.number().int().nonnegative(),
  /** Rows that replaced the value already recorded on that day. */
  replaced: z.number().int().nonnegative(),
  /** Names of the measures that received values. */
  measures: z.array(z.string())
})
export type ValuesImportResult = z.infer<typeof ValuesImportResult>

export const CoverageMeasure = z.object({
  id: s.Id,
  name: z.string(),
  category: MeasureCategoryName,
  indicator: IndicatorName,
  automatic: z.boolean(),
  latest: DatedValue.nullable(),
  daysSinceLatest: z.number().int().nullable(),
  stale: z.boolean()
})
export type CoverageMeasure = z.infer<typeof CoverageMeasure>

export const AreaCoverage = z.object({
  area: KeyValueAreaName,
  label: z.string(),
  measureCount: z.number().int().nonnegative(),
  /** Days since the most recent value of any measure in the area; null when none has a value. */
  daysSinceLatest: z.number().int().nullable(),
  staleCount: z.number().int().nonnegative(),
  measures: z.array(CoverageMeasure)
})
export type AreaCoverage = z.infer<typeof AreaCoverage>

export const BlindSpot = z.object({
  rule: oneOf(BLIND_SPOT_RULES, 'a rule'),
  /** null when the finding is about the whole set of measures. */
  area: KeyValueAreaName.nullable(),
  measureIds: z.array(s.Id),
  /** A short heading, e.g. "No measure for Ability to Innovate". */
  title: z.string(),
  /** Why it matters and what to do, in a Product Owner's words. */
  reason: z.string()
})
export type BlindSpot = z.infer<typeof BlindSpot>

export const EbmOverview = z.object({
  today: z.string(),
  staleAfterDays: z.number().int().positive(),
  areas: z.array(AreaCoverage),
  blindSpots: z.array(BlindSpot),
  /** Automatic measures with their current value (the latest week). */
  automatic: z.array(MeasureSummary)
})
export type EbmOverview = z.infer<typeof EbmOverview>

export const TargetProgress = z.object({
  /** 0..1 after clamping; null when it cannot be computed (no value yet, or target equals baseline). */
  progress: z.number().min(0).max(1).nullable(),
  /** Unclamped share of the way from baseline to target (may be below 0 or above 1). */
  raw: z.number().nullable(),
  latest: DatedValue.nullable(),
  explanation: z.string()
})
export type TargetProgress = z.infer<typeof TargetProgress>

export const GoalTarget = z.object({
  id: s.Id,
  measureId: s.Id,
  measureName: z.string(),
  unit: z.string(),
  direction: DirectionName,
  baseline: z.number(),
  target: z.number(),
  progress: TargetProgress
})
export type GoalTarget = z.infer<typeof GoalTarget>

export const GoalProgress = z.object({
  /** 0..1, null when neither the goal's targets nor its children say anything yet. */
  progress: z.number().min(0).max(1).nullable(),
  /** Mean of the goal's own targets' progress; null without a measurable target. */
  own: z.number().min(0).max(1).nullable(),
  /** Mean of the children's combined progress; null without measurable children. */
  children: z.number().min(0).max(1).nullable(),
  explanation: z.string()
})
export type GoalProgress = z.infer<typeof GoalProgress>

export const Goal = z.object({
  id: s.Id,
  productId: s.Id,
  level: GoalLevelName,
  parentId: s.Id.nullable(),
  title: z.string(),
  description: z.string(),
  targetDate: z.string().nullable(),
  /** Current State snapshot: where things stood when the goal was set. */
  currentState: z.string(),
  currentStateDate: z.string().nullable(),
  targets: z.array(GoalTarget),
  progress: GoalProgress,
  createdAt: s.IsoTime,
  updatedAt: s.IsoTime
})
export type Goal = z.infer<typeof Goal>

const TargetInput = z
  .object({ measureId: s.Id, baseline: MeasureNumber, target: MeasureNumber })
  .strict()
  .refine((t) => t.baseline !== t.target, { message: 'The target must differ from the baseline', path: ['target'] })

const Targets = z.array(TargetInput).max(20, 'A goal can have at most 20 targets')

const GoalFields = {
  parentId: s.Id.nullable(),
  title: name('goal title', 200, 'Give the goal a title'),
  description: text('description', 5000),
  targetDate: EbmDay.nullable(),
  currentState: text('current state', 5000),
  currentStateDate: EbmDay.nullable(),
  targets: Targets
}

export const ExperimentEvaluation = z.object({
  result: oneOf(EXPERIMENT_RESULTS, 'a result'),
  expected: z.number(),
  /** The value the result is read from: the latest on or before the date (or before today when earlier). */
  actual: DatedValue.nullable(),
  /** actual - expected, signed so that positive is better; null without a value. */
  margin: z.number().nullable(),
  explanation: z.string()
})
export type ExperimentEvaluation = z.infer<typeof ExperimentEvaluation>

export const Experiment = z.object({
  id: s.Id,
  productId: s.Id,
  goalId: s.Id.nullable(),
  title: z.string(),
  /** "We believe <change> ..." */
  change: z.string(),
  /** "... will result in <outcome>." */
  outcome: z.string(),
  /** "We will know when <measure> reaches <expectedValue> by <byDate>." */
  measureId: s.Id,
  measureName: z.string(),
  expectedValue: z.number(),
  byDate: z.string(),
  /** The whole hypothesis as one sentence. */
  hypothesis: z.string(),
  itemIds: z.array(s.Id),
  status: ExperimentStatusName,
  decision: ExperimentDecisionName.nullable(),
  decisionNotes: z.string(),
  decidedAt: s.IsoTime.nullable(),
  evaluation: ExperimentEvaluation,
  /** The assumption from Discovery this experiment tests, if it was promoted from one. */
  assumption: z.object({ id: s.Id, statement: z.string() }).nullable(),
  createdAt: s.IsoTime,
  updatedAt: s.IsoTime
})
export type Experiment = z.infer<typeof Experiment>

export const ExperimentFields = {
  goalId: s.Id.nullable(),
  title: name('experiment title', 200, 'Give the experiment a title'),
  change: name('change', 1000, 'Say what you will change ("we believe ...")'),
  outcome: name('outcome', 1000, 'Say what you expect it to result in'),
  measureId: s.Id,
  expectedValue: MeasureNumber,
  byDate: EbmDay,
  itemIds: z.array(s.Id).max(200, 'Link at most 200 backlog items'),
  status: ExperimentStatusName
}

// ---------------------------------------------------------------------------------------------

export const ebmMethods = {
  'ebm.catalogue': defineMethod({
    summary: 'The four Key Value Areas with example measures to adopt, including the ones the app computes itself.',
    input: Empty,
    output: z.array(CatalogueArea)
  }),

  'ebm.measures.list': defineMethod({
    summary: "A product's measures by area, each with its latest value.",
    input: ByProduct,
    output: z.array(MeasureSummary)
  }),

  'ebm.measures.adopt': defineMethod({
    summary: 'Add a catalogue measure to a product with its unit, direction and classification.',
    input: z.object({ productId: s.Id, key: z.string().min(1, 'Choose a catalogue measure') }).strict(),
    output: MeasureSummary
  }),

  'ebm.measures.create': defineMethod({
    summary: 'Add a custom measure to a product.',
    input: z
      .object({
        productId: s.Id,
        ...MeasureFields,
        description: MeasureFields.description.default(''),
        unit: MeasureFields.unit.default(''),
        direction: MeasureFields.direction.default('higher'),
        indicator: MeasureFields.indicator.default('lagging'),
        category: MeasureFields.category.default('outcome'),
        howMeasured: MeasureFields.howMeasured.default(''),
        targetValue: MeasureFields.targetValue.default(null)
      })
      .strict(),
    output: MeasureSummary
  }),

  'ebm.measures.update': defineMethod({
    summary: "Change a measure's fields.",
    input: z.object({ id: s.Id, patch: z.object(MeasureFields).partial().strict() }).strict(),
    output: MeasureSummary
  }),

  'ebm.measures.delete': defineMethod({
    summary: 'Delete a measure with its values; goal targets on it go, experiments on it are refused.',
    input: ById,
    output: Deleted
  }),

  'ebm.values.list': defineMethod({
    summary: "A measure's dated values, oldest first (computed on the spot for automatic measures).",
    input: z.object({ measureId: s.Id }).strict(),
    output: ValueSeries
  }),

  'ebm.values.add': defineMethod({
    summary: 'Record a value on a day; a value already on that day is replaced.',
    input: z
      .object({ measureId: s.Id, date: EbmDay, value: MeasureNumber, note: text('note', 1000).default('') })
      .strict(),
    output: MeasureValue
  }),

  'ebm.values.delete': defineMethod({
    summary: 'Delete one recorded value.',
    input: ById,
    output: Deleted
  }),

  'ebm.values.import': defineMethod({
    summary:
      'Import values from CSV, all or nothing. Columns measure,date,value[,note] (measure by name); with measureId, date,value[,note]. Errors name line and column.',
    input: z
      .object({
        productId: s.Id,
        measureId: s.Id.optional(),
        csv: s.FileText('The CSV text is empty')
      })
      .strict(),
    output: ValuesImportResult
  }),

  'ebm.overview': defineMethod({
    summary: 'Coverage of the four Key Value Areas, blind spots with their reasons, automatic measures now.',
    input: z
      .object({
        productId: s.Id,
        staleAfterDays: z
          .number()
          .int('Give the number of days as a whole number')
          .min(1, 'A value goes stale after at least 1 day')
          .max(3650, 'Use at most 3,650 days (ten years)')
          .default(DEFAULT_STALE_AFTER_DAYS)
      })
      .strict(),
    output: EbmOverview
  }),

  'ebm.goals.list': defineMethod({
    summary:
      "A product's goals (strategic, intermediate, tactical) with targets and progress; parents before children.",
    input: ByProduct,
    output: z.array(Goal)
  }),

  'ebm.goals.create': defineMethod({
    summary: 'Add a goal; an intermediate goal sits under a strategic one, a tactical one under an intermediate one.',
    input: z
      .object({
        productId: s.Id,
        level: GoalLevelName,
        ...GoalFields,
        parentId: GoalFields.parentId.default(null),
        description: GoalFields.description.default(''),
        targetDate: GoalFields.targetDate.default(null),
        currentState: GoalFields.currentState.default(''),
        currentStateDate: GoalFields.currentStateDate.default(null),
        targets: GoalFields.targets.default([])
      })
      .strict(),
    output: Goal
  }),

  'ebm.goals.update': defineMethod({
    summary: "Change a goal's fields; targets, when given, replace the goal's targets.",
    input: z.object({ id: s.Id, patch: z.object(GoalFields).partial().strict() }).strict(),
    output: Goal
  }),

  'ebm.goals.delete': defineMethod({
    summary: 'Delete a goal; its sub-goals stay without a parent and its experiments stay without a goal.',
    input: ById,
    output: Deleted
  }),

  'ebm.experiments.list': defineMethod({
    summary: "A product's experiments, newest first, each with its result read from the measurements.",
    input: ByProduct,
    output: z.array(Experiment)
  }),

  'ebm.experiments.create': defineMethod({
    summary: 'Add an experiment: a hypothesis on a measure, optionally linked to a goal and backlog items.',
    input: z
      .object({
        productId: s.Id,
        ...ExperimentFields,
        goalId: ExperimentFields.goalId.default(null),
        itemIds: ExperimentFields.itemIds.default([]),
        status: ExperimentFields.status.default('planned')
      })
      .strict(),
    output: Experiment
  }),

  'ebm.experiments.update': defineMethod({
    summary: "Change an experiment's hypothesis, links or status.",
    input: z.object({ id: s.Id, patch: z.object(ExperimentFields).partial().strict() }).strict(),
    output: Experiment
  }),

  'ebm.experiments.decide': defineMethod({
    summary: 'Record the decision (persevere, pivot, stop) with notes; null reopens the experiment.',
    input: z
      .object({ id: s.Id, decision: ExperimentDecisionName.nullable(), notes: text('notes', 5000).default('') })
      .strict(),
    output: Experiment
  }),

  'ebm.experiments.delete': defineMethod({
    summary: 'Delete an experiment.',
    input: ById,
    output: Deleted
  })
} as const
