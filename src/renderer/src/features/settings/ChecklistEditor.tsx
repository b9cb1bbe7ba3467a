import { useState } from 'react'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { notify } from '@renderer/ui/toastStore'
import { useSetDefinition } from './queries'

interface Line {
  id?: number
  text: string
}

interface ChecklistEditorProps {
  productId: number
  kind: 'ready' | 'done'
  /** A team's additions to the Definition of Done instead of the product's own checklist. */
  teamId?: number
  title: string
  purpose: string
  lines: ReadonlyArray<{ id: number; text: string }>
}

/** Edits one checklist as a whole and saves it in one call; a line keeps its id, so items keep their checks. */
export function ChecklistEditor({ productId, kind, teamId, title, purpose, lines }: ChecklistEditorProps) {
  const [draft, setDraft] = useState<Line[]>(() => lines.map(({ id, text }) => ({ id, text })))
  const save = useSetDefinition(productId)
  const idPrefix = teamId === undefined ? kind : `${kind}-team-${teamId}`
  const headingId = `${idPrefix}-heading`
  const cleaned = draft.map((l) => ({ ...l, text: l.text.trim() })).filter((l) => l.text)
  const dirty = JSON.stringify(cleaned) !== JSON.stringify(lines.map(({ id, text }) => ({ id, text })))

  const set = (index: number, text: string) => setDraft(draft.map((l, i) => (i === index ? { ...l, text } : l)))
  const move = (index: number, delta: number) => {
    const next = [...draft]
    const [line] = next.splice(index, 1)
    next.splice(index + delta, 0, line!)
    setDraft(next)
  }

  return (
    <section className="card settings-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="muted">{purpose}</p>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault()
          save.mutate({ kind, teamId, criteria: cleaned }, { onSuccess: () => notify(`${title} saved.`) })
        }}
      >
        {draft.length === 0 && <p className="muted small">No lines yet.</p>}
        <ol className="checklist-lines">
          {draft.map((line, index) => (
            <li key={line.id ?? `new-${index}`}>
              <label className="visually-hidden" htmlFor={`${idPrefix}-line-${index}`}>
                {title}, line {index + 1}
              </label>
              <input
                id={`${idPrefix}-line-${index}`}
                value={line.text}
                maxLength={500}
                onChange={(e) => set(index, e.target.value)}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={`Move line ${index + 1} up`}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`Move line ${index + 1} down`}
                disabled={index === draft.length - 1}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove line ${index + 1}`}
                onClick={() => setDraft(draft.filter((_, i) => i !== index))}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
        <ErrorMessage error={save.error} />
        <div className="detail-actions">
          <button type="button" onClick={() => setDraft([...draft, { text: '' }])}>
            Add a line
          </button>
          <button type="submit" className="primary" disabled={!dirty || save.isPending}>
            Save {title}
          </button>
        </div>
      </form>
    </section>
  )
}
