/**
 * Pure helpers that shape the backlog for display and turn a drag or keyboard move into the
 * `backlog.move` call. They take plain ids so they can be unit tested without React.
 */
export interface MovePlan {
  id: number
  afterId: number | null
  beforeId: number | null
}

/**
 * Moving the item at `from` to `to` in the visible list (which may be filtered) becomes a place
 * between two neighbours that are adjacent in the full backlog: right below the visible item that
 * ends up above it, or, at the top of the view, right above the visible item below it.
 */
export function planMove(
  allIds: readonly number[],
  visibleIds: readonly number[],
  from: number,
  to: number
): MovePlan | null {
  const id = visibleIds[from]
  if (id === undefined || from === to || to < 0 || to >= visibleIds.length) return null
  const reordered = visibleIds.filter((v) => v !== id)
  reordered.splice(to, 0, id)
  const above = reordered[to - 1] ?? null
  const below = reordered[to + 1] ?? null
  const rest = allIds.filter((v) => v !== id)
  if (above !== null) {
    return { id, afterId: above, beforeId: rest[rest.indexOf(above) + 1] ?? null }
  }
  if (below !== null) {
    const belowIndex = rest.indexOf(below)
    return { id, afterId: belowIndex > 0 ? (rest[belowIndex - 1] ?? null) : null, beforeId: below }
  }
  return null
}

/** The optimistic result of a move: the same list with the item placed between its new neighbours. */
export function applyMove<T extends { id: number }>(items: readonly T[], plan: MovePlan): T[] {
  const moving = items.find((item) => item.id === plan.id)
  if (!moving) return [...items]
  const rest = items.filter((item) => item.id !== plan.id)
  let index: number
  if (plan.afterId !== null) {
    const after = rest.findIndex((item) => item.id === plan.afterId)
    if (after === -1) return [...items]
    index = after + 1
  } else if (plan.beforeId !== null) {
    index = rest.findIndex((item) => item.id === plan.beforeId)
    if (index === -1) return [...items]
  } else {
    index = 0
  }
  rest.splice(index, 0, moving)
  return rest
}

/** An item key (any case, e.g. `pb-42`) finds that item; other text matches titles case-insensitively. */
export function filterItems<T extends { key: string; title: string }>(
  items: readonly T[],
  query: string
): readonly T[] {
  const q = query.trim().toLowerCase()
  if (!q) return items
  const byKey = items.filter((item) => item.key.toLowerCase() === q)
  return byKey.length > 0 ? byKey : items.filter((item) => item.title.toLowerCase().includes(q))
}
