import type { StateCategory } from '../backlog'

/**
 * Done means done: an item that does not meet the Definition of Done is not part of the Increment
 * and returns to the Product Backlog (Scrum Guide 2020, "Increment"). Older versions let such an
 * item be moved to done "anyway" with a reason; this turns each of those overrides into a return
 * to the Product Backlog, keeping the reason, so the item never counts as throughput, cycle time or
 * forecast history. Used by the database migration and by the import of older product files.
 */

interface StateLike {
  id: number
  category: StateCategory
  position: number
}

export interface LegacyChange {
  itemId: number
  fromStateId: number | null
  toStateId: number
  /** The reason an older version recorded for a done move without the Definition of Done. */
  override: string | null
}

export interface NotDoneRewrite {
  /** The history in the same order, overrides turned into returns to the Product Backlog. */
  history: Array<{ fromStateId: number | null; toStateId: number; notDoneReason: string | null }>
  /** Items whose current state must become the backlog state, because an override put them where they are. */
  itemStates: Map<number, number>
}

/** Where a not-done item goes: the first to-do state, as a new item does; else the first open state. */
export function backlogStateOf(states: readonly StateLike[]): number | null {
  const ordered = [...states].sort((a, b) => a.position - b.position)
  return (ordered.find((s) => s.category === 'todo') ?? ordered.find((s) => s.category === 'in_progress'))?.id ?? null
}

/**
 * `history` is in time order; `items` maps each item to its current state. An override change is
 * redirected to the backlog state; the item's next change then starts from there, and an item
 * still sitting where the override put it is moved there too.
 */
export function rewriteOverrides(
  states: readonly StateLike[],
  items: ReadonlyMap<number, number>,
  history: readonly LegacyChange[]
): NotDoneRewrite {
  const backlog = backlogStateOf(states)
  const rewritten = history.map((c) => ({
    fromStateId: c.fromStateId,
    toStateId: c.toStateId,
    notDoneReason: null as string | null
  }))
  const itemStates = new Map<number, number>()
  if (backlog === null) return { history: rewritten, itemStates }
  // Where each item stands after its latest change so far: an override leaves it in the backlog state.
  const redirectedAt = new Map<number, number>()
  history.forEach((change, index) => {
    const entry = rewritten[index]!
    const pending = redirectedAt.get(change.itemId)
    if (pending !== undefined && change.fromStateId === history[pending]!.toStateId) entry.fromStateId = backlog
    redirectedAt.delete(change.itemId)
    if (change.override === null) return
    entry.toStateId = backlog
    entry.notDoneReason = change.override
    redirectedAt.set(change.itemId, index)
  })
  for (const [itemId, index] of redirectedAt) {
    if (items.get(itemId) === history[index]!.toStateId) itemStates.set(itemId, backlog)
  }
  return { history: rewritten, itemStates }
}
