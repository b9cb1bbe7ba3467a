/** Score changes shown at once: a product's history only grows, so it is read a page at a time. */
export const HISTORY_PAGE_SIZE = 100

export interface HistoryPage {
  /** 1-based numbers of the first and last change on the page; 0 and 0 for no changes. */
  from: number
  to: number
  newer: number | null
  older: number | null
  /** The offset of the page holding the oldest change. */
  oldest: number
}

/** Where a page sits among `total` changes (newest first), and the offsets of its neighbours. */
export function historyPage(total: number, offset: number, size = HISTORY_PAGE_SIZE): HistoryPage {
  const oldest = total === 0 ? 0 : Math.floor((total - 1) / size) * size
  const start = Math.min(offset, oldest)
  return {
    from: total === 0 ? 0 : start + 1,
    to: Math.min(total, start + size),
    newer: start > 0 ? Math.max(0, start - size) : null,
    older: start + size < total ? start + size : null,
    oldest
  }
}
