import { Fragment, useLayoutEffect, useMemo, useRef, useState, type Key, type ReactNode } from 'react'
import { useVirtualRows } from './useVirtualRows'
import '@renderer/styles/virtual.css'

/** What each rendered row spreads onto its `<tr>`: where it sits in the table, and the measuring ref. */
export interface VirtualRowProps {
  ref: (element: HTMLTableRowElement | null) => void
  'data-index': number
  'aria-rowindex': number
}

interface VirtualTableProps<T> {
  /** The table's name, or the id of the heading that names it. */
  label: { ariaLabel: string } | { labelledBy: string }
  className?: string
  rows: readonly T[]
  /** Defined once (outside the component), so the keys are not worked out again on every render. */
  rowKey: (row: T) => Key
  rowHeight: number
  columnCount: number
  /** The cells of the header row. */
  head: ReactNode
  /** Renders one row; memoise it, so a change to one row re-renders only that row. */
  renderRow: (row: T, props: VirtualRowProps) => ReactNode
}

/**
 * A table of any length that keeps its semantics: a real `<table>` with a sticky header, only the
 * rows near the view in the DOM, and `aria-rowcount` / `aria-rowindex` so a screen reader knows
 * the whole size and where each row sits in it.
 */
export function VirtualTable<T>({
  label,
  className,
  rows,
  rowKey,
  rowHeight,
  columnCount,
  head,
  renderRow
}: VirtualTableProps<T>) {
  const headRef = useRef<HTMLTableSectionElement>(null)
  const [headHeight, setHeadHeight] = useState(0)
  const keys = useMemo(() => rows.map(rowKey), [rows, rowKey])
  const {
    scrollRef,
    virtualizer,
    rows: shown,
    after,
    onFocus
  } = useVirtualRows({ keys, rowHeight, offset: headHeight })

  // The header can wrap onto two lines in a narrow window; the rows are placed below whatever it takes.
  useLayoutEffect(() => {
    const head = headRef.current
    if (!head) return
    const measure = () => setHeadHeight(head.offsetHeight)
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(head)
    return () => observer.disconnect()
  }, [])

  const spacer = (height: number) =>
    height > 0 && (
      <tr aria-hidden="true" className="virtual-spacer">
        <td colSpan={columnCount} style={{ height }} />
      </tr>
    )

  return (
    <div ref={scrollRef} className="table-scroll virtual-scroll" onFocus={onFocus}>
      <table
        className={`score-table virtual-table${className ? ` ${className}` : ''}`}
        aria-rowcount={rows.length + 1}
        {...('ariaLabel' in label ? { 'aria-label': label.ariaLabel } : { 'aria-labelledby': label.labelledBy })}
      >
        <thead ref={headRef}>
          <tr aria-rowindex={1}>{head}</tr>
        </thead>
        <tbody>
          {shown.map((virtualRow) => {
            const row = rows[virtualRow.index]
            if (row === undefined) return null
            return (
              <Fragment key={virtualRow.key}>
                {spacer(virtualRow.gapBefore)}
                {renderRow(row, {
                  ref: virtualizer.measureElement,
                  'data-index': virtualRow.index,
                  'aria-rowindex': virtualRow.index + 2
                })}
              </Fragment>
            )
          })}
          {spacer(after)}
        </tbody>
      </table>
    </div>
  )
}
