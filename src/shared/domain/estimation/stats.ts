/**
 * What a revealed round of Planning Poker says, measured in steps of the estimate scale (5 and 8
 * are one step apart on the Fibonacci scale, 3 and 8 two), because that is how teams read the cards.
 */
export interface VoteStats {
  low: number
  high: number
  /** The lower middle card for an even count. */
  median: number
  consensus: boolean
  /** Scale steps between the lowest and the highest card. */
  spread: number
  /** Indexes of the votes two or more steps away from the median: hear them first. */
  outliers: number[]
  /** A value to record without another round: the shared card, or the higher of two neighbouring cards. */
  suggestion: number | null
}

/** `scale` is the product's estimate scale in points, smallest first; a vote off the scale counts by its nearest step. */
export function voteStats(votes: readonly number[], scale: readonly number[]): VoteStats | null {
  if (votes.length === 0) return null
  const step = (value: number) => {
    let best = 0
    scale.forEach((point, index) => {
      if (Math.abs(point - value) < Math.abs((scale[best] ?? point) - value)) best = index
    })
    return best
  }
  const sorted = [...votes].sort((a, b) => a - b)
  const low = sorted[0] as number
  const high = sorted[sorted.length - 1] as number
  const median = sorted[Math.floor((sorted.length - 1) / 2)] as number
  const spread = step(high) - step(low)
  const outliers = votes.flatMap((vote, index) => (Math.abs(step(vote) - step(median)) >= 2 ? [index] : []))
  return { low, high, median, consensus: spread === 0, spread, outliers, suggestion: spread <= 1 ? high : null }
}
