import { rowMapping } from '../../db/columns'

export const canvasColumns = rowMapping(
  'strategy_canvases',
  { kind: 'kind', title: 'title', createdAt: 'created_at', updatedAt: 'updated_at' },
  ['product_id', 'persona_id']
)

export const competitorColumns = rowMapping(
  'competitors',
  {
    name: 'name',
    offer: 'offer',
    strengths: 'strengths',
    weaknesses: 'weaknesses',
    positioning: 'positioning',
    position: 'position',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
  },
  ['product_id']
)

export const criterionColumns = rowMapping(
  'competitor_criteria',
  { name: 'name', weight: 'weight', ownScore: 'own_score', position: 'position', createdAt: 'created_at' },
  ['product_id']
)

export const scoreColumns = rowMapping('competitor_scores', { score: 'score' }, ['competitor_id', 'criterion_id'])

export const influenceColumns = rowMapping(
  'influences',
  {
    name: 'name',
    note: 'note',
    predictability: 'predictability',
    control: 'control',
    position: 'position',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
  },
  ['product_id']
)

export const costColumns = rowMapping(
  'cost_items',
  {
    category: 'category',
    name: 'name',
    amount: 'amount',
    period: 'period',
    note: 'note',
    position: 'position',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
  },
  ['product_id']
)

/**
 * A listed row's values without its place in the list: the contract and the product file give the
 * place by the order of their lists, so `position` stays in the database.
 */
export function unplaced<T extends { position: number }>({ position: _position, ...values }: T): Omit<T, 'position'> {
  return values
}
