import { FIELD_LABELS, MODELS, type ScoreField } from './models'
import { modelOrder, type OrderInputItem, type RankedEntry } from './order'
import type { OrderingModel } from './scales'
import { formatNumber } from '../format'

export interface Mover<Id> extends RankedEntry<Id> {
  /** Places the model moves the item among the scored items: positive is up. */
  shift: number
  reason: string
}

export interface Comparison<Id> {
  model: OrderingModel
  items: RankedEntry<Id>[]
  scoredCount: number
  unscoredCount: number
  kendallTau: number | null
  averageDisplacement: number
  movers: Mover<Id>[]
  tieBreak: string
}

const MAX_MOVERS = 5
/** How many of an item's numbers a reason quotes. */
const MAX_CITED = 2

/**
 * Kendall's tau-b between two rankings given as parallel arrays of ranks (smaller = earlier).
 * Tied pairs count neither for nor against and shrink the denominator; null when either
 * ranking is all ties (including fewer than two items), where there is nothing to compare.
 */
export function kendallTauB(a: readonly number[], b: readonly number[]): number | null {
  let concordant = 0
  let discordant = 0
  let tiedA = 0
  let tiedB = 0
  let pairs = 0
  for (let i = 0; i < a.length; i++) {
    for (let j = i + 1; j < a.length; j++) {
      pairs++
      const da = Math.sign(a[i]! - a[j]!)
      const db = Math.sign(b[i]! - b[j]!)
      if (da === 0) tiedA++
      if (db === 0) tiedB++
      if (da !== 0 && db !== 0) {
        if (da === db) concordant++
        else discordant++
      }
    }
  }
  const denominator = Math.sqrt((pairs - tiedA) * (pairs - tiedB))
  return denominator === 0 ? null : (concordant - discordant) / denominator
}

/** Mean distance, in places, between each item's two positions; 0 when the orders agree. */
export function averageDisplacement(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0) return 0
  let total = 0
  for (let i = 0; i < a.length; i++) total += Math.abs(a[i]! - b[i]!)
  return total / a.length
}

export function ordinal(n: number): string {
  const lastTwo = n % 100
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${formatNumber(n)}${suffix}`
}

export { formatNumber }

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * Why the model places an item where it does, in one sentence: its two places, its score, and the
 * numbers that pull it the way it moved, judged against the median of the scored items (for a
 * value field a high number pulls up; for the size field a small one does).
 */
function explain<Id>(
  entry: RankedEntry<Id>,
  shift: number,
  model: OrderingModel,
  medians: Map<ScoreField, number>
): string {
  const definition = MODELS[model]
  const pulls = [...definition.valueFields, definition.sizeField].map((field) => {
    const value = entry.scores[field]!
    const typical = medians.get(field)!
    // Ratios on a log scale treat 2 → 4 like 10 → 20, which suits a Fibonacci-like scale; +1 keeps zero money finite.
    const logRatio = Math.log((value + 1) / (typical + 1))
    return { field, value, pull: field === definition.sizeField ? -logRatio : logRatio }
  })
  const direction = Math.sign(shift)
  const cited = pulls
    .filter((p) => Math.sign(p.pull) === direction)
    .sort((x, y) => Math.abs(y.pull) - Math.abs(x.pull))
    .slice(0, MAX_CITED)
  const places = `${ordinal(entry.manualPosition)} in your order, ${ordinal(entry.modelPosition)} by ${definition.label} (${formatNumber(entry.score!)})`
  if (cited.length === 0) {
    return `${places}: its numbers are close to the median; the items you put ${direction > 0 ? 'above it score lower' : 'below it score higher'}.`
  }
  return `${places}: ${cited.map((c) => `${FIELD_LABELS[c.field]} ${formatNumber(c.value)}`).join(', ')}.`
}

/**
 * A model's order next to the Product Owner's (the input order). The measures use only the items the
 * model can score, compared by their places among those items, so unscored items sinking to the end
 * do not count as disagreement; the sentences quote places in the whole list, as the user sees them.
 */
export function compareOrders<Id>(items: ReadonlyArray<OrderInputItem<Id>>, model: OrderingModel): Comparison<Id> {
  const ranked = modelOrder(items, model)
  const scored = ranked.filter((entry) => entry.score !== null)
  // Places among the scored items: model order is `scored` itself; manual order is by manualPosition.
  const manualAmongScored = new Map(
    [...scored].sort((a, b) => a.manualPosition - b.manualPosition).map((e, i) => [e, i + 1])
  )
  const manualRanks = scored.map((entry) => manualAmongScored.get(entry)!)
  // tau-b on the scores themselves, so equal scores are ties: the tie-break is ours, not the model's view.
  const modelRanks = scored.map((entry) => -entry.score!)
  const modelPlaces = scored.map((_, i) => i + 1)

  const medians = new Map<ScoreField, number>()
  const definition = MODELS[model]
  for (const field of [...definition.valueFields, definition.sizeField]) {
    medians.set(field, scored.length ? median(scored.map((e) => e.scores[field]!)) : 0)
  }

  const movers = scored
    .map((entry, i) => ({ entry, shift: manualRanks[i]! - (i + 1) }))
    .filter(({ shift }) => shift !== 0)
    .sort((a, b) => Math.abs(b.shift) - Math.abs(a.shift) || a.entry.modelPosition - b.entry.modelPosition)
    .slice(0, MAX_MOVERS)
    .map(({ entry, shift }) => ({ ...entry, shift, reason: explain(entry, shift, model, medians) }))

  return {
    model,
    items: ranked,
    scoredCount: scored.length,
    unscoredCount: ranked.length - scored.length,
    kendallTau: kendallTauB(manualRanks, modelRanks),
    averageDisplacement: averageDisplacement(manualRanks, modelPlaces),
    movers,
    tieBreak: definition.tieBreak
  }
}
