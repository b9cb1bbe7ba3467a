/** A rendered row's place in the whole list, in pixels, as the virtualizer measures it. */
export interface Placed {
  index: number
  start: number
  end: number
}

/** The rendered indexes in order, with `kept` among them (e.g. the row that has focus) even when out of view. */
export function withKeptIndex(indexes: readonly number[], kept: number | undefined): number[] {
  if (kept === undefined || indexes.includes(kept)) return [...indexes]
  return [...indexes, kept].sort((a, b) => a - b)
}

/**
 * Rows flow in the document (a table cannot position its rows), so the space of the rows that are
 * not rendered is filled in: `gapBefore` above each rendered row, `after` below the last one.
 */
export function withGaps<T extends Placed>(
  rows: readonly T[],
  offset: number,
  total: number
): { rows: Array<T & { gapBefore: number }>; after: number } {
  let end = offset
  const placed = rows.map((row) => {
    const gapBefore = Math.max(0, row.start - end)
    end = row.end
    return { ...row, gapBefore }
  })
  return { rows: placed, after: Math.max(0, total - end) }
}
