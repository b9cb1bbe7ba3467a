import { useId, useState } from 'react'
import { GLOSSARY, searchGlossary, sourceLabel } from '@shared/domain/glossary'
import '@renderer/styles/glossary.css'

/** Every term the app uses, one line each, with the guide it comes from; the search narrows as you type. */
export function GlossaryPage() {
  const [query, setQuery] = useState('')
  const searchId = useId()
  const terms = searchGlossary(GLOSSARY, query)
  return (
    <div className="page glossary-page">
      <header className="page-header">
        <h1>Glossary</h1>
        <p className="muted">
          The terms PO Studio uses, each in one line and with where it comes from: the Scrum Guide 2020, the Kanban
          Guide 2020, the EBM Guide 2024, or a practice taught on the courses that the guides do not contain.
        </p>
      </header>
      <div className="page-body">
        <div className="glossary-search">
          <label htmlFor={searchId}>Search the glossary</label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="e.g. Sprint Goal, WIP, Kano"
          />
        </div>
        <p role="status" className="small muted">
          {terms.length === GLOSSARY.length
            ? `${terms.length} terms`
            : `${terms.length} of ${GLOSSARY.length} terms match “${query.trim()}”`}
        </p>
        {terms.length === 0 ? (
          <p className="muted">No term matches. Try a shorter word, or clear the search to see every term.</p>
        ) : (
          <dl className="glossary-list">
            {terms.map((t) => (
              <div key={t.term} className="glossary-term">
                <dt>{t.term}</dt>
                <dd>
                  {t.meaning}
                  <span className="glossary-source small muted">{sourceLabel(t.source)}</span>
                </dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </div>
  )
}
