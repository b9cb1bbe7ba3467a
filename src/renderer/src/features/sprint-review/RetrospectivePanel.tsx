import { useId, useState } from 'react'
import type { Retrospective } from '@shared/api/methods/retrospectives'
import type { Sprint } from '@shared/api/methods/sprints'
import { RETROSPECTIVE_PURPOSE } from '@shared/domain/sprint-review'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { notify } from '@renderer/ui/toastStore'
import { useRetrospective, useReviewWrite } from './queries'

/** The Product Owner's own look back on the Sprint, and the improvements to try next. */
export function RetrospectivePanel({ productId, sprint }: { productId: number; sprint: Sprint }) {
  const retrospective = useRetrospective(productId, sprint.id)
  if (retrospective.error) return <ErrorMessage error={retrospective.error} />
  if (!retrospective.data) return <p className="muted">Loading the Retrospective note…</p>
  return (
    <section className="card stack" aria-labelledby="retro-title">
      <h3 id="retro-title">Your Retrospective note for {sprint.name}</h3>
      <p className="muted small">{RETROSPECTIVE_PURPOSE}</p>
      <NoteForm key={retrospective.data.updatedAt ?? 'new'} productId={productId} retrospective={retrospective.data} />
      <Actions productId={productId} retrospective={retrospective.data} />
    </section>
  )
}

function NoteForm({ productId, retrospective }: { productId: number; retrospective: Retrospective }) {
  const save = useReviewWrite(productId, 'retrospectives.save')
  const [note, setNote] = useState(retrospective.note)
  const noteId = useId()
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault()
        save.mutate(
          { sprintId: retrospective.sprintId, note },
          { onSuccess: () => notify('Saved the Retrospective note.') }
        )
      }}
    >
      <div className="field">
        <label htmlFor={noteId}>What went well, what did not</label>
        <textarea id={noteId} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <ErrorMessage error={save.error} />
      <div>
        <button type="submit" disabled={save.isPending || note === retrospective.note}>
          Save note
        </button>
      </div>
    </form>
  )
}

function Actions({ productId, retrospective }: { productId: number; retrospective: Retrospective }) {
  const add = useReviewWrite(productId, 'retrospectives.addAction')
  const update = useReviewWrite(productId, 'retrospectives.updateAction')
  const remove = useReviewWrite(productId, 'retrospectives.deleteAction')
  const [text, setText] = useState('')
  const textId = useId()
  const open = retrospective.actions.filter((a) => !a.done).length
  return (
    <section className="stack" aria-labelledby="retro-actions-title">
      <h4 id="retro-actions-title">
        Improvement actions{' '}
        <span className="muted small">
          ({open} of {retrospective.actions.length} open)
        </span>
      </h4>
      {retrospective.actions.length === 0 ? (
        <p className="muted small">No improvement actions yet: pick one or two you will try in the next Sprint.</p>
      ) : (
        <ul className="plain-list retro-actions">
          {retrospective.actions.map((a) => (
            <li key={a.id} className="retro-action">
              <label className="checkbox grow">
                <input
                  type="checkbox"
                  checked={a.done}
                  disabled={update.isPending}
                  onChange={(e) => update.mutate({ id: a.id, patch: { done: e.target.checked } })}
                />
                <span className={a.done ? 'done-text' : undefined}>{a.text}</span>
              </label>
              <button
                type="button"
                className="button-link small"
                aria-label={`Remove the action “${a.text}”`}
                disabled={remove.isPending}
                onClick={() => remove.mutate({ id: a.id })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault()
          add.mutate({ sprintId: retrospective.sprintId, text }, { onSuccess: () => setText('') })
        }}
      >
        <div className="field grow">
          <label htmlFor={textId}>New improvement action</label>
          <input
            id={textId}
            type="text"
            value={text}
            maxLength={500}
            onChange={(e) => setText(e.target.value)}
            placeholder="Press Enter to add"
          />
        </div>
        <button type="submit" disabled={add.isPending}>
          Add action
        </button>
      </form>
      <ErrorMessage error={add.error ?? update.error ?? remove.error} />
    </section>
  )
}
