import type { OrderingScoreField } from '@shared/domain/ordering'
import { formatNumber } from '@shared/domain/ordering/compare'
import { FIELD_LABELS as MODEL_FIELD_LABELS } from '@shared/domain/ordering/models'

/** How each stored score is named on screen (history, column headers). */
export const FIELD_LABELS: Record<OrderingScoreField, string> = {
  ...MODEL_FIELD_LABELS,
  moscow: 'MoSCoW',
  releaseId: 'Release'
}

export const WSJF_FIELDS = ['ubv', 'tc', 'rr', 'jobSize'] as const
export type WsjfField = (typeof WSJF_FIELDS)[number]

export const WSJF_SHORT_LABELS: Record<WsjfField, string> = {
  ubv: 'UBV',
  tc: 'TC',
  rr: 'RR / OE',
  jobSize: 'Job Size'
}

/** Scores print without trailing noise (2.5, 13, 0.67); "–" when not scored yet. */
export function formatScore(value: number | null): string {
  return value === null ? '–' : formatNumber(value)
}

/** The height of a table row holding a score select: the select's height plus the cell padding. */
export const SCORE_ROW_HEIGHT = 41
