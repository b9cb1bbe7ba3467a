/**
 * Kendall tau in words. It runs from -1 (one order is the other reversed) through 0 (no relation)
 * to 1 (the same order); the bands are rough, meant for reading, not for statistics.
 */
export function readTau(tau: number | null, modelLabel: string): string {
  if (tau === null) return `Score at least two items for ${modelLabel} to compare the orders.`
  if (tau >= 0.999) return `Your order and ${modelLabel} agree completely.`
  if (tau >= 0.8) return `Your order and ${modelLabel} agree almost everywhere.`
  if (tau >= 0.5) return `Your order and ${modelLabel} mostly agree; a few items sit in quite different places.`
  if (tau >= 0.2) return `Your order and ${modelLabel} agree only loosely: many pairs of items are the other way round.`
  if (tau > -0.2)
    return `Your order and ${modelLabel} have little in common: you are weighing something the model does not see, or the scores need a second look.`
  if (tau > -0.5) return `Your order and ${modelLabel} tend to disagree.`
  return `Your order is close to the reverse of ${modelLabel}.`
}
