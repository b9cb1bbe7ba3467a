import { rowMapping } from '../../db/columns'

export const settingsColumns = rowMapping(
  'product_settings',
  { estimateScale: 'estimate_scale', estimateThreshold: 'estimate_threshold' },
  ['product_id']
)

/** A Definition of Ready or Done line; one with a team is that team's addition to the Definition of Done. */
export const definitionColumns = rowMapping(
  'definition_criteria',
  { kind: 'kind', position: 'position', text: 'text' },
  ['product_id', 'team_id']
)
