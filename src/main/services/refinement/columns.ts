import { rowMapping } from '../../db/columns'

export const splitColumns = rowMapping('item_splits', { pattern: 'pattern', splitAt: 'split_at' }, ['item_id'])
