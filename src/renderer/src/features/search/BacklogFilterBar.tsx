import { useEffect, useMemo, useRef, useState } from 'react'
import { Link } from 'wouter'
import type { BacklogListItem, WorkflowState } from '@shared/api'
import type { Team } from '@shared/api/methods/teams'
import { hasFilters } from '@shared/domain/search'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useFocusRequest } from '@renderer/ui/focusRequests'
import { BulkEditBar } from './BulkEditBar'
import { ExportButtons } from './ExportButtons'
import { FilterFields } from './FilterFields'
import { EMPTY_FORM, idQuery, toFilters, type FilterForm } from './filterForm'
import { useLabels, useSearch } from './queries'
import { SavedFilters } from './SavedFilters'
import { selection, useSpaceTicksRows } from './selectionStore'
import '@renderer/styles/search.css'

interface BacklogFilterBarProps {
  productId: number
  items: readonly BacklogListItem[]
  states: readonly WorkflowState[]
  teams: readonly Team[]
  /** The ids the search and filters let through, or null when nothing narrows the backlog. */
  onMatches: (ids: ReadonlySet<number> | null) => void
}

const DEBOUNCE_MS = 200

/** Search box, filters, saved filters, and (with rows ticked) the bulk-edit bar, above the backlog. */
export function BacklogFilterBar({ productId, items, states, teams, onMatches }: BacklogFilterBarProps) {
  const [text, setText] = useState('')
  const [query, setQuery] = useState('')
  const [form, setForm] = useState<FilterForm>(EMPTY_FORM)
  const inputRef = useRef<HTMLInputElement>(null)
  useFocusRequest('filter', inputRef)
  const labels = useLabels(productId)

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text])

  const filters = useMemo(() => toFilters(form), [form])
  const byId = idQuery(query)
  const active = query !== '' || hasFilters(filters)
  const search = useSearch(productId, query, filters, active && byId === null)

  const matches = useMemo(() => {
    if (!active) return null
    if (byId !== null) return new Set(items.some((i) => i.id === byId) ? [byId] : [])
    return search.data ? new Set(search.data.map((hit) => hit.id)) : null
  }, [active, byId, items, search.data])

  useEffect(() => {
    onMatches(matches)
    const snippets = new Map(
      (search.data ?? []).flatMap((hit) => (hit.snippet && active ? [[hit.id, hit.snippet] as const] : []))
    )
    selection.show(
      items.filter((i) => !matches || matches.has(i.id)).map((i) => i.id),
      snippets
    )
  }, [matches, items, onMatches, search.data, active])

  // A product switch starts with nothing ticked.
  useEffect(() => () => selection.clear(), [])

  useSpaceTicksRows()

  const set = <K extends keyof FilterForm>(key: K, value: FilterForm[K]) => setForm((f) => ({ ...f, [key]: value }))
  const clear = () => {
    setText('')
    setQuery('')
    setForm(EMPTY_FORM)
  }

  return (
    <div className="filter-area">
      <div className="filter-bar" role="search" aria-label="Search and filter the backlog">
        <div className="field search-field">
          <label htmlFor="backlog-search">Search</label>
          <input
            id="backlog-search"
            ref={inputRef}
            type="search"
            value={text}
            placeholder="Words in titles, descriptions, criteria, or a key  ( / )"
            autoComplete="off"
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && text) {
                e.preventDefault()
                setText('')
              }
            }}
          />
        </div>
        <FilterFields form={form} states={states} teams={teams} labels={labels.data ?? []} onChange={set} />
        {active && (
          <button type="button" className="link-button clear-filters" onClick={clear}>
            Clear
          </button>
        )}
      </div>
      <div className="filter-tools">
        <SavedFilters
          productId={productId}
          query={query}
          form={form}
          active={active}
          onApply={(savedQuery, savedForm) => {
            setText(savedQuery)
            setQuery(savedQuery)
            setForm(savedForm)
          }}
        />
        <div className="transfer-links">
          <Link href="/import" className="button-link">
            Import CSV…
          </Link>
          <ExportButtons productId={productId} />
        </div>
      </div>
      {search.error && <ErrorMessage error={search.error} />}
      <BulkEditBar productId={productId} states={states} teams={teams} items={items} />
    </div>
  )
}
