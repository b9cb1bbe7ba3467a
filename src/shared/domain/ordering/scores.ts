import { QUADRANT_SPLIT, type Quadrant } from './scales'

/** The numbers every ordering model reads; null means "not scored yet". */
export interface ModelScores {
  ubv: number | null
  tc: number | null
  rr: number | null
  jobSize: number | null
  value: number | null
  effort: number | null
  codPerWeek: number | null
  durationWeeks: number | null
}

export const NO_SCORES: ModelScores = {
  ubv: null,
  tc: null,
  rr: null,
  jobSize: null,
  value: null,
  effort: null,
  codPerWeek: null,
  durationWeeks: null
}

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
