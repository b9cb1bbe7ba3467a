import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react'
import { matchItems, type PickableItem } from './matches'
import '@renderer/styles/itemPicker.css'
import { formatCount, formatNumber } from '@shared/domain/format'

interface ItemPickerProps {
  id: string
  label: string
  items: readonly PickableItem[]
  value: number | null
  onChange: (id: number | null) => void
  /** What choosing no item means, e.g. "The whole product"; without it an item must be chosen. */
  noneLabel?: string
}

/**
 * Chooses one backlog item by typing part of its title: a combobox (WAI-ARIA pattern with a
 * listbox popup) that draws only the first matches, where a `<select>` would draw every item.
 */
export function ItemPicker({ id, label, items, value, onChange, noneLabel }: ItemPickerProps) {
  const listId = useId()
  const [query, setQuery] = useState<string | null>(null)
  const [active, setActive] = useState(0)
  const selected = useMemo(() => items.find((item) => item.id === value) ?? null, [items, value])
  const open = query !== null
  const { shown, total } = useMemo(() => matchItems(items, query ?? ''), [items, query])
  const options: Array<PickableItem | null> = noneLabel !== undefined && !query ? [null, ...shown] : shown

  const close = () => setQuery(null)
  const choose = (option: PickableItem | null) => {
    onChange(option?.id ?? null)
    close()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Closed, only ArrowDown opens the list: Enter still submits the form around the picker.
    const keys: Record<string, () => void> = open
      ? {
          ArrowDown: () => setActive((a) => Math.min(options.length - 1, a + 1)),
          ArrowUp: () => setActive((a) => Math.max(0, a - 1)),
          Enter: () => options[active] !== undefined && choose(options[active] ?? null),
          Escape: close
        }
      : { ArrowDown: () => setQuery('') }
    const action = keys[event.key]
    if (!action) return
    event.preventDefault()
    action()
  }
  // The active option stays in view as the arrow keys move through the list.
  useEffect(() => {
    if (open) document.getElementById(optionId(listId, active))?.scrollIntoView({ block: 'nearest' })
  }, [open, active, listId])

  return (
    <div className="item-picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open && options.length > 0 ? optionId(listId, active) : undefined}
        placeholder={noneLabel ?? 'Type part of a title'}
        value={query ?? selected?.label ?? ''}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(0)
        }}
        onClick={() => !open && setQuery('')}
        onBlur={close}
        onKeyDown={onKeyDown}
      />
      {open && (
        <div className="item-picker-popup">
          <ul id={listId} role="listbox" aria-label={label}>
            {options.map((option, index) => (
              <li
                key={option?.id ?? 'none'}
                id={optionId(listId, index)}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'active' : undefined}
                // Chosen on mouse down, before the input's blur closes the list.
                onMouseDown={(event) => {
                  event.preventDefault()
                  choose(option)
                }}
              >
                {option?.label ?? noneLabel}
              </li>
            ))}
          </ul>
          <p className="muted small" aria-live="polite">
            {matchesSentence(shown.length, total)}
          </p>
        </div>
      )}
    </div>
  )
}

const optionId = (listId: string, index: number) => `${listId}-${index}`

function matchesSentence(shown: number, total: number): string {
  if (total === 0) return 'No item matches.'
  if (total > shown) return `${shown} of ${formatNumber(total)} matches; type more to narrow them.`
  return `${formatCount(total, 'match', 'matches')}.`
}
