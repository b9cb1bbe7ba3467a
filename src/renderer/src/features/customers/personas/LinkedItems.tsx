import { useId, useState } from 'react'
import type { BacklogListItem } from '@shared/api'
import type { Persona } from '@shared/api/methods/personas'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useCustomersWrite } from '../queries'

const SUGGESTIONS = 8

/** Backlog items that serve the persona; find more by title and link them. */
export function LinkedItems({
  productId,
  persona,
  items
}: {
  productId: number
  persona: Persona
  items: readonly BacklogListItem[]
}) {
  const link = useCustomersWrite(productId, 'personas.linkItems')
  const unlink = useCustomersWrite(productId, 'personas.unlinkItems')
  const [query, setQuery] = useState('')
  const searchId = useId()
  const linked = new Set(persona.itemIds)
  const byId = new Map(items.map((i) => [i.id, i]))
  const needle = query.trim().toLowerCase()
  const suggestions = needle
    ? items.filter((i) => !linked.has(i.id) && i.title.toLowerCase().includes(needle)).slice(0, SUGGESTIONS)
    : []

  return (
    <section className="stack" aria-labelledby={`linked-${persona.id}`}>
      <h3 id={`linked-${persona.id}`}>Backlog items for {persona.name}</h3>
      {persona.itemIds.length === 0 ? (
        <p className="muted">No items linked yet.</p>
      ) : (
        <ul className="plain-list linked-items">
          {persona.itemIds.map((id) => (
            <li key={id}>
              <span className="grow">{byId.get(id)?.title ?? `#${id}`}</span>
              <button
                type="button"
                aria-label={`Unlink “${byId.get(id)?.title ?? id}”`}
                onClick={() => unlink.mutate({ personaId: persona.id, itemIds: [id] })}
              >
                Unlink
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={searchId}>Link an item (type part of its title)</label>
        <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      {needle && suggestions.length === 0 && <p className="muted small">No unlinked item matches “{query}”.</p>}
      {suggestions.length > 0 && (
        <ul className="plain-list linked-items" aria-label="Matching items">
          {suggestions.map((item) => (
            <li key={item.id}>
              <span className="grow">{item.title}</span>
              <button
                type="button"
                aria-label={`Link “${item.title}”`}
                onClick={() => link.mutate({ personaId: persona.id, itemIds: [item.id] })}
              >
                Link
              </button>
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={link.error ?? unlink.error} />
    </section>
  )
}
