import type { MouseEvent } from 'react'
import { selection, useChecked, useSnippet } from './selectionStore'

/** A row's checkbox for bulk edits; Shift-click selects the range from the last row clicked. */
export function RowCheckbox({ id, title }: { id: number; title: string }) {
  const checked = useChecked(id)
  const onClick = (event: MouseEvent<HTMLInputElement>) => {
    // The row opens its detail on click; ticking the box must not.
    event.stopPropagation()
    event.preventDefault()
    selection.toggle(id, event.shiftKey)
  }
  return (
    <input
      type="checkbox"
      className="row-check"
      tabIndex={-1}
      checked={checked}
      aria-label={`Select ${title}`}
      onClick={onClick}
      onChange={() => undefined}
    />
  )
}

const FIELD_NAMES = { description: 'Description', criteria: 'Criteria' } as const

/** Where a search matched when it was not the title: a line of the description or a criterion. */
export function RowSnippet({ id }: { id: number }) {
  const snippet = useSnippet(id)
  if (!snippet) return null
  return (
    <span className="row-snippet">
      <span className="row-snippet-field">{FIELD_NAMES[snippet.field]}:</span>{' '}
      {snippet.parts.map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>
      )}
    </span>
  )
}
