import { MODEL_LABELS, type OrderingModel } from './scales'
import { cd3, valueEffortRatio, wsjf, type ModelScores } from './scores'

export type ScoreField = keyof ModelScores

/** How one model scores an item and which of the item's numbers explain its place. */
export interface ModelDefinition {
  model: OrderingModel
  label: string
  score: (scores: ModelScores) => number | null
  /** Tie-break: the smaller value of this field goes first. */
  sizeField: ScoreField
  /** Fields that raise the score when they are high. */
  valueFields: readonly ScoreField[]
  tieBreak: string
}

export const FIELD_LABELS: Record<ScoreField, string> = {
  ubv: 'User-Business Value',
  tc: 'Time Criticality',
  rr: 'Risk Reduction / Opportunity Enablement',
  jobSize: 'Job Size',
  value: 'Value',
  effort: 'Effort',
  codPerWeek: 'Cost of Delay per week',
  durationWeeks: 'Duration (weeks)'
}

const UNSCORED_LAST = 'Items not fully scored follow, in your order.'

export const MODELS: Record<OrderingModel, ModelDefinition> = {
  wsjf: {
    model: 'wsjf',
    label: MODEL_LABELS.wsjf,
    score: wsjf,
    sizeField: 'jobSize',
    valueFields: ['ubv', 'tc', 'rr'],
    tieBreak: `Equal WSJF: the smaller Job Size goes first, then your order. ${UNSCORED_LAST}`
  },
  cd3: {
    model: 'cd3',
    label: MODEL_LABELS.cd3,
    score: cd3,
    sizeField: 'durationWeeks',
    valueFields: ['codPerWeek'],
    tieBreak: `Equal CD3: the shorter duration goes first, then your order. ${UNSCORED_LAST}`
  },
  'value-effort': {
    model: 'value-effort',
    label: MODEL_LABELS['value-effort'],
    score: valueEffortRatio,
    sizeField: 'effort',
    valueFields: ['value'],
    tieBreak: `Equal value / effort: the smaller effort goes first, then your order. ${UNSCORED_LAST}`
  }
}
