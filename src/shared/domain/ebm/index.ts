/**
 * Evidence-Based Management (issue 7): the Key Value Areas and their measures, coverage and blind
 * spots, goal progress, experiment evaluation, CSV values and the measures computed from flow data.
 * Pure functions over plain data and ISO days.
 */
export * from './vocabulary'
export { CATALOGUE, catalogueByArea, findCatalogueEntry, type CatalogueEntry, type CatalogueSection } from './catalogue'
export {
  coverage,
  daysSince,
  type AreaCoverage,
  type BlindSpot,
  type Coverage,
  type CoverageInput,
  type CoverageMeasure,
  type DatedValue
} from './coverage'
export {
  goalProgress,
  targetProgress,
  type GoalNode,
  type GoalProgress,
  type TargetDefinition,
  type TargetProgress
} from './progress'
export {
  evaluateExperiment,
  hypothesisSentence,
  reaches,
  type ExperimentCheck,
  type ExperimentEvaluation,
  type Hypothesis
} from './experiments'
export { parseValuesCsv, type CsvMeasure, type ValueRow, type ValuesCsvResult } from './valuesCsv'
export { AUTOMATIC_WEEKS, automaticValues, type ComputedValue } from './automatic'
export { formatNumber, formatShare, formatValue } from './format'
export { experimentContradictions, type ExperimentFacts, type ItemFacts } from './coherence'
