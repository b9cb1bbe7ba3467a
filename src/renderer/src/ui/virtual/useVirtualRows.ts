import { useCallback, useMemo, useRef, useState, type FocusEvent, type Key } from 'react'
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import { withGaps, withKeptIndex } from './range'

interface VirtualRowsOptions {
  keys: readonly Key[]
  /** A first guess; each rendered row is measured, so a row that grows (an error under a cell) is fine. */
  rowHeight: number
  /** Space above the first row inside the scroll box, e.g. a table's sticky header. */
  offset?: number
}

/**
 * The rows of a long list or table that are in view, plus a few beyond each edge so Tab and
 * Shift+Tab always find the next row in the DOM; the browser scrolls it into view and the window
 * follows. The row that holds focus stays rendered when it is scrolled away, so focus is not lost.
 */
export function useVirtualRows({ keys, rowHeight, offset = 0 }: VirtualRowsOptions) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const [focusedKey, setFocusedKey] = useState<Key | null>(null)
  const indexByKey = useMemo(() => new Map(keys.map((key, index) => [key, index])), [keys])
  const focusedIndex = focusedKey === null ? undefined : indexByKey.get(focusedKey)

  const rangeExtractor = useCallback(
    (range: Range) => withKeptIndex(defaultRangeExtractor(range), focusedIndex),
    [focusedIndex]
  )
  // Stable between renders: the virtualizer measures every row again when these change.
  const getItemKey = useCallback((index: number) => keys[index] ?? index, [keys])
  const estimateSize = useCallback(() => rowHeight, [rowHeight])

  // The app does not use the React Compiler, so the virtualizer's unmemoisable API is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: keys.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: 8,
    paddingStart: offset,
    scrollPaddingStart: offset,
    rangeExtractor
  })

  const onFocus = useCallback(
    (event: FocusEvent<HTMLElement>) => {
      const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]')
      const key = row ? keys[Number(row.dataset.index)] : undefined
      if (key !== undefined) setFocusedKey(key)
    },
    [keys]
  )

  const { rows, after } = withGaps(virtualizer.getVirtualItems(), offset, virtualizer.getTotalSize())
  return { scrollRef, virtualizer, rows, after, onFocus }
}
