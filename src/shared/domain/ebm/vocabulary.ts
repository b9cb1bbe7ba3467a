/**
 * The words of Evidence-Based Management as the app stores them: Key Value Areas, how a measure is
 * classified, goal levels and experiment outcomes. Keys are stable (they are stored and exported);
 * labels are what people read.
 */

export const KEY_VALUE_AREAS = ['current-value', 'unrealized-value', 'time-to-market', 'ability-to-innovate'] as const
export type KeyValueArea = (typeof KEY_VALUE_AREAS)[number]

export const AREA_LABELS: Record<KeyValueArea, string> = {
  'current-value': 'Current Value',
  'unrealized-value': 'Unrealized Value',
  'time-to-market': 'Time-to-Market',
  'ability-to-innovate': 'Ability to Innovate'
}

/** One line per area: the question it answers. */
export const AREA_QUESTIONS: Record<KeyValueArea, string> = {
  'current-value': 'How much value does the product deliver to its customers and the organisation today?',
  'unrealized-value': 'How much more value could the product still deliver if the gaps were closed?',
  'time-to-market': 'How quickly can the organisation deliver something new and learn from it?',
  'ability-to-innovate': 'How much of the effort can go into new value instead of keeping things running?'
}

/** Which way is better for a measure. */
export const DIRECTIONS = ['higher', 'lower'] as const
export type Direction = (typeof DIRECTIONS)[number]

/** A leading indicator moves before the result it predicts; a lagging one confirms it afterwards. */
export const INDICATORS = ['leading', 'lagging'] as const
export type Indicator = (typeof INDICATORS)[number]

/**
 * From what an organisation puts in to what changes in the world because of it:
 * - resources: what is spent or allocated (money, people's time);
 * - activities: how the work is done (practices such as integrating, deploying, repairing);
 * - output: what is delivered, how much, how fast and how well (durations of delivery included);
 * - outcome: a change for customers, users or employees (satisfaction, behaviour, experience);
 * - impact: a result for the organisation (revenue, market share).
 */
export const MEASURE_CATEGORIES = ['resources', 'activities', 'output', 'outcome', 'impact'] as const
export type MeasureCategory = (typeof MEASURE_CATEGORIES)[number]

export const GOAL_LEVELS = ['strategic', 'intermediate', 'tactical'] as const
export type GoalLevel = (typeof GOAL_LEVELS)[number]

export const GOAL_LEVEL_LABELS: Record<GoalLevel, string> = {
  strategic: 'Strategic Goal',
  intermediate: 'Intermediate Goal',
  tactical: 'Immediate Tactical Goal'
}

export const EXPERIMENT_STATUSES = ['planned', 'running', 'concluded'] as const
export type ExperimentStatus = (typeof EXPERIMENT_STATUSES)[number]

export const EXPERIMENT_DECISIONS = ['persevere', 'pivot', 'stop'] as const
export type ExperimentDecision = (typeof EXPERIMENT_DECISIONS)[number]

export const EXPERIMENT_STATUS_LABELS: Record<ExperimentStatus, string> = {
  planned: 'Planned',
  running: 'Running',
  concluded: 'Concluded'
}

export const EXPERIMENT_DECISION_LABELS: Record<ExperimentDecision, string> = {
  persevere: 'Persevere',
  pivot: 'Pivot',
  stop: 'Stop'
}

/** What the measurements say about a hypothesis. */
export const EXPERIMENT_RESULTS = ['met', 'not-met', 'too-early', 'no-data'] as const
export type ExperimentResult = (typeof EXPERIMENT_RESULTS)[number]

/** Time-to-Market measures the app computes from the product's own backlog history. */
export const AUTOMATIC_SOURCES = ['cycle-time-85', 'lead-time-85', 'throughput-weekly'] as const
export type AutomaticSource = (typeof AUTOMATIC_SOURCES)[number]

export const BLIND_SPOT_RULES = [
  'no-measure',
  'no-values',
  'stale',
  'no-outcome',
  'single-measure',
  'no-leading'
] as const
export type BlindSpotRule = (typeof BLIND_SPOT_RULES)[number]

/** A measure not updated for longer than this is called stale unless the caller says otherwise. */
export const DEFAULT_STALE_AFTER_DAYS = 90
