import { QUADRANT_SPLIT, type Quadrant } from './scales'

/**
 * Every score an item can carry, declared once, with its kind: the contract's schemas, the board's
 * query, the stored row and the models' numbers all follow this list.
 */
export const ITEM_SCORE_KINDS = {
  /** User-Business Value (WSJF). */
  ubv: 'scale',
  /** Time Criticality (WSJF). */
  tc: 'scale',
  /** Risk Reduction / Opportunity Enablement (WSJF). */
  rr: 'scale',
  jobSize: 'scale',
  value: 'scale',
  effort: 'scale',
  /** CD3: Cost of Delay in money per week. */
  codPerWeek: 'money',
  durationWeeks: 'weeks',
  moscow: 'moscow',
  releaseId: 'release'
} as const
export type ScoreKind = (typeof ITEM_SCORE_KINDS)[OrderingScoreField]
export type OrderingScoreField = keyof typeof ITEM_SCORE_KINDS
export const ORDERING_SCORE_FIELDS = Object.keys(ITEM_SCORE_KINDS) as [OrderingScoreField, ...OrderingScoreField[]]

const NUMBER_KINDS: ReadonlySet<ScoreKind> = new Set(['scale', 'money', 'weeks'])
type NumberField = {
  [F in OrderingScoreField]: (typeof ITEM_SCORE_KINDS)[F] extends 'scale' | 'money' | 'weeks' ? F : never
}[OrderingScoreField]

/** The numbers every ordering model reads (MoSCoW and the release are not numbers). */
export const MODEL_SCORE_FIELDS = ORDERING_SCORE_FIELDS.filter((field): field is NumberField =>
  NUMBER_KINDS.has(ITEM_SCORE_KINDS[field])
)

/** The numbers every ordering model reads; null means "not scored yet". */
export type ModelScores = Record<NumberField, number | null>

export const NO_SCORES: ModelScores = Object.fromEntries(
  MODEL_SCORE_FIELDS.map((field) => [field, null])
) as ModelScores

/** WSJF's Cost of Delay: User-Business Value + Time Criticality + Risk Reduction / Opportunity Enablement. */
export function costOfDelay({ ubv, tc, rr }: Pick<ModelScores, 'ubv' | 'tc' | 'rr'>): number | null {
  return ubv === null || tc === null || rr === null ? null : ubv + tc + rr
}

/** Cost of Delay / Job Size. */
export function wsjf(scores: Pick<ModelScores, 'ubv' | 'tc' | 'rr' | 'jobSize'>): number | null {
  const cod = costOfDelay(scores)
  return cod === null || scores.jobSize === null || scores.jobSize <= 0 ? null : cod / scores.jobSize
}

/** CD3: Cost of Delay per week / duration in weeks. */
export function cd3({ codPerWeek, durationWeeks }: Pick<ModelScores, 'codPerWeek' | 'durationWeeks'>): number | null {
  return codPerWeek === null || durationWeeks === null || durationWeeks <= 0 ? null : codPerWeek / durationWeeks
}

export function valueEffortRatio({ value, effort }: Pick<ModelScores, 'value' | 'effort'>): number | null {
  return value === null || effort === null || effort <= 0 ? null : value / effort
}

/** The value / effort quadrant; the split is fixed on the scale (see QUADRANT_SPLIT), not relative to other items. */
export function quadrant({ value, effort }: Pick<ModelScores, 'value' | 'effort'>): Quadrant | null {
  if (value === null || effort === null) return null
  const highValue = value > QUADRANT_SPLIT
  const highEffort = effort > QUADRANT_SPLIT
  if (highValue) return highEffort ? 'big-bet' : 'quick-win'
  return highEffort ? 'money-pit' : 'fill-in'
}
