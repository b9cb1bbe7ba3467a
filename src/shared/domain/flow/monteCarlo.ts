import { workingDayToDate, type WorkingCalendar } from './calendar'
import { mapLevels, nearestRank, type Percentiles } from './percentiles'
import { Random, isSeed } from './random'

/** A forecast the engine declines to make, with a reason a Product Owner can act on. */
export interface Refusal {
  ok: false
  reason: string
}

/** Fewer days than this with any finished item in the window, and the history is too thin to forecast. */
export const MIN_DAYS_WITH_COMPLETIONS = 5
export const MAX_TRIALS = 1_000_000
/** Ten years of five-day weeks: a trial still running then counts as "not finished". */
export const MAX_FORECAST_DAYS = 2610

export type ProgressCallback = (done: number, total: number) => void

interface RunOptions {
  trials: number
  seed: number
  onProgress?: ProgressCallback
  /** Call onProgress every this many trials (default: about 100 calls per run). */
  progressEvery?: number
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
    const had = daysWithCompletions === 0 ? 'no day' : daysWithCompletions === 1 ? 'only 1 day' : `only ${daysWithCompletions} days`
    return refuse(
      `In the ${dailyThroughput.length} working days of the history window, the team finished items on ${had}. ` +
        `A forecast needs at least ${MIN_DAYS_WITH_COMPLETIONS} such days to say anything honest: widen the window, ` +
        'import more history, or wait until more items are finished.'
    )
  }
  return null
}

function checkRun(options: RunOptions): Refusal | null {
  if (!Number.isInteger(options.trials) || options.trials < 1 || options.trials > MAX_TRIALS) {
    return refuse(`The number of trials must be a whole number from 1 to ${MAX_TRIALS.toLocaleString('en')}.`)
  }
  if (!isSeed(options.seed)) return refuse('The seed must be a whole number from 0 to 4294967295.')
  return null
}

function progressStep(options: RunOptions): number {
  return Math.max(1, options.progressEvery ?? Math.ceil(options.trials / 100))
}

/**
 * "When will these N items be done?" Each trial replays the future one working day at a time,
 * each day's throughput drawn uniformly from the history (zero days kept), until the remaining work
 * reaches zero; the trial's answer is the number of working days that took.
 *
 * Scope growth, when given, grows the remaining work inside each trial: by `ratePerItemDone` for
 * every item finished, and by a resampled day of arrivals each working day.
 */
export function forecastWhen(input: WhenInput): WhenForecast | Refusal {
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
  const arrivalSeries = input.scopeGrowth?.arrivalsPerDay ?? []
  if (!arrivalSeries.every((n) => Number.isFinite(n) && n >= 0)) {
    return refuse('Arrivals per day must be numbers of items, zero or more.')
  }

  // Precomputed net work done per sampled day, so the split rate costs nothing inside the loop.
  const net = Float64Array.from(input.dailyThroughput, (n) => n * (1 - rate))
  const arrivals = Float64Array.from(arrivalSeries)
  const sampleCount = net.length
  const arrivalCount = arrivals.length
  const finishedOnDay = new Int32Array(MAX_FORECAST_DAYS + 1)
  const random = new Random(input.seed)
  const { trials, onProgress } = input
  const step = progressStep(input)
  // Fractional growth leaves rounding dust: the work is done when less than a millionth of an item remains.
  const done = 1e-6
  let unfinished = 0
  let draws = 0

  for (let trial = 1; trial <= trials; trial++) {
    let remaining = input.items
    let day = 0
    // Two loops rather than a test per simulated day: this is the hot path.
    if (arrivalCount === 0) {
      while (remaining > done && day < MAX_FORECAST_DAYS) {
        remaining -= net[random.nextInt(sampleCount)]!
        day++
      }
    } else {
      while (remaining > done && day < MAX_FORECAST_DAYS) {
        remaining -= net[random.nextInt(sampleCount)]! - arrivals[random.nextInt(arrivalCount)]!
        day++
      }
    }
    draws += day
    if (remaining > done) unfinished++
    else finishedOnDay[day]!++
    if (onProgress && (trial % step === 0 || trial === trials)) onProgress(trial, trials)
  }

  const percentiles = mapLevels((p) => {
    const rank = nearestRank(p, trials)
    let cumulative = 0
    for (let day = 1; day <= MAX_FORECAST_DAYS; day++) {
      cumulative += finishedOnDay[day]!
      if (cumulative >= rank) return day
    }
    return null
  })
  return {
    ok: true,
    question: 'when',
    items: input.items,
    trials,
    seed: input.seed,
    histogram: contiguousBins(finishedOnDay).map(([days, count]) => ({ days, count })),
    unfinished,
    percentiles,
    draws
  }
}

/**
 * "How many items by then?" Each trial adds up `days` working days of throughput drawn from the
 * history. Percentiles are read from the top, because a stakeholder needs what is likely at least:
 * the 85th percentile is the count N such that 85% of trials finished N items or more.
 */
export function forecastHowMany(input: HowManyInput): HowManyForecast | Refusal {
  const invalid = checkHistory(input.dailyThroughput) ?? checkRun(input)
  if (invalid) return invalid
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > MAX_FORECAST_DAYS) {
    return refuse('The target date leaves no working days to forecast: choose a later date (within ten years).')
  }
  const samples = Int32Array.from(input.dailyThroughput)
  const sampleCount = samples.length
  const maxPerDay = Math.max(...samples)
  const totals = new Int32Array(input.days * maxPerDay + 1)
  const random = new Random(input.seed)
  const { trials, days, onProgress } = input
  const step = progressStep(input)

  for (let trial = 1; trial <= trials; trial++) {
    let total = 0
    for (let day = 0; day < days; day++) total += samples[random.nextInt(sampleCount)]!
    totals[total]!++
    if (onProgress && (trial % step === 0 || trial === trials)) onProgress(trial, trials)
  }

  const percentiles = mapLevels((p) => {
    const rank = nearestRank(p, trials)
    let cumulative = 0
    for (let items = totals.length - 1; items > 0; items--) {
      cumulative += totals[items]!
      if (cumulative >= rank) return items
    }
    return 0
  })
  return {
    ok: true,
    question: 'how-many',
    days,
    trials,
    seed: input.seed,
    histogram: contiguousBins(totals).map(([items, count]) => ({ items, count })),
    percentiles,
    draws: trials * days
  }
}

/** [value, count] for every value from the lowest to the highest one observed, zero bins kept. */
function contiguousBins(counts: Int32Array): [number, number][] {
  const first = counts.findIndex((c) => c > 0)
  if (first < 0) return []
  const last = counts.findLastIndex((c) => c > 0)
  return Array.from({ length: last - first + 1 }, (_, i) => [first + i, counts[first + i]!])
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
