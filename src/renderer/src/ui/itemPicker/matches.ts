/** A backlog item as the picker shows it, e.g. "12. As a swimmer, I want…". */
export interface PickableItem {
  id: number
  label: string
}

/** Suggestions shown at once: enough to pick from, few enough to draw at once for any backlog. */
export const SHOWN_MATCHES = 30

/**
 * The first items whose label holds every word of the query, in the given (backlog) order; an
 * empty query gives the first items. `total` says how many match, so the list can say so.
 */
export function matchItems(
  items: readonly PickableItem[],
  query: string,
  limit = SHOWN_MATCHES
): { shown: PickableItem[]; total: number } {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean)
  const shown: PickableItem[] = []
  let total = 0
  for (const item of items) {
    const label = item.label.toLocaleLowerCase()
    if (!words.every((word) => label.includes(word))) continue
    total += 1
    if (shown.length < limit) shown.push(item)
  }
  return { shown, total }
}
