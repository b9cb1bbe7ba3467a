/**
 * One percentile method for every chart and forecast, so the 85th percentile on the cycle-time
 * scatterplot and the 85th percentile of a forecast mean the same thing.
 *
 * Method: nearest rank. Sort the n values ascending; the P-th percentile is the value at rank
 * ceil(P/100 * n) (1-based). It is always one of the observed values (no interpolation), and "P% of
 * the values are at or below it" holds exactly.
 */

export const PERCENTILE_LEVELS = [50, 70, 85, 95] as const
export type PercentileLevel = (typeof PERCENTILE_LEVELS)[number]
export type Percentiles<T = number> = Record<PercentileLevel, T>

/** The 1-based nearest rank of percentile `p` among `n` values (at least 1). */
export function nearestRank(p: number, n: number): number {
  // p * n is an integer, so the division is exact whenever the rank is a whole number.
  return Math.max(1, Math.ceil((p * n) / 100))
}

/** The P-th percentile of values already sorted ascending; null for no values. */
export function percentileOfSorted(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null
  return sorted[nearestRank(p, sorted.length) - 1]!
}

/** The 50/70/85/95th percentiles, or null when there are no values. */
export function percentilesOf(values: readonly number[]): Percentiles | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  return mapLevels((p) => percentileOfSorted(sorted, p)!)
}

export function mapLevels<T>(at: (level: PercentileLevel) => T): Percentiles<T> {
  return { 50: at(50), 70: at(70), 85: at(85), 95: at(95) }
}
