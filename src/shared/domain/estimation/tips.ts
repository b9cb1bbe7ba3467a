import { withSource } from '../guides'

/**
 * The advice the refinement screens give, each with the part of the guides it serves. Planning
 * Poker and bucket estimation are the team's own techniques; the Scrum Guide says who sizes items
 * and what refinement is for.
 */
export const REFINEMENT_TIPS = {
  notReady: withSource(
    'Refinement breaks items down and adds detail, order and size until the team could finish each within one Sprint; start with the items at the top',
    'scrum',
    'productBacklog'
  ),
  allReady: withSource(
    'Every open item near the top is ready. Look further down, or split a large item when it moves up',
    'scrum',
    'productBacklog'
  ),
  planningPoker: withSource(
    'Each developer picks a card for the size of the item while the others look away; the cards turn over together. Those with the lowest and highest cards explain first, then the team votes again or agrees: the Developers who will do the work size it',
    'scrum',
    'productBacklog'
  ),
  bucketEstimation: withSource(
    'Compare items with each other, not with hours: put each one in the bucket of items about its size. Items start in the bucket of their current estimate',
    'scrum',
    'productBacklog'
  ),
  split: withSource(
    'Split an item into smaller, more precise ones that each still deliver something and could be Done within one Sprint',
    'scrum',
    'productBacklog'
  )
} as const
