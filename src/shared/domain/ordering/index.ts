export * from './scales'
export {
  ITEM_SCORE_KINDS,
  MODEL_SCORE_FIELDS,
  NO_SCORES,
  ORDERING_SCORE_FIELDS,
  cd3,
  costOfDelay,
  quadrant,
  valueEffortRatio,
  wsjf,
  type ModelScores,
  type OrderingScoreField,
  type ScoreKind
} from './scores'
export { FIELD_LABELS, MODELS, type ModelDefinition, type ScoreField } from './models'
export { modelOrder, type OrderInputItem, type RankedEntry } from './order'
export {
  averageDisplacement,
  compareOrders,
  formatNumber,
  kendallTauB,
  ordinal,
  type Comparison,
  type Mover
} from './compare'
export {
  NO_RELEASE_NAME,
  moscowSize,
  moscowSummaries,
  type MoscowItem,
  type MoscowSummary,
  type ReleaseInfo
} from './moscow'
export {
  KANO_TIE_ORDER,
  emptyKanoCounts,
  evaluateKano,
  kanoByFeature,
  kanoResult,
  type KanoCounts,
  type KanoFeatureSummary,
  type KanoPair,
  type KanoResult
} from './kano'
export {
  ORDER_CSV_COLUMNS,
  parseKanoAnswer,
  parseKanoCsv,
  parseOrderCsv,
  type CsvResult,
  type KanoCsvRow,
  type OrderCsvRow
} from './csv'
