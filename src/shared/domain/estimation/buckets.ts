/**
 * Bucket estimation: items are dropped into buckets, one per value of the estimate scale, and
 * saved together. Only the items whose bucket differs from their estimate are written.
 */
export interface BucketItem {
  id: number
  estimate: number | null
}

/** Items per bucket value (in scale order), plus the ones not in any bucket yet. */
export function groupIntoBuckets<T extends BucketItem>(
  items: readonly T[],
  placed: ReadonlyMap<number, number>,
  scale: readonly number[]
): { buckets: Array<{ value: number; items: T[] }>; unsorted: T[] } {
  const buckets = scale.map((value) => ({ value, items: [] as T[] }))
  const unsorted: T[] = []
  for (const item of items) {
    const value = placed.get(item.id) ?? item.estimate
    const bucket = value === null ? undefined : buckets.find((b) => b.value === value)
    if (bucket) bucket.items.push(item)
    else unsorted.push(item)
  }
  return { buckets, unsorted }
}

export function bucketChanges(
  items: readonly BucketItem[],
  placed: ReadonlyMap<number, number>
): Array<{ itemId: number; estimate: number }> {
  return items.flatMap((item) => {
    const value = placed.get(item.id)
    return value !== undefined && value !== item.estimate ? [{ itemId: item.id, estimate: value }] : []
  })
}
