import type {
  Direction,
  ExperimentDecision,
  ExperimentResult,
  Indicator,
  MeasureCategory
} from '@shared/domain/ebm/vocabulary'

export {
  EXPERIMENT_DECISION_LABELS as DECISION_LABELS,
  EXPERIMENT_STATUS_LABELS as STATUS_LABELS
} from '@shared/domain/ebm/vocabulary'

/** Words for the stored keys, as the screens show them. */

export const DIRECTION_LABELS: Record<Direction, string> = {
  higher: 'Higher is better',
  lower: 'Lower is better'
}

export const INDICATOR_LABELS: Record<Indicator, string> = {
  leading: 'Leading',
  lagging: 'Lagging'
}

export const INDICATOR_HINTS: Record<Indicator, string> = {
  leading: 'moves before the result it predicts',
  lagging: 'confirms a result after it happened'
}

export const CATEGORY_LABELS: Record<MeasureCategory, string> = {
  resources: 'Resources',
  activities: 'Activities',
  output: 'Output',
  outcome: 'Outcome',
  impact: 'Impact'
}

export const RESULT_LABELS: Record<ExperimentResult, string> = {
  met: 'Met',
  'not-met': 'Not met',
  'too-early': 'Too early to tell',
  'no-data': 'No data yet'
}

export const DECISION_HINTS: Record<ExperimentDecision, string> = {
  persevere: 'keep going in this direction',
  pivot: 'change course, keep the goal',
  stop: 'drop the idea and put the effort elsewhere'
}
