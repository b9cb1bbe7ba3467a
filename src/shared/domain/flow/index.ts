/**
 * The flow metrics and forecasting engine (issue 5): pure functions over ISO dates and plain
 * arrays, safe to run in a Web Worker, a worker thread, the main process or a test.
 */
export {
  addDays,
  diffDays,
  eachDay,
  fromDayNumber,
  isIsoDay,
  parseIsoDay,
  startOfWeek,
  toDayNumber,
  weekday
} from './dates'
export {
  CALENDAR_NAMES,
  DEFAULT_CALENDAR,
  EVERY_DAY_CALENDAR,
  NAMED_CALENDARS,
  countWorkingDays,
  forecastStart,
  indexCalendar,
  isWorkingDay,
  nextWorkingDay,
  workingDayDates,
  workingDayOnOrAfter,
  workingDayToDate,
  workingDaysBetween,
  type CalendarIndex,
  type CalendarName,
  type WorkingCalendar
} from './calendar'
export {
  PERCENTILE_LEVELS,
  nearestRank,
  percentileOfSorted,
  percentilesOf,
  type PercentileLevel,
  type Percentiles
} from './percentiles'
export {
  agingWip,
  arrivalsAndDepartures,
  countPerDay,
  cumulativeFlow,
  cycleTime,
  cycleTimePercentiles,
  cycleTimes,
  dailyArrivals,
  dailyThroughput,
  finishDates,
  inFlow,
  lastDays,
  serviceLevelExpectation,
  startedAndOpenOn,
  weeklyThroughput,
  wipPerDay,
  workItemAge,
  type AgingItem,
  type AgingWip,
  type ArrivalsDepartures,
  type CumulativeFlowDay,
  type CycleTimePoint,
  type DayCount,
  type DayWindow,
  type FlowItem,
  type StateTransition,
  type WeekCount
} from './metrics'
export {
  POLICY_MAX_LENGTH,
  SLE_DAYS_MAX,
  SLE_PERCENTILE_MAX,
  SLE_PERCENTILE_MIN,
  WIP_LIMIT_MAX,
  agingPastSle,
  boardColumns,
  breachDays,
  sleAttainment,
  sleText,
  suggestedSle,
  noWipLimitReason,
  takesWipLimit,
  wipBreaches,
  wipExcess,
  wipPerState,
  type AgedItem,
  type BoardColumn,
  type FlowHistory,
  type PolicyState,
  type ServiceLevelExpectation,
  type SleAttainment,
  type WipBreach,
  type WipPerState
} from './policies'
export { flowSummary, type FlowSummary, type FlowSummarySource, type StateWip } from './summary'
export { longIdle, longIdleText, throughputWindow, type LongIdle, type ThroughputWindow } from './window'
export { MAX_SEED, Random, isSeed, newSeed } from './random'
export { MAX_FORECAST_DAYS, MAX_TRIALS } from './limits'
export {
  BACKTEST_TRIALS,
  DEFAULT_TRIALS,
  DEFAULT_WINDOW_DAYS,
  FORECAST_SETTINGS,
  checkSetting,
  parseWholeNumber,
  readSetting,
  readSettings,
  settingMessage,
  type ForecastSetting
} from './settings'
export {
  MIN_DAYS_WITH_COMPLETIONS,
  checkHistory,
  forecastFromChunks,
  forecastHowMany,
  forecastWhen,
  formatProbability,
  growthEffect,
  percentileDates,
  planHowMany,
  planWhen,
  probabilityAtLeast,
  probabilityDoneBy,
  scopeGrowthEffect,
  simulateHere,
  type Forecast,
  type ForecastOf,
  type HowManyForecast,
  type HowManyInput,
  type Refusal,
  type ScopeGrowth,
  type ScopeGrowthEffect,
  type WhenForecast,
  type WhenInput
} from './monteCarlo'
export { TRIALS_PER_CHUNK, chunkCount, chunkSeed, trialsInChunk, workerCount } from './trialChunks'
export {
  runTask,
  type ChunkResult,
  type ForecastJob,
  type ForecastTask,
  type HowManyJob,
  type TaskResult,
  type WhenJob,
  type WorkerMessage
} from './forecastJob'
export {
  runForecastPool,
  startInProcessWorker,
  type ForecastOutcome,
  type ForecastRequest,
  type PoolOptions,
  type PoolRun,
  type StartWorker,
  type TaskWorker
} from './forecastPool'
export { exactHowMany, exactWhen, type ExactHowMany, type ExactWhen } from './exact'
export { EXACT_BUDGET_TRIALS, checkAgainstExact, exactOutcome, type ExactCheck, type ExactOutcome } from './exactCheck'
export {
  LIKELY_FROM,
  POSSIBLE_FROM,
  bandOf,
  cutLine,
  cutLineByDate,
  velocityPlan,
  type BacklogEntry,
  type CutLineBand,
  type CutLineByDate,
  type CutLineByDateInput,
  type CutLineRow,
  type PlannedSprint,
  type VelocityPlan,
  type VelocityPlanInput
} from './release'
export {
  backtest,
  planBacktest,
  scoreBacktest,
  type BacktestCase,
  type BacktestPlanCase,
  type BacktestInput,
  type BacktestQuestion,
  type BacktestResult
} from './backtest'
export {
  parseHistoryCsv,
  parseThroughputSeries,
  type AmbiguousDates,
  type CsvError,
  type HistoryCsv,
  type HistoryCsvOptions,
  type HistoryCsvResult,
  type HistoryRow,
  type ThroughputSeriesResult
} from './historyCsv'
export { forecastQuestionKey, goalOfKey, throughItemOfKey, type ForecastQuestionOf } from './questionKey'
