import { useState, type FormEvent } from 'react'
import type { Product } from '@shared/api'
import type { JobStory, Persona } from '@shared/api/methods/personas'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { TextField } from '@renderer/ui/TextField'
import { useCustomersWrite, usePersonas } from '../queries'
import { PersonaAvatar } from '../personas/PersonaAvatar'
import { jobStorySentence } from './jobStory'

/** Jobs to be Done as job stories, kept with the persona whose job it is. */
export function JobStoriesTab({ product }: { product: Product }) {
  const personas = usePersonas(product.id)
  if (personas.isPending) return <p className="muted">Loading the job stories…</p>
  if (personas.error) return <ErrorMessage error={personas.error} />
  return (
    <div className="stack">
      <p className="hint small">
        A job story puts the situation first: “When &lt;situation&gt;, I want to &lt;motivation&gt;, so I can
        &lt;outcome&gt;.” It describes the progress a person wants to make, not who they are.
      </p>
      {personas.data.length === 0 ? (
        <p className="muted">Add a persona first: job stories are kept with the persona whose job they describe.</p>
      ) : (
        personas.data.map((persona) => <PersonaJobs key={persona.id} productId={product.id} persona={persona} />)
      )}
    </div>
  )
}

const EMPTY: JobStory = { situation: '', motivation: '', outcome: '' }

function PersonaJobs({ productId, persona }: { productId: number; persona: Persona }) {
  const update = useCustomersWrite(productId, 'personas.update')
  const [draft, setDraft] = useState<JobStory>(EMPTY)
  const save = (jobStories: JobStory[], onSuccess?: () => void) =>
    update.mutate({ id: persona.id, patch: { jobStories } }, { onSuccess })
  const add = (e: FormEvent) => {
    e.preventDefault()
    save([...persona.jobStories, draft], () => setDraft(EMPTY))
  }
  const headingId = `jobs-${persona.id}`
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <header className="persona-head">
        <PersonaAvatar persona={persona} />
        <h2 id={headingId}>Jobs of {persona.name}</h2>
      </header>
      {persona.jobStories.length === 0 ? (
        <p className="muted">No job stories yet.</p>
      ) : (
        <ol className="job-list">
          {persona.jobStories.map((story, index) => (
            <li key={index}>
              <span className="grow">{jobStorySentence(story)}</span>
              <button
                type="button"
                aria-label={`Remove job story ${index + 1} of ${persona.name}`}
                onClick={() => save(persona.jobStories.filter((_, i) => i !== index))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <form className="job-form" onSubmit={add} aria-label={`New job story for ${persona.name}`}>
        <TextField
          label="When …"
          placeholder="the pool is crowded after work"
          value={draft.situation}
          onChange={(situation) => setDraft((d) => ({ ...d, situation }))}
        />
        <TextField
          label="I want to …"
          placeholder="see which lanes are free"
          value={draft.motivation}
          onChange={(motivation) => setDraft((d) => ({ ...d, motivation }))}
        />
        <TextField
          label="so I can …"
          placeholder="swim without waiting"
          value={draft.outcome}
          onChange={(outcome) => setDraft((d) => ({ ...d, outcome }))}
        />
        <button type="submit" disabled={update.isPending}>
          Add job story
        </button>
      </form>
      <ErrorMessage error={update.error} />
    </section>
  )
}
