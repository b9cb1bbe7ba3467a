import { exactHowManyWithin, exactWhenWithin, type ExactHowMany, type ExactWhen } from './exact'
import type { ForecastJob } from './forecastJob'
import { MAX_FORECAST_DAYS } from './limits'
import type { HowManyForecast, WhenForecast } from './monteCarlo'
import { PERCENTILE_LEVELS, type Percentiles } from './percentiles'

/**
 * The simulation checked against the exact distribution of the same question: how far its
 * percentiles and its histogram are from the truth they estimate.
 */

/** The exact computation may take as long as this many trials of the simulation, and no longer. */
export const EXACT_BUDGET_TRIALS = 100_000

/**
 * Steps of the exact programme (one multiply-add) that take as long as one draw of the simulation.
 * A step is a little cheaper than a draw; `npm run bench` times both sides on the same question.
 */
const STEPS_PER_DRAW = 2

export type ExactOutcome =
  | { computed: true; question: 'when'; exact: ExactWhen }
  | { computed: true; question: 'how-many'; exact: ExactHowMany }
  | { computed: false; reason: string }

export const EXACT_CAPPED = `The exact distribution was not computed: for this question it would take longer than ${EXACT_BUDGET_TRIALS.toLocaleString('en')} trials of the simulation.`
export const EXACT_NOT_FOR_GROWTH = 'The exact distribution is computed for questions without scope growth only.'

/** Draws one trial takes, about: a "when" trial lasts until the items are done at the average pace. */
function drawsPerTrial(job: ForecastJob): number {
  if (job.question === 'how-many') return job.days
  const mean = job.dailyThroughput.reduce((a, b) => a + b, 0) / job.dailyThroughput.length
  return Math.min(MAX_FORECAST_DAYS, Math.ceil(job.items / mean))
}

/** The exact distribution of a job's question, within the budget of `EXACT_BUDGET_TRIALS` trials. */
export function exactOutcome(job: ForecastJob): ExactOutcome {
  const maxSteps = EXACT_BUDGET_TRIALS * drawsPerTrial(job) * STEPS_PER_DRAW
  if (job.question === 'how-many') {
    const exact = exactHowManyWithin(job.dailyThroughput, job.days, maxSteps)
    return exact ? { computed: true, question: 'how-many', exact } : { computed: false, reason: EXACT_CAPPED }
  }
  if (job.ratePerItemDone > 0 || job.arrivalsPerDay.length > 0) return { computed: false, reason: EXACT_NOT_FOR_GROWTH }
  const exact = exactWhenWithin(job.dailyThroughput, job.items, MAX_FORECAST_DAYS, maxSteps)
  return exact ? { computed: true, question: 'when', exact } : { computed: false, reason: EXACT_CAPPED }
}

export type ExactCheck =
  | {
      computed: true
      /** The exact percentiles, read like the forecast's. */
      percentiles: Percentiles<number | null>
      /**
       * The largest difference between a simulated and an exact percentile, in working days ("when")
       * or items ("how many"); null when a percentile lies beyond ten years on one side only.
       */
      largestPercentileGap: number | null
      /** Half the summed absolute difference of the two distributions: 0 when they agree, 1 when they share nothing. */
      totalVariation: number
    }
  | { computed: false; reason: string }

export function checkAgainstExact(forecast: WhenForecast | HowManyForecast, outcome: ExactOutcome): ExactCheck {
  if (!outcome.computed) return outcome
  const simulated = new Map<number, number>()
  const exact = new Map<number, number>()
  // "Unfinished" is one more outcome, kept apart from every day by its key.
  const UNFINISHED = -1
  if (forecast.question === 'when' && outcome.question === 'when') {
    for (const bin of forecast.histogram) simulated.set(bin.days, bin.count / forecast.trials)
    simulated.set(UNFINISHED, forecast.unfinished / forecast.trials)
    for (const bin of outcome.exact.distribution) exact.set(bin.days, bin.probability)
    exact.set(UNFINISHED, outcome.exact.unfinished)
  } else if (forecast.question === 'how-many' && outcome.question === 'how-many') {
    for (const bin of forecast.histogram) simulated.set(bin.items, bin.count / forecast.trials)
    for (const bin of outcome.exact.distribution) exact.set(bin.items, bin.probability)
  } else {
    throw new Error(`An exact "${outcome.question}" distribution cannot check a "${forecast.question}" forecast.`)
  }
  let difference = 0
  for (const key of new Set([...simulated.keys(), ...exact.keys()]))
    difference += Math.abs((simulated.get(key) ?? 0) - (exact.get(key) ?? 0))

  const percentiles: Percentiles<number | null> = outcome.exact.percentiles
  const gaps = PERCENTILE_LEVELS.map((level) => {
    const a = forecast.percentiles[level]
    const b = percentiles[level]
    return a === null || b === null ? (a === b ? 0 : null) : Math.abs(a - b)
  })
  return {
    computed: true,
    percentiles,
    largestPercentileGap: gaps.includes(null) ? null : Math.max(...(gaps as number[])),
    totalVariation: difference / 2
  }
}
