import { MAX_FORECAST_DAYS } from './monteCarlo'
import { mapLevels, type Percentiles } from './percentiles'

/**
 * Exact answers to the Monte Carlo questions for a discrete daily distribution: resampling a
 * history uniformly is the same as drawing each day from the history's frequency table, so the
 * distribution of "days to finish N" and of "items in D days" follow by dynamic programming.
 * Used to check the simulation, and usable directly for small cases. No thin-data guard here.
 */

// Cumulative probabilities are sums of floats: compare against a level with this much slack.
const SLACK = 1e-12

/** value -> probability of a day with that throughput. */
function dailyDistribution(dailyThroughput: readonly number[]): Map<number, number> {
  const pmf = new Map<number, number>()
  for (const n of dailyThroughput) pmf.set(n, (pmf.get(n) ?? 0) + 1 / dailyThroughput.length)
  return pmf
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
  if (!Number.isInteger(items) || items < 1) throw new RangeError(`Items to finish must be a whole number from 1, got ${items}`)
  const pmf = [...dailyDistribution(dailyThroughput)]
  // running[r] = probability that r items remain and the work is not done yet.
  let running = new Float64Array(items + 1)
  running[items] = 1
  let mass = 1
  const distribution: ExactWhen['distribution'] = []
  for (let day = 1; day <= maxDays && mass > SLACK; day++) {
    const next = new Float64Array(items + 1)
    let finished = 0
    for (let r = 1; r <= items; r++) {
      const p = running[r]!
      if (p === 0) continue
      for (const [value, q] of pmf) {
        if (value >= r) finished += p * q
        else next[r - value]! += p * q
      }
    }
    distribution.push({ days: day, probability: finished })
    mass -= finished
    running = next
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
  const pmf = [...dailyDistribution(dailyThroughput)]
  const maxPerDay = Math.max(...dailyThroughput)
  let totals = new Float64Array(days * maxPerDay + 1)
  totals[0] = 1
  for (let day = 0; day < days; day++) {
    const next = new Float64Array(totals.length)
    for (let sum = 0; sum <= day * maxPerDay; sum++) {
      const p = totals[sum]!
      if (p === 0) continue
      for (const [value, q] of pmf) next[sum + value]! += p * q
    }
    totals = next
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
