import { useState, type FormEvent } from 'react'
import type { Product } from '@shared/api'
import type { PracticeEntryDetail } from '@shared/api/methods/practice'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { usePracticeWrite } from './queries'
import { localToday } from './shape'

/** The dated log of what was done for an entry, oldest first, with a form to add to it. */
export function ActionsTimeline({ product, entry }: { product: Product; entry: PracticeEntryDetail }) {
  const [on, setOn] = useState(localToday)
  const [text, setText] = useState('')
  const add = usePracticeWrite(product.id, 'practice.actions.add')
  const remove = usePracticeWrite(product.id, 'practice.actions.delete')
  const submit = (e: FormEvent) => {
    e.preventDefault()
    add.mutate({ entryId: entry.id, on, text }, { onSuccess: () => setText('') })
  }
  return (
    <section aria-labelledby="actions-heading" className="card">
      <h3 id="actions-heading">Actions ({entry.actions.length})</h3>
      {entry.actions.length === 0 ? (
        <p className="muted">Nothing logged yet. Log each step you take, with its day.</p>
      ) : (
        <ol className="practice-timeline">
          {entry.actions.map((action) => (
            <li key={action.id}>
              <time dateTime={action.on}>{action.on}</time>
              <span>{action.text}</span>
              <button
                type="button"
                className="link-button"
                aria-label={`Remove the action of ${action.on}: ${action.text}`}
                onClick={() => remove.mutate({ id: action.id })}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <form className="stack" onSubmit={submit}>
        <div className="field-row">
          <div className="field">
            <label htmlFor="action-day">Day</label>
            <input id="action-day" type="date" value={on} required onChange={(e) => setOn(e.target.value)} />
          </div>
          <div className="field grow">
            <label htmlFor="action-text">What you did</label>
            <input id="action-text" value={text} maxLength={4000} onChange={(e) => setText(e.target.value)} />
          </div>
        </div>
        <div className="row-actions">
          <button type="submit" disabled={add.isPending}>
            Log action
          </button>
        </div>
        <ErrorMessage error={add.error ?? remove.error} />
      </form>
    </section>
  )
}
