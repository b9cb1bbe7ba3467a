import { cite, type GuideId, type SectionOf } from '../guides'

/** Where a term comes from: a section of one of the guides, or null for a course practice the guides do not contain. */
export type TermSource = { [G in GuideId]: { guide: G; section: SectionOf<G> } }[GuideId] | null

export interface GlossaryTerm {
  term: string
  /** One line, in this app's words. */
  meaning: string
  source: TermSource
}

const scrum = (section: SectionOf<'scrum'>): TermSource => ({ guide: 'scrum', section })
const kanban = (section: SectionOf<'kanban'>): TermSource => ({ guide: 'kanban', section })
const ebm = (section: SectionOf<'ebm'>): TermSource => ({ guide: 'ebm', section })
const practice: TermSource = null

/** The terms the app's screens use, each with where it comes from. */
export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    term: 'Ability to Innovate',
    meaning: 'How well the product can take on something new rather than only keep what it has running.',
    source: ebm('abilityToInnovate')
  },
  {
    term: 'Acceptance criteria',
    meaning: 'The conditions a backlog item has to meet before the Product Owner and the Developers call it complete.',
    source: practice
  },
  {
    term: 'Assumption',
    meaning: 'Something believed about customers, the market or the product that has not been shown by evidence yet.',
    source: practice
  },
  {
    term: 'Bucket estimation',
    meaning: 'Sorting many items quickly into size buckets together, instead of discussing each one in turn.',
    source: practice
  },
  {
    term: 'Cost of delay',
    meaning: 'What waiting costs: the value lost for each week an item is not yet delivered.',
    source: practice
  },
  {
    term: 'CD3',
    meaning: 'Cost of delay divided by duration: the item that loses most per week of work goes first.',
    source: practice
  },
  {
    term: 'Current Value',
    meaning: 'The value the product delivers to its customers and the organisation today.',
    source: ebm('currentValue')
  },
  {
    term: 'Cumulative flow diagram',
    meaning:
      'A chart of how many items sat in each workflow state on each day, so queues and bottlenecks show as widening bands.',
    source: practice
  },
  {
    term: 'Cycle time',
    meaning: 'The time from when work on an item started until it finished.',
    source: kanban('flowMetrics')
  },
  {
    term: 'Definition of Done',
    meaning: 'The quality standard every piece of work must meet to become part of the Increment.',
    source: scrum('definitionOfDone')
  },
  {
    term: 'Definition of Ready',
    meaning: 'A team’s optional agreement on when an item is clear enough to take into a Sprint; not part of Scrum.',
    source: practice
  },
  {
    term: 'Definition of Workflow',
    meaning:
      'The team’s explicit agreement on its workflow states, WIP limits, policies and Service Level Expectation.',
    source: kanban('workflow')
  },
  {
    term: 'DEEP',
    meaning: 'A health check of the backlog: detailed appropriately, emergent, estimated and prioritised (ordered).',
    source: practice
  },
  {
    term: 'Developers',
    meaning: 'The people in the Scrum Team who create the Increment each Sprint and decide how to do the work.',
    source: scrum('developers')
  },
  {
    term: 'Elevator pitch',
    meaning: 'The vision said in a few sentences: for whom, what need, what the product is and how it differs.',
    source: practice
  },
  {
    term: 'Empathy map',
    meaning: 'A picture of what a persona says, thinks, feels and does, drawn from research.',
    source: practice
  },
  {
    term: 'Empiricism',
    meaning: 'Deciding from what is observed: make the work transparent, inspect it often and adapt.',
    source: scrum('empiricism')
  },
  {
    term: 'Epic',
    meaning: 'A large backlog item that is split into smaller ones before the team can finish it in a Sprint.',
    source: practice
  },
  {
    term: 'Experiment',
    meaning:
      'A small, deliberate change with a hypothesis and a measure, run to learn whether it moves a goal; it ends in a decision to persevere, pivot or stop.',
    source: ebm('experiments')
  },
  {
    term: 'Forecast',
    meaning:
      'A range of likely outcomes (when, or how many) with how sure it is, drawn from the team’s delivery history.',
    source: practice
  },
  {
    term: 'Given-When-Then',
    meaning: 'A way to write an acceptance criterion as a starting situation, an action and the expected result.',
    source: practice
  },
  {
    term: 'Goal-oriented roadmap',
    meaning:
      'A roadmap that lists the goals to reach over time, with the measures that show each one is met, instead of features.',
    source: practice
  },
  {
    term: 'Immediate Tactical Goal',
    meaning: 'A short-term goal the team can reach soon, on the way to an intermediate goal.',
    source: ebm('goals')
  },
  {
    term: 'Increment',
    meaning:
      'A usable step towards the Product Goal that meets the Definition of Done; several can be made in one Sprint.',
    source: scrum('increment')
  },
  {
    term: 'Intermediate Goal',
    meaning: 'A goal between the strategic goal and the next tactical steps, reachable in months.',
    source: ebm('goals')
  },
  {
    term: 'INVEST',
    meaning: 'A check of a story: independent, negotiable, valuable, estimable, small and testable.',
    source: practice
  },
  {
    term: 'Job story',
    meaning: 'An item written as a situation, a motivation and an expected outcome: “When …, I want to …, so I can …”.',
    source: practice
  },
  {
    term: 'Kano model',
    meaning:
      'Sorting features by how customers react to having or missing them: must-be, performance, attractive, indifferent or reverse.',
    source: practice
  },
  {
    term: 'Kendall tau',
    meaning: 'A number from −1 to 1 that says how alike two orders are; 1 means the same order.',
    source: practice
  },
  {
    term: 'Key Value Areas',
    meaning: 'The four areas EBM looks at: Current Value, Unrealized Value, Time-to-Market and Ability to Innovate.',
    source: ebm('kva')
  },
  {
    term: 'Key Value Measure',
    meaning: 'A measure chosen to show how the product is doing in one Key Value Area.',
    source: ebm('kva')
  },
  {
    term: 'Lean Canvas',
    meaning:
      'One page with the problem, customer segments, solution, unique value proposition, channels, costs, revenue, key metrics and unfair advantage.',
    source: practice
  },
  {
    term: 'MoSCoW',
    meaning: 'Sorting the items of a release into Must have, Should have, Could have and Won’t have this time.',
    source: practice
  },
  {
    term: 'Monte Carlo forecast',
    meaning:
      'A forecast made by replaying the team’s past days at random many thousands of times and counting the results.',
    source: practice
  },
  {
    term: 'Now/Next/Later roadmap',
    meaning: 'A roadmap in three columns by how soon, without dates, so plans can change as the team learns.',
    source: practice
  },
  {
    term: 'OKR',
    meaning: 'An objective with a few measurable key results that show whether it was reached.',
    source: practice
  },
  {
    term: 'Persona',
    meaning: 'A description of a typical customer or user, with goals, pains and context, drawn from research.',
    source: practice
  },
  {
    term: 'Pivot or persevere',
    meaning: 'The decision after an experiment: keep going as planned, change course, or stop.',
    source: practice
  },
  {
    term: 'Planning Poker',
    meaning:
      'Estimating together: each Developer shows a size at once, and the highest and lowest explain before a second round.',
    source: practice
  },
  {
    term: 'Product Backlog',
    meaning: 'The one ordered list of what is needed to improve the product; the Product Owner is accountable for it.',
    source: scrum('productBacklog')
  },
  {
    term: 'Product Backlog item',
    meaning:
      'One entry of the Product Backlog: a feature, a fix, a technical improvement or anything else the product needs.',
    source: scrum('productBacklog')
  },
  {
    term: 'Product Backlog refinement',
    meaning:
      'The ongoing work of breaking items down and adding detail, size and order, so they can be done in a Sprint.',
    source: scrum('productBacklog')
  },
  {
    term: 'Product Box',
    meaning: 'A box designed for the product as if it sold in a shop, to find what matters most to its buyers.',
    source: practice
  },
  {
    term: 'Product Goal',
    meaning: 'The next long-term target for the product; the team works on one at a time.',
    source: scrum('productGoal')
  },
  {
    term: 'Product Owner',
    meaning: 'The one person accountable for the value the product delivers and for the Product Backlog.',
    source: scrum('productOwner')
  },
  {
    term: 'Product vision',
    meaning: 'The long-term purpose of the product that gives the team and its stakeholders a shared direction.',
    source: practice
  },
  {
    term: 'Product Vision Board',
    meaning: 'One page with the vision, the target group, their needs, the product and the business goals.',
    source: practice
  },
  {
    term: 'Scrum Team',
    meaning: 'The Product Owner, the Scrum Master and the Developers, working as one unit towards the Product Goal.',
    source: scrum('scrumTeam')
  },
  {
    term: 'Service Level Expectation',
    meaning: 'The team’s forecast of how long one item should take, with a likelihood, e.g. 85% within 10 days.',
    source: kanban('workflow')
  },
  {
    term: 'Spike',
    meaning:
      'A short, time-boxed piece of research that answers a question the team must settle before it can estimate or build.',
    source: practice
  },
  {
    term: 'Sprint',
    meaning:
      'A fixed period of one month or less in which the team turns ideas into value; one follows another without a gap.',
    source: scrum('sprint')
  },
  {
    term: 'Sprint Goal',
    meaning:
      'The one objective of a Sprint, set in Sprint Planning, that gives the Developers focus and room to adapt the plan.',
    source: scrum('sprintGoal')
  },
  {
    term: 'Sprint Planning',
    meaning: 'The event that starts a Sprint: why it is valuable, what can be done and how.',
    source: scrum('sprintPlanning')
  },
  {
    term: 'Sprint Retrospective',
    meaning: 'The event that ends a Sprint, where the Scrum Team looks at how it worked and picks improvements.',
    source: scrum('sprintRetrospective')
  },
  {
    term: 'Sprint Review',
    meaning:
      'The working session where the Scrum Team and stakeholders inspect what was done and decide what to do next.',
    source: scrum('sprintReview')
  },
  {
    term: 'Stakeholder map',
    meaning: 'Stakeholders placed by their power and their interest, to choose how closely to involve each one.',
    source: practice
  },
  {
    term: 'Story map',
    meaning: 'Items laid out under the steps of a user’s journey, so releases can be cut as thin slices across it.',
    source: practice
  },
  {
    term: 'Story points',
    meaning: 'A relative size for an item that combines effort, complexity and doubt.',
    source: practice
  },
  {
    term: 'Strategic Goal',
    meaning: 'A far, ambitious goal the organisation aims for, too big to be sure of reaching.',
    source: ebm('goals')
  },
  {
    term: 'Technical debt',
    meaning: 'The future cost of shortcuts taken today, paid as slower and riskier change later.',
    source: practice
  },
  { term: 'Throughput', meaning: 'How many items finish in a period.', source: kanban('flowMetrics') },
  {
    term: 'Time-to-Market',
    meaning: 'How quickly the product can deliver something new and learn from it.',
    source: ebm('timeToMarket')
  },
  {
    term: 'Unrealized Value',
    meaning: 'The value the product could still deliver if it met needs it does not meet yet.',
    source: ebm('unrealizedValue')
  },
  {
    term: 'User story',
    meaning: 'An item written from a user’s view: who wants it, what they want and why.',
    source: practice
  },
  {
    term: 'Value poker',
    meaning: 'Estimating business value together with cards, the way Planning Poker estimates size.',
    source: practice
  },
  {
    term: 'Value versus effort',
    meaning: 'Ordering by the value an item brings against the effort it takes, quick wins first.',
    source: practice
  },
  {
    term: 'Velocity',
    meaning: 'The amount of work (in points or items) a team finished per Sprint in the past.',
    source: practice
  },
  {
    term: 'WIP limit',
    meaning: 'The most items allowed in a workflow state at once, so work finishes before new work starts.',
    source: kanban('workflow')
  },
  {
    term: 'Work in progress (WIP)',
    meaning: 'The items that have started and not yet finished.',
    source: kanban('flowMetrics')
  },
  {
    term: 'Work item age',
    meaning: 'How long an unfinished item has been in progress so far.',
    source: kanban('flowMetrics')
  },
  {
    term: 'WSJF',
    meaning: 'Weighted shortest job first: cost of delay divided by job size, so small, urgent, valuable items rise.',
    source: practice
  }
]

/** What a reader sees as the term's origin. */
export function sourceLabel(source: TermSource): string {
  if (source === null) return 'Course practice, not in the guides'
  return source.guide === 'scrum'
    ? cite('scrum', source.section)
    : source.guide === 'kanban'
      ? cite('kanban', source.section)
      : cite('ebm', source.section)
}

/** Terms whose name or meaning holds every word of the query (any case), alphabetical; all of them for an empty query. */
export function searchGlossary(terms: readonly GlossaryTerm[], query: string): GlossaryTerm[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const sorted = [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }))
  if (words.length === 0) return sorted
  const byName = (t: GlossaryTerm) => words.every((w) => t.term.toLowerCase().includes(w))
  // Terms named by the query come first, then those that only mention it.
  return [
    ...sorted.filter(byName),
    ...sorted.filter((t) => !byName(t) && words.every((w) => `${t.term} ${t.meaning}`.toLowerCase().includes(w)))
  ]
}
