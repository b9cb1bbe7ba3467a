import { rowMapping } from '../../db/columns'

export const stateColumns = rowMapping(
  'workflow_states',
  {
    name: 'name',
    category: 'category',
    position: 'position',
    wipLimit: 'wip_limit',
    entryPolicy: 'entry_policy',
    exitPolicy: 'exit_policy'
  },
  ['product_id']
)
