import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { Reason, VersionSummaryFields, fieldDiff, versionComparison } from '../versioned'
import {
  BMC_BLOCKS,
  CANVAS_BLOCKS,
  CANVAS_KINDS,
  MAX_CANVAS_BLOCK_LENGTH,
  SWOT_BLOCKS,
  TECH_BLOCKS,
  VPC_BLOCKS,
  type CanvasKind
} from '../../domain/strategy/canvases'
import { COST_CATEGORIES, COST_PERIODS } from '../../domain/strategy/costs'
import { SCORE_MAX, SCORE_MIN, WEIGHT_MAX, WEIGHT_MIN } from '../../domain/strategy/competitors'
import { QUADRANTS, RATING_MAX, RATING_MIN } from '../../domain/strategy/influences'
import { ById, ByProduct, Deleted } from './common'
import { ShortText } from './vision'

// ---------------------------------------------------------------------------------------------
// Canvases: Business Model Canvas, Value Proposition Canvas, SWOT and technical strategy, each kept as versions

const BlockText = z
  .string({ message: 'Write the block as text' })
  .max(
    MAX_CANVAS_BLOCK_LENGTH,
    `Keep each block to ${MAX_CANVAS_BLOCK_LENGTH.toLocaleString('en')} characters or fewer`
  )
  .default('')

function blocks<K extends CanvasKind>(kind: K, keys: (typeof CANVAS_BLOCKS)[K]) {
  const shape = Object.fromEntries(keys.map((key) => [key, BlockText])) as Record<
    (typeof CANVAS_BLOCKS)[K][number],
    typeof BlockText
  >
  return z.object({ kind: z.literal(kind), ...shape }).strict()
}

/** A canvas's blocks; a missing block is saved as empty text. The kind must match the canvas's. */
export const CanvasContent = z.discriminatedUnion(
  'kind',
  [blocks('bmc', BMC_BLOCKS), blocks('vpc', VPC_BLOCKS), blocks('swot', SWOT_BLOCKS), blocks('tech', TECH_BLOCKS)],
  {
    message: `Say which kind of canvas this is: ${CANVAS_KINDS.join(', ')}`
  }
)
export type CanvasContent = z.infer<typeof CanvasContent>

const CanvasTitle = z
  .string({ message: 'Name the canvas' })
  .trim()
  .min(1, 'Name the canvas, e.g. "Lanes for lane swimmers"')
  .max(200, 'Keep the canvas name to 200 characters or fewer')

export const CanvasVersionSummary = z.object({ ...VersionSummaryFields, canvasId: s.Id })
export type CanvasVersionSummary = z.infer<typeof CanvasVersionSummary>

export const CanvasVersion = CanvasVersionSummary.extend({ content: CanvasContent })
export type CanvasVersion = z.infer<typeof CanvasVersion>

export const Canvas = z.object({
  id: s.Id,
  productId: s.Id,
  kind: z.enum(CANVAS_KINDS),
  title: z.string(),
  /** The persona a Value Proposition Canvas is written for; null when none (or it was removed). */
  personaId: s.Id.nullable(),
  personaName: z.string().nullable(),
  createdAt: s.IsoTime,
  updatedAt: s.IsoTime,
  latest: CanvasVersionSummary.nullable(),
  versionCount: z.number().int().nonnegative()
})
export type Canvas = z.infer<typeof Canvas>

export const CanvasState = z.object({
  canvas: Canvas,
  /** The latest saved content, or every block empty when nothing was saved yet. */
  content: CanvasContent
})
export type CanvasState = z.infer<typeof CanvasState>

export const CanvasFieldDiff = fieldDiff(CANVAS_KINDS)
export type CanvasFieldDiff = z.infer<typeof CanvasFieldDiff>

export const CanvasComparison = versionComparison(CanvasVersionSummary, CanvasFieldDiff)
export type CanvasComparison = z.infer<typeof CanvasComparison>

// ---------------------------------------------------------------------------------------------
// Competitors, and the criteria the product and its competitors are scored on

const Name = (what: string, example: string) =>
  z
    .string({ message: `Name the ${what}` })
    .trim()
    .min(1, `Name the ${what}, e.g. "${example}"`)
    .max(120, `Keep the ${what}'s name to 120 characters or fewer`)

/** Fields as a patch names them: a field left out stays as it is. */
const CompetitorPatch = {
  name: Name('competitor', 'SwimBook'),
  /** What they offer, to whom. */
  offer: ShortText('offer', 4000),
  strengths: ShortText('strengths', 4000),
  weaknesses: ShortText('weaknesses', 4000),
  /** Price and positioning, in the Product Owner's words. */
  positioning: ShortText('price and positioning', 2000)
}

const CompetitorFields = {
  ...CompetitorPatch,
  offer: CompetitorPatch.offer.default(''),
  strengths: CompetitorPatch.strengths.default(''),
  weaknesses: CompetitorPatch.weaknesses.default(''),
  positioning: CompetitorPatch.positioning.default('')
}

const Score = z
  .number({ message: `Score from ${SCORE_MIN} to ${SCORE_MAX}` })
  .int(`Score in whole numbers from ${SCORE_MIN} to ${SCORE_MAX}`)
  .min(SCORE_MIN, `Score from ${SCORE_MIN} to ${SCORE_MAX}`)
  .max(SCORE_MAX, `Score from ${SCORE_MIN} to ${SCORE_MAX}`)

const Weight = z
  .number({ message: `Weigh the criterion from ${WEIGHT_MIN} to ${WEIGHT_MAX}` })
  .int(`Weigh the criterion in whole numbers from ${WEIGHT_MIN} to ${WEIGHT_MAX}`)
  .min(WEIGHT_MIN, `Weigh the criterion from ${WEIGHT_MIN} to ${WEIGHT_MAX}`)
  .max(WEIGHT_MAX, `Weigh the criterion from ${WEIGHT_MIN} to ${WEIGHT_MAX}`)

const CriterionScore = z.object({ criterionId: s.Id, score: z.number().int() })

export const Competitor = z.object({
  id: s.Id,
  productId: s.Id,
  name: z.string(),
  offer: z.string(),
  strengths: z.string(),
  weaknesses: z.string(),
  positioning: z.string(),
  /** The scores given so far, in criterion order. */
  scores: z.array(CriterionScore),
  createdAt: s.IsoTime,
  updatedAt: s.IsoTime
})
export type Competitor = z.infer<typeof Competitor>

export const Criterion = z.object({
  id: s.Id,
  productId: s.Id,
  name: z.string(),
  weight: z.number().int(),
  /** The product's own score on it; null until scored. */
  ownScore: z.number().int().nullable()
})
export type Criterion = z.infer<typeof Criterion>

const ContenderTotal = z.object({
  /** null for the product itself. */
  id: s.Id.nullable(),
  name: z.string(),
  total: z.number(),
  possible: z.number(),
  share: z.number().nullable(),
  rank: z.number().int().positive(),
  unscored: z.array(z.string())
})

export const CompetitorBoard = z.object({
  productId: s.Id,
  /** The product's own name, the first column of the comparison. */
  productName: z.string(),
  competitors: z.array(Competitor),
  criteria: z.array(Criterion),
  /** The product first, then each competitor in order. */
  totals: z.array(ContenderTotal),
  leaders: z.array(z.object({ criterionId: s.Id, leaders: z.array(z.string()) }))
})
export type CompetitorBoard = z.infer<typeof CompetitorBoard>

// ---------------------------------------------------------------------------------------------
// Total cost of ownership

const Amount = z
  .number({ message: 'Write the amount as a number' })
  .finite('Write the amount as a number')
  .min(0, 'Write the amount as zero or more')
  .max(1e12, 'Keep the amount below a trillion')

const CostPatch = {
  category: z.enum(COST_CATEGORIES, { message: `Choose a category: ${COST_CATEGORIES.join(', ')}` }),
  name: Name('cost', 'Hosting'),
  amount: Amount,
  period: z.enum(COST_PERIODS, { message: `Choose a period: ${COST_PERIODS.join(', ')}` }),
  note: ShortText('note', 2000)
}

const CostFields = { ...CostPatch, note: CostPatch.note.default('') }

export const CostItem = z.object({
  id: s.Id,
  productId: s.Id,
  category: z.enum(COST_CATEGORIES),
  name: z.string(),
  amount: z.number(),
  period: z.enum(COST_PERIODS),
  note: z.string(),
  createdAt: s.IsoTime,
  updatedAt: s.IsoTime
})
export type CostItem = z.infer<typeof CostItem>

const PeriodSums = z.object(
  Object.fromEntries(COST_PERIODS.map((p) => [p, z.number()])) as Record<(typeof COST_PERIODS)[number], z.ZodNumber>
)
const CategorySums = z.object(
  Object.fromEntries(COST_CATEGORIES.map((c) => [c, z.object({ yearly: z.number(), oneOff: z.number() })])) as Record<
    (typeof COST_CATEGORIES)[number],
    z.ZodObject<{ yearly: z.ZodNumber; oneOff: z.ZodNumber }>
  >
)

export const CostSheet = z.object({
  productId: s.Id,
  items: z.array(CostItem),
  totals: z.object({
    byPeriod: PeriodSums,
    byCategory: CategorySums,
    yearly: z.number(),
    monthly: z.number(),
    oneOff: z.number(),
    firstYear: z.number()
  }),
  /** Why the costs sit beside the EBM measures, naming the guide. */
  context: z.array(z.string())
})
export type CostSheet = z.infer<typeof CostSheet>

// ---------------------------------------------------------------------------------------------
// Influences on the ability to deliver value, rated for predictability and control

const Rating = (what: string) =>
  z
    .number({ message: `Rate the ${what} from ${RATING_MIN} to ${RATING_MAX}` })
    .int(`Rate the ${what} in whole numbers from ${RATING_MIN} to ${RATING_MAX}`)
    .min(RATING_MIN, `Rate the ${what} from ${RATING_MIN} to ${RATING_MAX}`)
    .max(RATING_MAX, `Rate the ${what} from ${RATING_MIN} to ${RATING_MAX}`)

const InfluencePatch = {
  name: Name('factor', 'Council budget decisions'),
  note: ShortText('note', 2000),
  predictability: Rating('predictability'),
  control: Rating('control')
}

const InfluenceFields = { ...InfluencePatch, note: InfluencePatch.note.default('') }

export const Influence = z.object({
  id: s.Id,
  productId: s.Id,
  name: z.string(),
  note: z.string(),
  predictability: z.number().int(),
  control: z.number().int(),
  quadrant: z.enum(QUADRANTS),
  createdAt: s.IsoTime,
  updatedAt: s.IsoTime
})
export type Influence = z.infer<typeof Influence>

export const InfluenceBoard = z.object({
  productId: s.Id,
  /** From the factor that needs most attention to the one that needs least. */
  influences: z.array(Influence)
})
export type InfluenceBoard = z.infer<typeof InfluenceBoard>

export const strategyMethods = {
  'strategy.canvases.list': defineMethod({
    summary: "A product's canvases of one kind (or all), oldest first, each with its latest version.",
    input: z.object({ productId: s.Id, kind: z.enum(CANVAS_KINDS).optional() }).strict(),
    output: z.array(Canvas)
  }),

  'strategy.canvases.create': defineMethod({
    summary:
      'Start a Business Model Canvas, Value Proposition Canvas, SWOT analysis or technical strategy (empty until its first version is saved).',
    input: z
      .object({
        productId: s.Id,
        kind: z.enum(CANVAS_KINDS),
        title: CanvasTitle,
        personaId: s.Id.nullable().default(null)
      })
      .strict(),
    output: Canvas
  }),

  'strategy.canvases.update': defineMethod({
    summary: 'Rename a canvas or change the persona a Value Proposition Canvas is for (its versions stay as they are).',
    input: z.object({ id: s.Id, title: CanvasTitle.optional(), personaId: s.Id.nullable().optional() }).strict(),
    output: Canvas
  }),

  'strategy.canvases.delete': defineMethod({
    summary: 'Delete a canvas with all its versions.',
    input: ById,
    output: Deleted
  }),

  'strategy.canvases.get': defineMethod({
    summary: 'A canvas with its latest content (empty blocks before the first save).',
    input: ById,
    output: CanvasState
  }),

  'strategy.canvases.save': defineMethod({
    summary: 'Save the whole canvas as a new version with the reason for the change.',
    input: z
      .object({
        canvasId: s.Id,
        content: CanvasContent,
        reason: Reason('the canvas changed', '"Interviews: parents book the lessons"')
      })
      .strict(),
    output: CanvasVersion
  }),

  'strategy.canvases.versions': defineMethod({
    summary: 'Every saved version of a canvas, newest first.',
    input: z.object({ canvasId: s.Id }).strict(),
    output: z.array(CanvasVersionSummary)
  }),

  'strategy.canvases.version': defineMethod({
    summary: 'One saved canvas version with its full content.',
    input: ById,
    output: CanvasVersion
  }),

  'strategy.canvases.compare': defineMethod({
    summary: 'Word-level differences, block by block, between two versions of the same canvas.',
    input: z.object({ fromVersionId: s.Id, toVersionId: s.Id }).strict(),
    output: CanvasComparison
  }),

  'strategy.competitors.get': defineMethod({
    summary:
      "A product's competitors, the criteria they are compared on, and each one's weighted total beside the product's own.",
    input: ByProduct,
    output: CompetitorBoard
  }),

  'strategy.competitors.create': defineMethod({
    summary: 'Add a competitor: what they offer, their strengths and weaknesses, price and positioning.',
    input: z.object({ productId: s.Id, ...CompetitorFields }).strict(),
    output: Competitor
  }),

  'strategy.competitors.update': defineMethod({
    summary: "Change a competitor's fields.",
    input: z.object({ id: s.Id, patch: z.object(CompetitorPatch).partial().strict() }).strict(),
    output: Competitor
  }),

  'strategy.competitors.delete': defineMethod({
    summary: 'Remove a competitor with its scores.',
    input: ById,
    output: Deleted
  }),

  'strategy.criteria.create': defineMethod({
    summary: 'Add a criterion to compare on, with its weight (1 to 5).',
    input: z
      .object({ productId: s.Id, name: Name('criterion', 'Price for a regular swimmer'), weight: Weight.default(1) })
      .strict(),
    output: Criterion
  }),

  'strategy.criteria.update': defineMethod({
    summary: 'Rename a criterion, change its weight, or score the product itself on it (null clears the score).',
    input: z
      .object({
        id: s.Id,
        patch: z
          .object({
            name: Name('criterion', 'Price for a regular swimmer'),
            weight: Weight,
            ownScore: Score.nullable()
          })
          .partial()
          .strict()
      })
      .strict(),
    output: Criterion
  }),

  'strategy.criteria.delete': defineMethod({
    summary: 'Remove a criterion with every score given on it.',
    input: ById,
    output: Deleted
  }),

  'strategy.scores.set': defineMethod({
    summary: 'Score a competitor on a criterion from 1 to 5 (null clears the score).',
    input: z.object({ competitorId: s.Id, criterionId: s.Id, score: Score.nullable() }).strict(),
    output: Competitor
  }),

  'strategy.costs.list': defineMethod({
    summary:
      "A product's cost items with the total per period, per category and over a year, and why they sit beside the EBM measures.",
    input: ByProduct,
    output: CostSheet
  }),

  'strategy.costs.create': defineMethod({
    summary: 'Add a cost item: build, run, support, licence or other; its amount and period, and a note.',
    input: z.object({ productId: s.Id, ...CostFields }).strict(),
    output: CostItem
  }),

  'strategy.costs.update': defineMethod({
    summary: "Change a cost item's fields.",
    input: z.object({ id: s.Id, patch: z.object(CostPatch).partial().strict() }).strict(),
    output: CostItem
  }),

  'strategy.costs.delete': defineMethod({
    summary: 'Remove a cost item.',
    input: ById,
    output: Deleted
  }),

  'strategy.influences.list': defineMethod({
    summary:
      "What affects a product's ability to deliver value, each factor with its quadrant, from the one needing most attention.",
    input: ByProduct,
    output: InfluenceBoard
  }),

  'strategy.influences.create': defineMethod({
    summary: 'Add a factor that affects the ability to deliver value, rated 1 to 5 for predictability and for control.',
    input: z.object({ productId: s.Id, ...InfluenceFields }).strict(),
    output: Influence
  }),

  'strategy.influences.update': defineMethod({
    summary: "Change a factor's name, note or ratings.",
    input: z.object({ id: s.Id, patch: z.object(InfluencePatch).partial().strict() }).strict(),
    output: Influence
  }),

  'strategy.influences.delete': defineMethod({
    summary: 'Remove a factor.',
    input: ById,
    output: Deleted
  })
} as const
