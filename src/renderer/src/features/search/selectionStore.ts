import { useEffect, useSyncExternalStore } from 'react'
import type { SearchHit } from '@shared/api/methods/backlog'

/**
 * The backlog's multi-selection and search snippets, shared by the filter bar, the bulk-edit bar
 * and each row's checkbox without threading props through the virtualised list.
 */
interface State {
  checked: ReadonlySet<number>
  /** The row a Shift-click extends from. */
  anchor: number | null
  /** Visible ids in order, for ranges. */
  order: readonly number[]
  snippets: ReadonlyMap<number, NonNullable<SearchHit['snippet']>>
}

let state: State = { checked: new Set(), anchor: null, order: [], snippets: new Map() }
const listeners = new Set<() => void>()

function update(next: Partial<State>): void {
  state = { ...state, ...next }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export const selection = {
  /** The visible rows changed: checked rows that are no longer shown stay out of bulk edits. */
  show(order: readonly number[], snippets: State['snippets']): void {
    const visible = new Set(order)
    const checked = [...state.checked].filter((id) => visible.has(id))
    update({ order, snippets, checked: checked.length === state.checked.size ? state.checked : new Set(checked) })
  },
  /** Toggles one row, or with `extend` sets every row from the anchor to it like the anchor. */
  toggle(id: number, extend: boolean): void {
    const checked = new Set(state.checked)
    const from = state.anchor === null ? -1 : state.order.indexOf(state.anchor)
    const to = state.order.indexOf(id)
    if (extend && from >= 0 && to >= 0) {
      const on = checked.has(state.anchor!)
      for (const rowId of state.order.slice(Math.min(from, to), Math.max(from, to) + 1)) {
        if (on) checked.add(rowId)
        else checked.delete(rowId)
      }
    } else if (checked.has(id)) checked.delete(id)
    else checked.add(id)
    update({ checked, anchor: id })
  },
  setAll(ids: readonly number[]): void {
    update({ checked: new Set(ids), anchor: null })
  },
  clear(): void {
    if (state.checked.size > 0 || state.anchor !== null) update({ checked: new Set(), anchor: null })
  }
}

export function useChecked(id: number): boolean {
  return useSyncExternalStore(subscribe, () => state.checked.has(id))
}

export function useCheckedIds(): ReadonlySet<number> {
  return useSyncExternalStore(subscribe, () => state.checked)
}

export function useSnippet(id: number): NonNullable<SearchHit['snippet']> | undefined {
  return useSyncExternalStore(subscribe, () => state.snippets.get(id))
}

/** Space on a focused backlog row ticks it, so keyboard users can build a selection too. */
export function useSpaceTicksRows(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const row = (event.target as HTMLElement | null)?.closest?.<HTMLElement>('.backlog-row')
      if (event.key !== ' ' || !row || event.target !== row) return
      event.preventDefault()
      selection.toggle(Number(row.dataset.itemId), event.shiftKey)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])
}
