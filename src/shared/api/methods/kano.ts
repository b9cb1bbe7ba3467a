import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { KANO_ANSWERS, KANO_CATEGORIES } from '../../domain/ordering/scales'
import { ById, ByProduct } from './common'

const FeatureName = z
  .string()
  .trim()
  .min(1, 'Give the feature a name')
  .max(200, 'Keep the feature name to 200 characters or fewer')

const Respondent = z
  .string()
  .trim()
  .min(1, 'Name the respondent (initials or a number will do)')
  .max(120, 'Keep the respondent to 120 characters or fewer')

const KanoAnswerName = z.enum(KANO_ANSWERS, { message: `Use one of: ${KANO_ANSWERS.join(', ')}` })

export const KanoFeature = z.object({
  id: s.Id,
  productId: s.Id,
  name: z.string(),
  itemId: s.Id.nullable(),
  itemTitle: z.string().nullable(),
  answerCount: z.number().int().nonnegative(),
  createdAt: s.IsoTime
})
export type KanoFeature = z.infer<typeof KanoFeature>

export const KanoAnswerRow = z.object({
  id: s.Id,
  featureId: s.Id,
  respondent: z.string(),
  functional: z.enum(KANO_ANSWERS),
  dysfunctional: z.enum(KANO_ANSWERS),
  /** The table's verdict for this pair. */
  category: z.enum(KANO_CATEGORIES)
})
export type KanoAnswerRow = z.infer<typeof KanoAnswerRow>

export const KanoCounts = z.object({
  A: z.number().int(),
  O: z.number().int(),
  M: z.number().int(),
  I: z.number().int(),
  R: z.number().int(),
  Q: z.number().int()
})
export type KanoCounts = z.infer<typeof KanoCounts>

export const KanoFeatureResult = z.object({
  featureId: s.Id,
  feature: z.string(),
  itemId: s.Id.nullable(),
  /** Most frequent category, ties M > O > A > I > R > Q; null without answers. */
  category: z.enum(KANO_CATEGORIES).nullable(),
  counts: KanoCounts,
  total: z.number().int().nonnegative(),
  /** Sentences worth reading: questionable answers, reverse answers, a near tie. */
  flags: z.array(z.string())
})
export type KanoFeatureResult = z.infer<typeof KanoFeatureResult>

export const kanoMethods = {
  'kano.features.list': defineMethod({
    summary: 'Features surveyed with Kano, with their answer counts.',
    input: ByProduct,
    output: z.array(KanoFeature)
  }),

  'kano.features.create': defineMethod({
    summary: 'Add a feature to survey, optionally linked to a backlog item.',
    input: z.object({ productId: s.Id, name: FeatureName, itemId: s.Id.nullable().default(null) }).strict(),
    output: KanoFeature
  }),

  'kano.features.delete': defineMethod({
    summary: 'Delete a surveyed feature and its answers.',
    input: ById,
    output: z.object({ deleted: s.Id })
  }),

  'kano.answers.list': defineMethod({
    summary: 'Answers recorded for a feature, in the order they were added.',
    input: z.object({ featureId: s.Id }).strict(),
    output: z.array(KanoAnswerRow)
  }),

  'kano.answers.add': defineMethod({
    summary: 'Record one respondent’s functional and dysfunctional answers for a feature.',
    input: z
      .object({ featureId: s.Id, respondent: Respondent, functional: KanoAnswerName, dysfunctional: KanoAnswerName })
      .strict(),
    output: KanoAnswerRow
  }),

  'kano.answers.delete': defineMethod({
    summary: 'Delete one recorded answer.',
    input: ById,
    output: z.object({ deleted: s.Id })
  }),

  'kano.import': defineMethod({
    summary: 'Import answers from CSV (feature,functional,dysfunctional[,respondent]); all rows or none.',
    input: z.object({ productId: s.Id, csv: s.FileText('The CSV is empty') }).strict(),
    output: z.object({ featuresCreated: z.number().int().nonnegative(), answersAdded: z.number().int().nonnegative() })
  }),

  'kano.results': defineMethod({
    summary:
      'Each feature’s category distribution and resulting category, with flags for questionable and reverse answers.',
    input: ByProduct,
    output: z.array(KanoFeatureResult)
  })
} as const
