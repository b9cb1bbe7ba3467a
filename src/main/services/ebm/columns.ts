import { rowMapping } from '../../db/columns'

export const measureColumns = rowMapping(
  'ebm_measures',
  {
    area: 'area',
    name: 'name',
    description: 'description',
    unit: 'unit',
    direction: 'direction',
    indicator: 'indicator',
    category: 'category',
    howMeasured: 'how_measured',
    catalogueKey: 'catalogue_key',
    automaticSource: 'automatic_source',
    targetValue: 'target_value',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
  },
  ['product_id']
)

export const measureValueColumns = rowMapping('ebm_measure_values', { date: 'date', value: 'value', note: 'note' }, [
  'measure_id'
])

export const goalColumns = rowMapping(
  'ebm_goals',
  {
    level: 'level',
    title: 'title',
    description: 'description',
    targetDate: 'target_date',
    currentState: 'current_state',
    currentStateDate: 'current_state_date',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
  },
  ['product_id', 'parent_id']
)

/** A goal's targets keep the order they were given in (`position`). */
export const goalTargetColumns = rowMapping(
  'ebm_goal_targets',
  { baseline: 'baseline', target: 'target', position: 'position' },
  ['goal_id', 'measure_id']
)

export const experimentColumns = rowMapping(
  'ebm_experiments',
  {
    title: 'title',
    change: 'change',
    outcome: 'outcome',
    expectedValue: 'expected_value',
    byDate: 'by_date',
    status: 'status',
    decision: 'decision',
    decisionNotes: 'decision_notes',
    decidedAt: 'decided_at',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
  },
  ['product_id', 'goal_id', 'measure_id']
)
