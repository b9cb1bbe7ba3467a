import { BacklogFilters } from '@shared/api/methods/backlog'
import { json, rowMapping } from '../../db/columns'

export const savedFilterColumns = rowMapping(
  'saved_filters',
  { name: 'name', query: 'query', filters: json('filters', BacklogFilters), createdAt: 'created_at' },
  ['product_id']
)
