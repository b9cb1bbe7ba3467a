import { z } from 'zod'
import { json, rowMapping } from '../../db/columns'

export const releaseColumns = rowMapping(
  'releases',
  { name: 'name', targetDate: 'target_date', createdAt: 'created_at' },
  ['product_id']
)

/** The scores of an item; its release is a reference, so the product file can follow it to its new id. */
export const itemScoreColumns = rowMapping(
  'item_scores',
  {
    ubv: 'ubv',
    tc: 'tc',
    rr: 'rr',
    jobSize: 'job_size',
    value: 'value',
    effort: 'effort',
    codPerWeek: 'cod_per_week',
    durationWeeks: 'duration_weeks',
    moscow: 'moscow',
    updatedAt: 'updated_at'
  },
  ['item_id', 'release_id']
)

export const scoreChangeColumns = rowMapping(
  'score_changes',
  { field: 'field', oldValue: 'old_value', newValue: 'new_value', changedAt: 'changed_at' },
  ['item_id']
)

/** Each moved item's id with the rank it had before the model's order was applied. */
const PreviousRanks = z.array(z.tuple([z.number().int(), z.string()]))

export const orderSnapshotColumns = rowMapping(
  'order_snapshots',
  {
    model: 'model',
    previousRanks: json('previous_ranks', PreviousRanks),
    moved: 'moved',
    appliedAt: 'applied_at',
    undoneAt: 'undone_at'
  },
  ['product_id']
)

export const kanoFeatureColumns = rowMapping('kano_features', { name: 'name', createdAt: 'created_at' }, [
  'product_id',
  'item_id'
])

export const kanoAnswerColumns = rowMapping(
  'kano_answers',
  { respondent: 'respondent', functional: 'functional', dysfunctional: 'dysfunctional', createdAt: 'created_at' },
  ['feature_id']
)
