import { formatCount } from '../format'
import { workingDayToDate, type WorkingCalendar } from './calendar'
import type { ChunkResult, ForecastJob, HowManyJob, WhenJob } from './forecastJob'
import { MAX_FORECAST_DAYS } from './limits'
import { mapLevels, nearestRank, type Percentiles } from './percentiles'
import { checkSetting } from './settings'
import { histogramLength, occupiedBins, runChunk } from './simulate'
import { chunkCount } from './trialChunks'

/** A forecast the engine declines to make, with a reason a Product Owner can act on. */
export interface Refusal {
  ok: false
  reason: string
}

/** Fewer days than this with any finished item in the window, and the history is too thin to forecast. */
export const MIN_DAYS_WITH_COMPLETIONS = 5

interface RunOptions {
  trials: number
  seed: number
}

export interface ScopeGrowth {
  /** New items per item finished (splitting, discovered work), e.g. 0.2; below 1. */
  ratePerItemDone?: number
  /** Items arriving per working day, resampled like throughput (e.g. `dailyArrivals` of the window). */
  arrivalsPerDay?: readonly number[]
}

export interface WhenInput extends RunOptions {
  /** Items finished per working day in the history window, zero days included. */
  dailyThroughput: readonly number[]
  items: number
  scopeGrowth?: ScopeGrowth
}

export interface WhenForecast {
  ok: true
  question: 'when'
  items: number
  trials: number
  seed: number
  /** Trials finishing on each working day, contiguous from the earliest to the latest finish. */
  histogram: { days: number; count: number }[]
  /** Trials still unfinished after MAX_FORECAST_DAYS working days. */
  unfinished: number
  /** Working days by which P% of trials had finished ("on or before"); null: not within ten years. */
  percentiles: Percentiles<number | null>
  /** Throughput samples drawn in total. */
  draws: number
}

export interface HowManyInput extends RunOptions {
  dailyThroughput: readonly number[]
  /** Working days in the forecast (e.g. `countWorkingDays` from tomorrow to the target date). */
  days: number
}

export interface HowManyForecast {
  ok: true
  question: 'how-many'
  days: number
  trials: number
  seed: number
  histogram: { items: number; count: number }[]
  /** Read from the top: P% of trials finished this many items or more. */
  percentiles: Percentiles
  draws: number
}

export type Forecast = WhenForecast | HowManyForecast
/** The forecast a job answers with. */
export type ForecastOf<J extends ForecastJob> = J extends WhenJob ? WhenForecast : HowManyForecast

const refuse = (reason: string): Refusal => ({ ok: false, reason })

/**
 * The thin-data guard: a forecast resampled from fewer than five days with any finished item would
 * repeat a handful of days thousands of times and look more certain than it is.
 */
export function checkHistory(dailyThroughput: readonly number[]): Refusal | null {
  if (dailyThroughput.length === 0) {
    return refuse('The history window has no working days in it. Choose a longer window or check the calendar.')
  }
  if (!dailyThroughput.every((n) => Number.isInteger(n) && n >= 0)) {
    return refuse('Daily throughput must be whole numbers of items, zero or more.')
  }
  const daysWithCompletions = dailyThroughput.filter((n) => n > 0).length
  if (daysWithCompletions < MIN_DAYS_WITH_COMPLETIONS) {
    const had = daysWithCompletions === 0 ? 'no day' : `only ${formatCount(daysWithCompletions, 'day')}`
    return refuse(
      `In the ${formatCount(dailyThroughput.length, 'working day')} of the history window, the team finished items on ${had}. ` +
        `A forecast needs at least ${MIN_DAYS_WITH_COMPLETIONS} such days to say anything honest: widen the window, ` +
        'import more history, or wait until more items are finished.'
    )
  }
  return null
}

function checkRun(options: RunOptions): Refusal | null {
  const problem = checkSetting('trials', options.trials) ?? checkSetting('seed', options.seed)
  return problem === null ? null : refuse(problem)
}

/**
 * "When will these N items be done?", checked and made into a job. Each trial replays the future one
 * working day at a time, each day's throughput drawn uniformly from the history (zero days kept),
 * until the remaining work reaches zero; the trial's answer is the number of working days that took.
 *
 * Scope growth, when given, grows the remaining work inside each trial: by `ratePerItemDone` for
 * every item finished, and by a resampled day of arrivals each working day.
 */
export function planWhen(input: WhenInput): WhenJob | Refusal {
  const invalid = checkHistory(input.dailyThroughput) ?? checkRun(input)
  if (invalid) return invalid
  if (!Number.isInteger(input.items) || input.items < 1) {
    return refuse('There is nothing to forecast: choose at least one item.')
  }
  const rate = input.scopeGrowth?.ratePerItemDone ?? 0
  if (!(rate >= 0 && rate < 1)) {
    return refuse(
      'A split rate must be at least 0 and below 1 new item per item finished: at 1 or more the work would never run out.'
    )
  }
  const arrivalsPerDay = input.scopeGrowth?.arrivalsPerDay ?? []
  if (!arrivalsPerDay.every((n) => Number.isFinite(n) && n >= 0)) {
    return refuse('Arrivals per day must be numbers of items, zero or more.')
  }
  const { items, trials, seed } = input
  return {
    question: 'when',
    dailyThroughput: [...input.dailyThroughput],
    items,
    ratePerItemDone: rate,
    arrivalsPerDay: [...arrivalsPerDay],
    trials,
    seed
  }
}

/**
 * "How many items by then?", checked and made into a job. Each trial adds up `days` working days of
 * throughput drawn from the history. Percentiles are read from the top, because a stakeholder needs
 * what is likely at least: the 85th percentile is the count N such that 85% of trials finished N
 * items or more.
 */
export function planHowMany(input: HowManyInput): HowManyJob | Refusal {
  const invalid = checkHistory(input.dailyThroughput) ?? checkRun(input)
  if (invalid) return invalid
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > MAX_FORECAST_DAYS) {
    return refuse('The target date leaves no working days to forecast: choose a later date (within ten years).')
  }
  const { days, trials, seed } = input
  return { question: 'how-many', dailyThroughput: [...input.dailyThroughput], days, trials, seed }
}

export function forecastWhen(input: WhenInput): WhenForecast | Refusal {
  const job = planWhen(input)
  return 'ok' in job ? job : simulateHere(job)
}

export function forecastHowMany(input: HowManyInput): HowManyForecast | Refusal {
  const job = planHowMany(input)
  return 'ok' in job ? job : simulateHere(job)
}

/** Every chunk of a job, one after the other in this thread: the same answer as any pool of workers. */
export function simulateHere<J extends ForecastJob>(job: J): ForecastOf<J> {
  const chunks = Array.from({ length: chunkCount(job.trials) }, (_, chunk) => runChunk(job, chunk))
  return forecastFromChunks(job, chunks)
}

/** Adds up the chunks' histograms, in any order, and reads the percentiles. */
export function forecastFromChunks<J extends ForecastJob>(job: J, chunks: readonly ChunkResult[]): ForecastOf<J>
export function forecastFromChunks(job: ForecastJob, chunks: readonly ChunkResult[]): Forecast {
  const expected = chunkCount(job.trials)
  const seen = new Set(chunks.map((c) => c.chunk))
  if (chunks.length !== expected || seen.size !== expected || ![...seen].every((c) => c >= 0 && c < expected)) {
    throw new Error(`A forecast of ${job.trials} trials needs chunks 0 to ${expected - 1} once each.`)
  }
  const counts = new Int32Array(histogramLength(job))
  let unfinished = 0
  let draws = 0
  for (const chunk of chunks) {
    chunk.counts.forEach((count, i) => (counts[chunk.firstBin + i]! += count))
    unfinished += chunk.unfinished
    draws += chunk.draws
  }
  const { trials, seed } = job
  if (job.question === 'how-many') {
    const percentiles = mapLevels((p) => {
      const rank = nearestRank(p, trials)
      let cumulative = 0
      for (let items = counts.length - 1; items > 0; items--) {
        cumulative += counts[items]!
        if (cumulative >= rank) return items
      }
      return 0
    })
    const histogram = contiguousBins(counts).map(([items, count]) => ({ items, count }))
    return { ok: true, question: 'how-many', days: job.days, trials, seed, histogram, percentiles, draws }
  }
  const percentiles = mapLevels((p) => {
    const rank = nearestRank(p, trials)
    let cumulative = 0
    for (let day = 1; day <= MAX_FORECAST_DAYS; day++) {
      cumulative += counts[day]!
      if (cumulative >= rank) return day
    }
    return null
  })
  const histogram = contiguousBins(counts).map(([days, count]) => ({ days, count }))
  return { ok: true, question: 'when', items: job.items, trials, seed, histogram, unfinished, percentiles, draws }
}

/** [value, count] for every value from the lowest to the highest one observed, zero bins kept. */
function contiguousBins(counts: Int32Array): [number, number][] {
  const occupied = occupiedBins(counts)
  return Array.from(occupied.counts, (count, i) => [occupied.firstBin + i, count])
}

/** The share of trials finished on or before working day `day`. */
export function probabilityDoneBy(forecast: WhenForecast, day: number): number {
  const finished = forecast.histogram.reduce((sum, bin) => (bin.days <= day ? sum + bin.count : sum), 0)
  return finished / forecast.trials
}

/** The share of trials that finished `items` items or more. */
export function probabilityAtLeast(forecast: HowManyForecast, items: number): number {
  if (items <= 0) return 1
  const reached = forecast.histogram.reduce((sum, bin) => (bin.items >= items ? sum + bin.count : sum), 0)
  return reached / forecast.trials
}

export interface ScopeGrowthEffect {
  ok: true
  withoutGrowth: WhenForecast
  withGrowth: WhenForecast
  /** Working days the growth adds at each percentile; null where either run did not finish. */
  extraDays: Percentiles<number | null>
}

/** The same "when" question with and without scope growth, on the same seed, to show what growth costs. */
export function scopeGrowthEffect(input: WhenInput & { scopeGrowth: ScopeGrowth }): ScopeGrowthEffect | Refusal {
  const withGrowth = forecastWhen(input)
  if (!withGrowth.ok) return withGrowth
  const withoutGrowth = forecastWhen({ ...input, scopeGrowth: undefined })
  if (!withoutGrowth.ok) return withoutGrowth
  return growthEffect(withGrowth, withoutGrowth)
}

/** What growth costs at each percentile, from the two forecasts `scopeGrowthEffect` makes. */
export function growthEffect(withGrowth: WhenForecast, withoutGrowth: WhenForecast): ScopeGrowthEffect {
  const extraDays = mapLevels((p) => {
    const a = withGrowth.percentiles[p]
    const b = withoutGrowth.percentiles[p]
    return a === null || b === null ? null : a - b
  })
  return { ok: true, withoutGrowth, withGrowth, extraDays }
}

/**
 * Turns working-day percentiles into dates: "on or before <date>". Day 1 is the first working day
 * on or after `start` (see `workingDayToDate`; a forecast made as of today starts tomorrow).
 */
export function percentileDates(
  percentiles: Percentiles<number | null>,
  calendar: WorkingCalendar,
  start: string
): Percentiles<string | null> {
  return mapLevels((p) => {
    const day = percentiles[p]
    return day === null ? null : workingDayToDate(calendar, start, day)
  })
}

/**
 * A probability as shown to people. A simulation can say "every trial finished", never that the
 * future is certain, so the display stops short of 100% (and of 0%).
 */
export function formatProbability(probability: number): string {
  if (probability >= 0.995) return '> 99%'
  if (probability < 0.005) return '< 1%'
  return `${Math.round(probability * 100)}%`
}
