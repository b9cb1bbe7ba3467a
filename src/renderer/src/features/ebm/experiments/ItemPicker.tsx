import { useId, useMemo, useState } from 'react'
import type { BacklogListItem } from '@shared/api'
import { filterItems } from '@renderer/features/backlog/moves'

/** How many matches to list at once: the filter finds the rest in a backlog of thousands. */
const SHOWN = 12

interface ItemPickerProps {
  items: readonly BacklogListItem[]
  selected: readonly number[]
  onChange: (ids: number[]) => void
}

/** Backlog items linked to an experiment: the chosen ones as removable chips, a filter to find more. */
export function ItemPicker({ items, selected, onChange }: ItemPickerProps) {
  const [query, setQuery] = useState('')
  const id = useId()
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items])
  const chosen = new Set(selected)
  const matches = filterItems(items, query)
    .filter((i) => !chosen.has(i.id))
    .slice(0, SHOWN)

  return (
    <fieldset className="ebm-item-picker">
      <legend>Backlog items that carry the change</legend>
      {selected.length > 0 && (
        <ul className="ebm-chips" aria-label="Linked items">
          {selected.map((itemId) => (
            <li key={itemId} className="ebm-chip">
              {byId.get(itemId)?.key} {byId.get(itemId)?.title ?? '(deleted item)'}
              <button
                type="button"
                className="icon-button"
                aria-label={`Unlink ${byId.get(itemId)?.key ?? 'the deleted item'}`}
                onClick={() => onChange(selected.filter((s) => s !== itemId))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={`${id}-filter`}>Find an item</label>
        <input
          id={`${id}-filter`}
          type="search"
          value={query}
          placeholder="Title or #id"
          autoComplete="off"
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {items.length === 0 ? (
        <p className="muted small">The backlog is empty.</p>
      ) : matches.length === 0 ? (
        <p className="muted small">No other item matches.</p>
      ) : (
        <ul className="ebm-item-matches" aria-label="Matching items">
          {matches.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className="button-link"
                onClick={() => onChange([...selected, item.id])}
                aria-label={`Link ${item.key} ${item.title}`}
              >
                + {item.key} {item.title}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  )
}
