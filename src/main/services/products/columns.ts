import { flag, rowMapping } from '../../db/columns'

export const productColumns = rowMapping(
  'products',
  {
    name: 'name',
    description: 'description',
    itemPrefix: 'item_prefix',
    nextItemNumber: 'next_item_number',
    isSample: flag('is_sample'),
    archivedAt: 'archived_at',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
  },
  []
)
