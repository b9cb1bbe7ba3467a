import { MAX_FORECAST_DAYS } from './limits'
import { mapLevels, type Percentiles } from './percentiles'

/**
 * Exact answers to the Monte Carlo questions for a discrete daily distribution: resampling a
 * history uniformly is the same as drawing each day from the history's frequency table, so the
 * distribution of "days to finish N" and of "items in D days" follow by dynamic programming (a
 * convolution a day). Used to check the simulation beside every forecast without scope growth.
 * No thin-data guard here.
 *
 * The `...Within` variants count the programme's steps (one multiply-add of a probability) and give
 * up, returning null, once a budget is spent: some questions (a hundred thousand items, ten years
 * of days) take far longer exactly than by simulation.
 */

// Cumulative probabilities are sums of floats: compare against a level with this much slack.
const SLACK = 1e-12

/** The history's frequency table: distinct daily counts, ascending, and their probabilities. */
function dailyDistribution(dailyThroughput: readonly number[]): { values: number[]; probabilities: number[] } {
  const counts = new Map<number, number>()
  for (const n of dailyThroughput) counts.set(n, (counts.get(n) ?? 0) + 1)
  const values = [...counts.keys()].sort((a, b) => a - b)
  return { values, probabilities: values.map((value) => counts.get(value)! / dailyThroughput.length) }
}

export interface ExactWhen {
  /** P(the last item finishes on working day `days`), for every day up to the last possible one. */
  distribution: { days: number; probability: number }[]
  /** Probability of not finishing within `maxDays`. */
  unfinished: number
  /** Smallest day by which at least P% have finished; null when beyond `maxDays`. */
  percentiles: Percentiles<number | null>
}

export function exactWhen(dailyThroughput: readonly number[], items: number, maxDays = MAX_FORECAST_DAYS): ExactWhen {
  return exactWhenWithin(dailyThroughput, items, maxDays, Infinity)!
}

/** `exactWhen`, or null when it would take more than `maxSteps` steps. */
export function exactWhenWithin(
  dailyThroughput: readonly number[],
  items: number,
  maxDays: number,
  maxSteps: number
): ExactWhen | null {
  if (!Number.isInteger(items) || items < 1)
    throw new RangeError(`Items to finish must be a whole number from 1, got ${items}`)
  const { values, probabilities } = dailyDistribution(dailyThroughput)
  const largest = values.at(-1) ?? 0
  // running[r] = probability that r items remain and the work is not done yet; only r >= low can be non-zero.
  let running = new Float64Array(items + 1)
  let next = new Float64Array(items + 1)
  running[items] = 1
  let low = items
  let mass = 1
  let steps = 0
  const distribution: ExactWhen['distribution'] = []
  for (let day = 1; day <= maxDays && mass > SLACK; day++) {
    steps += (items - low + 1) * values.length
    if (steps > maxSteps) return null
    const nextLow = Math.max(1, low - largest)
    next.fill(0, nextLow)
    let finished = 0
    for (let v = 0; v < values.length; v++) {
      const value = values[v]!
      const q = probabilities[v]!
      const lastDone = Math.min(value, items)
      for (let r = low; r <= lastDone; r++) finished += running[r]! * q
      for (let r = Math.max(low, value + 1); r <= items; r++) next[r - value]! += running[r]! * q
    }
    distribution.push({ days: day, probability: finished })
    mass -= finished
    ;[running, next] = [next, running]
    low = nextLow
  }
  const unfinished = Math.max(0, mass)
  const percentiles = mapLevels((p) => {
    let cumulative = 0
    for (const bin of distribution) {
      cumulative += bin.probability
      if (cumulative >= p / 100 - SLACK) return bin.days
    }
    return null
  })
  return { distribution, unfinished, percentiles }
}

export interface ExactHowMany {
  /** P(exactly `items` finished in the given working days). */
  distribution: { items: number; probability: number }[]
  /** Read from the top: the largest N with P(N or more) of at least P%. */
  percentiles: Percentiles
}

export function exactHowMany(dailyThroughput: readonly number[], days: number): ExactHowMany {
  return exactHowManyWithin(dailyThroughput, days, Infinity)!
}

/** `exactHowMany`, or null when it would take more than `maxSteps` steps. */
export function exactHowManyWithin(
  dailyThroughput: readonly number[],
  days: number,
  maxSteps: number
): ExactHowMany | null {
  const { values, probabilities } = dailyDistribution(dailyThroughput)
  const smallest = values[0] ?? 0
  const largest = values.at(-1) ?? 0
  let totals = new Float64Array(days * largest + 1)
  let next = new Float64Array(totals.length)
  totals[0] = 1
  // After d days the total lies from d * smallest to d * largest.
  let low = 0
  let high = 0
  let steps = 0
  for (let day = 0; day < days; day++) {
    steps += (high - low + 1) * values.length
    if (steps > maxSteps) return null
    next.fill(0, 0, high + largest + 1)
    for (let v = 0; v < values.length; v++) {
      const value = values[v]!
      const q = probabilities[v]!
      for (let sum = low; sum <= high; sum++) next[sum + value]! += totals[sum]! * q
    }
    ;[totals, next] = [next, totals]
    low += smallest
    high += largest
  }
  const distribution = Array.from(totals, (probability, items) => ({ items, probability }))
  const percentiles = mapLevels((p) => {
    let atLeast = 0
    for (let items = totals.length - 1; items > 0; items--) {
      atLeast += totals[items]!
      if (atLeast >= p / 100 - SLACK) return items
    }
    return 0
  })
  return { distribution, percentiles }
}
