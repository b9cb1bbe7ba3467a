import { rowMapping } from '../../db/columns'

/**
 * An item's own values. Its state, parent and team are references; `number` 0 on a new row lets
 * the insert trigger give it its product's next number (migration 0025).
 */
export const itemColumns = rowMapping(
  'backlog_items',
  {
    number: 'number',
    type: 'type',
    title: 'title',
    description: 'description',
    estimate: 'estimate',
    rank: 'rank',
    notes: 'notes',
    externalKey: 'external_key',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
    deletedAt: 'deleted_at'
  },
  ['product_id', 'state_id', 'parent_id', 'team_id']
)

export const statusChangeColumns = rowMapping(
  'status_changes',
  { changedAt: 'changed_at', notDoneReason: 'not_done_reason' },
  ['item_id', 'from_state_id', 'to_state_id']
)

export const criterionColumns = rowMapping('acceptance_criteria', { position: 'position', text: 'text' }, ['item_id'])

export const labelColumns = rowMapping('labels', { name: 'name' }, ['product_id'])
