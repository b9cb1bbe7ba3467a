import { ReviewAgenda } from '@shared/api/methods/sprint-reviews'
import { flag, json, rowMapping } from '../../db/columns'

export const reviewColumns = rowMapping(
  'sprint_reviews',
  {
    status: 'status',
    agenda: json('agenda', ReviewAgenda),
    notes: 'notes',
    preparedAt: 'prepared_at',
    heldOn: 'held_on',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
  },
  ['sprint_id']
)

export const feedbackColumns = rowMapping(
  'sprint_review_feedback',
  { stakeholderName: 'stakeholder_name', text: 'text', createdAt: 'created_at' },
  ['review_id', 'stakeholder_id', 'created_item_id', 'changed_item_id']
)

export const retrospectiveColumns = rowMapping('sprint_retrospectives', { note: 'note', updatedAt: 'updated_at' }, [
  'sprint_id'
])

export const actionColumns = rowMapping(
  'retrospective_actions',
  { position: 'position', text: 'text', done: flag('done'), createdAt: 'created_at' },
  ['sprint_id']
)
