import { cite } from '../guides'

/**
 * Where each DEEP health rule's advice comes from, so a graduate can look it up. DEEP itself is
 * Pichler's and Cohn's; each rule names the part of the guides its advice serves, also where the
 * technique (acceptance criteria, a Definition of Ready) is one the Scrum Guide leaves to the team.
 */
export const FINDING_SOURCES = {
  // Refined items are small enough to be Done within one Sprint; lower items may stay coarse.
  'too-big': cite('scrum', 'productBacklog'),
  'top-detailed': cite('scrum', 'productBacklog'),
  'coarse-below': cite('scrum', 'productBacklog'),
  'no-definition-of-ready': cite('scrum', 'productBacklog'),
  'not-ready': cite('scrum', 'productBacklog'),
  // Refinement adds the details that let the team judge an item, such as acceptance criteria.
  'no-criteria': cite('scrum', 'productBacklog'),
  // Size is one of the attributes refinement adds; the Developers who do the work size it.
  unestimated: cite('scrum', 'productBacklog'),
  'top-estimated': cite('scrum', 'productBacklog'),
  'estimated-below': cite('scrum', 'productBacklog'),
  // The Product Backlog is emergent: items arrive, change, split and leave.
  added: cite('scrum', 'productBacklog'),
  changed: cite('scrum', 'productBacklog'),
  removed: cite('scrum', 'productBacklog'),
  split: cite('scrum', 'productBacklog'),
  untouched: cite('scrum', 'productBacklog'),
  'no-change': cite('scrum', 'productBacklog'),
  // Arrivals against departures is throughput, a flow measure.
  'arrivals-departures': cite('kanban', 'flowMetrics'),
  // One ordered list, ordered by the Product Owner.
  'total-order': cite('scrum', 'productOwner'),
  'tied-places': cite('scrum', 'productOwner'),
  // The Product Goal is the Product Backlog's commitment: the backlog emerges to serve it.
  'no-goals': cite('scrum', 'productGoal'),
  'no-active-goal': cite('scrum', 'productGoal'),
  'off-goal': cite('scrum', 'productGoal'),
  'serves-goal': cite('scrum', 'productGoal')
} as const satisfies Record<string, string>

/** A DEEP health rule: each one has the source of its advice. */
export type DeepRule = keyof typeof FINDING_SOURCES
