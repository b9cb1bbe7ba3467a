import { useState } from 'react'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { toFilters, toForm, type FilterForm } from './filterForm'
import { useDeleteFilter, useSaveFilter, useSavedFilters } from './queries'

interface SavedFiltersProps {
  productId: number
  query: string
  form: FilterForm
  active: boolean
  onApply: (query: string, form: FilterForm) => void
}

/** Pick a saved search, save the current one under a name, or delete the one picked. */
export function SavedFilters({ productId, query, form, active, onApply }: SavedFiltersProps) {
  const saved = useSavedFilters(productId)
  const save = useSaveFilter(productId)
  const remove = useDeleteFilter(productId)
  const [chosen, setChosen] = useState('')
  const [naming, setNaming] = useState(false)
  const [name, setName] = useState('')
  const list = saved.data ?? []

  return (
    <div className="saved-filters">
      <div className="inline-field">
        <label htmlFor="saved-filter">Saved filters</label>
        <select
          id="saved-filter"
          value={chosen}
          disabled={list.length === 0}
          onChange={(e) => {
            setChosen(e.target.value)
            const filter = list.find((f) => String(f.id) === e.target.value)
            if (filter) onApply(filter.query, toForm(filter.filters))
          }}
        >
          <option value="">{list.length === 0 ? 'None saved yet' : 'Choose…'}</option>
          {list.map((filter) => (
            <option key={filter.id} value={filter.id}>
              {filter.name}
            </option>
          ))}
        </select>
      </div>
      {chosen && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            remove.mutate(Number(chosen))
            setChosen('')
          }}
        >
          Delete saved filter
        </button>
      )}
      {active && !naming && (
        <button type="button" onClick={() => setNaming(true)}>
          Save filter…
        </button>
      )}
      {naming && (
        <form
          className="save-filter-form"
          onSubmit={(e) => {
            e.preventDefault()
            save.mutate(
              { name, query, filters: toFilters(form) },
              {
                onSuccess: (filter) => {
                  setNaming(false)
                  setName('')
                  setChosen(String(filter.id))
                }
              }
            )
          }}
        >
          <label htmlFor="saved-filter-name" className="visually-hidden">
            Name of the saved filter
          </label>
          <input
            id="saved-filter-name"
            value={name}
            placeholder="Name, e.g. Small bugs"
            autoFocus
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="primary">
            Save
          </button>
          <button type="button" onClick={() => setNaming(false)}>
            Cancel
          </button>
        </form>
      )}
      {save.error && <ErrorMessage error={save.error} />}
    </div>
  )
}
