import { Fragment, useMemo, type Key, type ReactNode } from 'react'
import { useVirtualRows } from './useVirtualRows'
import '@renderer/styles/virtual.css'

interface VirtualListProps<T> {
  /** The list's name, or the id of the heading that names it. */
  label: { ariaLabel: string } | { labelledBy: string }
  /** Numbered (`<ol>`): each item keeps its number wherever it is scrolled to. */
  ordered?: boolean
  className?: string
  items: readonly T[]
  /** Defined once (outside the component), so the keys are not worked out again on every render. */
  itemKey: (item: T) => Key
  itemHeight: number
  /** The content of one `<li>`. */
  renderItem: (item: T) => ReactNode
  /** The class of an item's `<li>`, e.g. to mark it. */
  itemClassName?: (item: T) => string | undefined
  /** Names an item's `<li>` when its text would say too much (e.g. the labels of its buttons too). */
  itemLabel?: (item: T) => string
}

/**
 * A list of any length with only the items near the view in the DOM; `aria-setsize` and
 * `aria-posinset` tell a screen reader how long it is. The box itself takes focus, so the
 * keyboard scrolls it like any page.
 */
export function VirtualList<T>({
  label,
  ordered,
  className,
  items,
  itemKey,
  itemHeight,
  renderItem,
  itemClassName,
  itemLabel
}: VirtualListProps<T>) {
  const keys = useMemo(() => items.map(itemKey), [items, itemKey])
  const { scrollRef, virtualizer, rows, after, onFocus } = useVirtualRows({ keys, rowHeight: itemHeight })
  const List = ordered ? 'ol' : 'ul'
  const spacer = (height: number) =>
    height > 0 && <li aria-hidden="true" className="virtual-spacer" style={{ height }} />

  return (
    <div ref={scrollRef} className="virtual-scroll virtual-list-scroll" tabIndex={0} onFocus={onFocus}>
      <List
        className={className}
        {...('ariaLabel' in label ? { 'aria-label': label.ariaLabel } : { 'aria-labelledby': label.labelledBy })}
      >
        {rows.map((row) => {
          const item = items[row.index]
          if (item === undefined) return null
          return (
            <Fragment key={row.key}>
              {spacer(row.gapBefore)}
              <li
                ref={virtualizer.measureElement}
                data-index={row.index}
                value={ordered ? row.index + 1 : undefined}
                aria-setsize={items.length}
                aria-posinset={row.index + 1}
                className={itemClassName?.(item)}
                aria-label={itemLabel?.(item)}
              >
                {renderItem(item)}
              </li>
            </Fragment>
          )
        })}
        {spacer(after)}
      </List>
    </div>
  )
}
