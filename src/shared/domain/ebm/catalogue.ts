import {
  AREA_LABELS,
  AREA_QUESTIONS,
  KEY_VALUE_AREAS,
  type AutomaticSource,
  type Direction,
  type Indicator,
  type KeyValueArea,
  type MeasureCategory
} from './vocabulary'

/** A measure a Product Owner can adopt in one click, with sensible defaults they can change later. */
export interface CatalogueEntry {
  key: string
  area: KeyValueArea
  name: string
  description: string
  unit: string
  direction: Direction
  indicator: Indicator
  category: MeasureCategory
  /** Why the measure is in its category, by the meanings given with MEASURE_CATEGORIES. */
  why: string
  /** Set when the app computes the values itself from the backlog's status history. */
  automaticSource: AutomaticSource | null
}

type Entry = Omit<CatalogueEntry, 'area' | 'automaticSource'> & { automaticSource?: AutomaticSource }

const entries = (area: KeyValueArea, list: Entry[]): CatalogueEntry[] =>
  list.map(({ automaticSource, ...entry }) => ({ ...entry, area, automaticSource: automaticSource ?? null }))

/**
 * The EBM Guide's example Key Value Measures, described in our own words, plus the Time-to-Market
 * measures this app can compute from a product's own backlog history.
 */
export const CATALOGUE: readonly CatalogueEntry[] = [
  ...entries('current-value', [
    {
      key: 'revenue-per-employee',
      name: 'Revenue per employee',
      description:
        'What the product earns divided by the people who work on it, per year. Read it from finance figures each quarter; a rise means each person creates more value.',
      unit: 'money per person per year',
      direction: 'higher',
      indicator: 'lagging',
      category: 'impact',
      why: 'a business result for the organisation, not a change for customers.'
    },
    {
      key: 'product-cost-ratio',
      name: 'Product cost ratio',
      description:
        'All the costs of building and running the product as a share of the revenue it brings in. Add up people, tools and hosting for a period and divide by that period’s revenue.',
      unit: '%',
      direction: 'lower',
      indicator: 'lagging',
      category: 'resources',
      why: 'it weighs what goes into the product against what it earns.'
    },
    {
      key: 'employee-satisfaction',
      name: 'Employee satisfaction',
      description:
        'How the people building the product feel about their work. Ask the same few questions in a short anonymous survey every month or two; unhappy teams tend to deliver less value later.',
      unit: 'out of 5',
      direction: 'higher',
      indicator: 'leading',
      category: 'outcome',
      why: 'it shows whether the people building the product are better off.'
    },
    {
      key: 'customer-satisfaction',
      name: 'Customer satisfaction',
      description:
        'How content the people who use the product are with it today. Use one survey question asked the same way each time (a 1-5 rating or a Net Promoter Score) and track the average.',
      unit: 'out of 5',
      direction: 'higher',
      indicator: 'lagging',
      category: 'outcome',
      why: 'it shows whether customers are better off.'
    },
    {
      key: 'customer-usage-index',
      name: 'Customer usage index',
      description:
        'How much customers really use what was built: for example the share of active users who use the key features each week. Read it from product analytics; features nobody uses add cost, not value.',
      unit: '%',
      direction: 'higher',
      indicator: 'leading',
      category: 'outcome',
      why: 'a change in what customers do with the product.'
    }
  ]),
  ...entries('unrealized-value', [
    {
      key: 'market-share',
      name: 'Market share',
      description:
        'The product’s share of the market it competes in, by revenue or by customers. Take it from market research or sales data once a quarter; the share you do not have is value still to win.',
      unit: '%',
      direction: 'higher',
      indicator: 'lagging',
      category: 'impact',
      why: 'the organisation’s position in its market, a business result.'
    },
    {
      key: 'satisfaction-gap',
      name: 'Customer or user satisfaction gap',
      description:
        'The distance between how satisfied customers say they would like to be and how satisfied they are now. Ask both questions in the same survey and subtract; a shrinking gap means the product is closing in on what people want.',
      unit: 'points',
      direction: 'lower',
      indicator: 'leading',
      category: 'outcome',
      why: 'the distance between the experience customers have and the one they want.'
    },
    {
      key: 'desired-customer-experience',
      name: 'Desired customer experience',
      description:
        'The share of customers for whom a key journey already works the way they wish it did. Define the experience you aim for, then ask or observe whether customers get it.',
      unit: '%',
      direction: 'higher',
      indicator: 'leading',
      category: 'outcome',
      why: 'the change customers want to feel, which the product could still bring.'
    }
  ]),
  ...entries('time-to-market', [
    {
      key: 'build-integration-frequency',
      name: 'Build and integration frequency',
      description:
        'How often changes are merged and built together into a working whole. Count successful integration builds per day in the build server; frequent integration surfaces problems while they are small.',
      unit: 'builds per day',
      direction: 'higher',
      indicator: 'leading',
      category: 'activities',
      why: 'how often the team integrates its work: a practice, not something delivered.'
    },
    {
      key: 'release-frequency',
      name: 'Release frequency',
      description:
        'How often a new version reaches customers. Count releases per month from the release log; the more often you release, the sooner you learn what customers do with it.',
      unit: 'releases per month',
      direction: 'higher',
      indicator: 'lagging',
      category: 'output',
      why: 'how often finished work is delivered to users.'
    },
    {
      key: 'release-stabilisation',
      name: 'Release stabilisation period',
      description:
        'Days spent fixing and hardening between “development is finished” and “released”. Measure it per release from the calendar; a long period hints at hidden quality problems.',
      unit: 'days',
      direction: 'lower',
      indicator: 'lagging',
      category: 'activities',
      why: 'time spent making a release fit to ship: a practice, not something delivered.'
    },
    {
      key: 'mean-time-to-repair',
      name: 'Mean time to repair',
      description:
        'On average, how long it takes from a failure in production until customers can use the product again. Take start and end times from the incident log.',
      unit: 'hours',
      direction: 'lower',
      indicator: 'lagging',
      category: 'activities',
      why: 'how fast the team restores service: a practice, not something delivered.'
    },
    {
      key: 'customer-cycle-time',
      name: 'Customer cycle time',
      description:
        'Time from the moment work on a customer need starts until the customer can use the result. Track it per item from the tracker and the release log; it is the wait customers feel.',
      unit: 'days',
      direction: 'lower',
      indicator: 'lagging',
      category: 'output',
      why: 'a duration of delivery, like lead time: it says how fast work reaches customers, not whether they are better off.'
    },
    {
      key: 'lead-time',
      name: 'Lead time',
      description:
        'Time from when an idea or request is accepted until it is in customers’ hands. Record both dates per item; waiting in the backlog counts too.',
      unit: 'days',
      direction: 'lower',
      indicator: 'lagging',
      category: 'output',
      why: 'a duration of delivery, from a request to its delivery.'
    },
    {
      key: 'deployment-frequency',
      name: 'Deployment frequency',
      description:
        'How often changes are deployed to any environment, production included. Count deployments per week in the deployment pipeline; frequent, small deployments carry less risk.',
      unit: 'deployments per week',
      direction: 'higher',
      indicator: 'leading',
      category: 'activities',
      why: 'how often changes reach production, a practice; what users receive is counted by release frequency.'
    },
    {
      key: 'time-to-learn',
      name: 'Time to learn',
      description:
        'Time from having an idea to knowing from real users whether it worked. Note the date of each idea and the date its results came in; the shorter, the more experiments fit in a year.',
      unit: 'days',
      direction: 'lower',
      indicator: 'leading',
      category: 'output',
      why: 'a duration of the delivery-and-feedback loop, like lead time; what was learned is not in the number.'
    },
    {
      key: 'time-to-pivot',
      name: 'Time to pivot',
      description:
        'How long it takes to change direction once the evidence says so: from the decision to the first release on the new course. Record both dates when it happens.',
      unit: 'days',
      direction: 'lower',
      indicator: 'lagging',
      category: 'output',
      why: 'a duration of delivering a change of direction, like lead time.'
    },
    {
      key: 'flow-cycle-time-85',
      name: 'Cycle time (85th percentile of each week’s finished items, from this backlog)',
      description:
        'Each week, the number of days within which 85% of the items finished that week were done, from start to finish. The app computes it from the backlog’s status history.',
      unit: 'days',
      direction: 'lower',
      indicator: 'leading',
      category: 'output',
      why: 'a duration of delivery, from start to finish of an item.',
      automaticSource: 'cycle-time-85'
    },
    {
      key: 'flow-lead-time-85',
      name: 'Lead time (85th percentile of each week’s finished items, from this backlog)',
      description:
        'Each week, the number of days within which 85% of the items finished that week went from entering the backlog to done. The app computes it from the backlog’s status history.',
      unit: 'days',
      direction: 'lower',
      indicator: 'lagging',
      category: 'output',
      why: 'a duration of delivery, from arrival to finish of an item.',
      automaticSource: 'lead-time-85'
    },
    {
      key: 'flow-throughput-weekly',
      name: 'Throughput per week (from this backlog)',
      description:
        'How many backlog items reached a done state each week. The app counts them from the backlog’s status history.',
      unit: 'items per week',
      direction: 'higher',
      indicator: 'leading',
      category: 'output',
      why: 'a count of items delivered.',
      automaticSource: 'throughput-weekly'
    }
  ]),
  ...entries('ability-to-innovate', [
    {
      key: 'innovation-rate',
      name: 'Innovation rate',
      description:
        'The share of the team’s effort that goes into new capabilities rather than maintenance and support. Classify finished work or booked time each Sprint and take the new-work share.',
      unit: '%',
      direction: 'higher',
      indicator: 'leading',
      category: 'resources',
      why: 'the share of the budget that goes into new capabilities.'
    },
    {
      key: 'defect-trends',
      name: 'Defect trends',
      description:
        'How many defects are found per month, and whether that number rises or falls. Count new defect reports in the tracker; every defect fixed is time not spent on new value.',
      unit: 'defects per month',
      direction: 'lower',
      indicator: 'lagging',
      category: 'output',
      why: 'the quality of what is delivered.'
    },
    {
      key: 'on-product-index',
      name: 'On-product index',
      description:
        'The share of the team’s time actually spent on this product, not on meetings, other products or interruptions. Sample it with a short weekly check-in.',
      unit: '%',
      direction: 'higher',
      indicator: 'leading',
      category: 'resources',
      why: 'the share of people’s time that goes into the product.'
    },
    {
      key: 'installed-version-index',
      name: 'Installed version index',
      description:
        'How many different versions customers are running at once. Read it from telemetry or licence data; every old version still supported slows down new work.',
      unit: 'versions',
      direction: 'lower',
      indicator: 'lagging',
      category: 'output',
      why: 'how many delivered versions are still in use and must be supported.'
    },
    {
      key: 'technical-debt',
      name: 'Technical debt',
      description:
        'The work the team knows it should do to keep the product easy to change, as an estimate in days. Keep a visible list and re-estimate it now and then; growing debt makes every change slower.',
      unit: 'days of work',
      direction: 'lower',
      indicator: 'leading',
      category: 'output',
      why: 'a property of what has been built.'
    },
    {
      key: 'production-incidents',
      name: 'Production incident trends',
      description:
        'How many incidents affect customers in production per month. Count them from the incident log; fewer incidents leave more time for new work.',
      unit: 'incidents per month',
      direction: 'lower',
      indicator: 'lagging',
      category: 'output',
      why: 'failures of what is delivered, in production: its quality, not a change for customers.'
    },
    {
      key: 'active-code-branches',
      name: 'Active code branches',
      description:
        'How many branches are being worked on at the same time. Count open branches in the repository each week; many long-lived branches mean painful merging later.',
      unit: 'branches',
      direction: 'lower',
      indicator: 'leading',
      category: 'activities',
      why: 'how the work is organised: a practice, not something delivered.'
    },
    {
      key: 'time-spent-merging',
      name: 'Time spent merging',
      description:
        'Hours per Sprint the team spends bringing code branches together and resolving conflicts. Ask the team at each Retrospective or log it as it happens.',
      unit: 'hours per Sprint',
      direction: 'lower',
      indicator: 'leading',
      category: 'activities',
      why: 'effort spent on integrating work: a practice, not something delivered.'
    },
    {
      key: 'time-spent-context-switching',
      name: 'Time spent context-switching',
      description:
        'Hours per week lost to jumping between tasks, products and interruptions. Estimate it with a short weekly poll; focus is a precondition for innovation.',
      unit: 'hours per week',
      direction: 'lower',
      indicator: 'leading',
      category: 'activities',
      why: 'effort lost between tasks: how the work is done, not something delivered.'
    },
    {
      key: 'change-failure-rate',
      name: 'Change failure rate',
      description:
        'The share of releases or deployments that cause a failure needing a fix or a rollback. Divide failed changes by all changes per month from the deployment log.',
      unit: '%',
      direction: 'lower',
      indicator: 'lagging',
      category: 'output',
      why: 'the share of delivered changes that fail: the quality of what is delivered.'
    }
  ])
]

const BY_KEY = new Map(CATALOGUE.map((entry) => [entry.key, entry]))

export function findCatalogueEntry(key: string): CatalogueEntry | undefined {
  return BY_KEY.get(key)
}

export interface CatalogueSection {
  area: KeyValueArea
  label: string
  question: string
  measures: CatalogueEntry[]
}

/** The catalogue grouped by Key Value Area, in the guide's order. */
export function catalogueByArea(): CatalogueSection[] {
  return KEY_VALUE_AREAS.map((area) => ({
    area,
    label: AREA_LABELS[area],
    question: AREA_QUESTIONS[area],
    measures: CATALOGUE.filter((entry) => entry.area === area)
  }))
}
