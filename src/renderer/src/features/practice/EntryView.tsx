import { useState, type FormEvent } from 'react'
import { Link, useLocation } from 'wouter'
import type { Product } from '@shared/api'
import type { PracticeEntryDetail } from '@shared/api/methods/practice'
import { ENTRY_STATUSES, STATUS_LABELS, findTarget, findTrack, type EntryStatus } from '@shared/domain/practice'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { TextField } from '@renderer/ui/TextField'
import { notify } from '@renderer/ui/toastStore'
import { ActionsTimeline } from './ActionsTimeline'
import { CoachComments } from './CoachComments'
import { EvidenceList } from './EvidenceList'
import { EvidencePicker } from './EvidencePicker'
import { useEntry, usePracticeWrite } from './queries'

export function EntryView({ product, entryId }: { product: Product; entryId: number }) {
  const entry = useEntry(product.id, entryId)
  if (entry.isPending) return <p className="muted">Loading the entry…</p>
  if (entry.error) return <ErrorMessage error={entry.error} />
  return <EntryBody product={product} entry={entry.data} />
}

function EntryBody({ product, entry }: { product: Product; entry: PracticeEntryDetail }) {
  const target = findTarget(entry.targetKey)
  const track = findTrack(entry.trackId)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const remove = usePracticeWrite(product.id, 'practice.entries.delete')
  const [, navigate] = useLocation()
  return (
    <div className="practice-entry">
      <p className="small">
        <Link href="/journal">← All journal entries</Link>
      </p>
      <header className="practice-entry-header">
        <div>
          <p className="muted small">
            {track.name} · {target?.group}
          </p>
          <h2>{target?.title ?? entry.targetKey}</h2>
          {target?.summary && <p className="muted">{target.summary}</p>}
        </div>
        <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
          Delete entry…
        </button>
      </header>
      {target && target.places.length > 0 && (
        <p className="practice-places-inline small">
          Practise it here:{' '}
          {target.places.map((place, i) => (
            <span key={place.route}>
              {i > 0 && ' · '}
              <Link href={`~${place.route}`}>{place.label}</Link>
            </span>
          ))}
        </p>
      )}
      <div className="practice-entry-grid">
        <EntryForm product={product} entry={entry} />
        <div className="stack">
          <ActionsTimeline product={product} entry={entry} />
        </div>
      </div>
      <CoachComments productId={product.id} entryId={entry.id} />
      <section aria-labelledby="evidence-heading" className="card">
        <h3 id="evidence-heading">Evidence ({entry.evidence.length})</h3>
        <p className="muted small">
          Linking something from the app keeps a copy of it as it is now, so the evidence still shows it after later
          edits.
        </p>
        <EvidenceList product={product} evidence={entry.evidence} />
        <EvidencePicker product={product} entryId={entry.id} />
      </section>
      <ConfirmDialog
        open={confirmDelete}
        title="Delete this journal entry"
        message="The plan, the logged actions, the evidence and the reflection of this entry are deleted. The things it links to stay as they are."
        confirmLabel="Delete entry"
        onConfirm={() =>
          remove.mutate(
            { id: entry.id },
            {
              onSuccess: () => {
                notify('Journal entry deleted.')
                navigate('/journal')
              }
            }
          )
        }
        onClose={() => setConfirmDelete(false)}
      />
      <ErrorMessage error={remove.error} />
    </div>
  )
}

function EntryForm({ product, entry }: { product: Product; entry: PracticeEntryDetail }) {
  const target = findTarget(entry.targetKey)
  const [status, setStatus] = useState<EntryStatus>(entry.status)
  const [experiments, setExperiments] = useState<string[]>(entry.experiments)
  const [plan, setPlan] = useState(entry.plan)
  const [outcome, setOutcome] = useState(entry.outcome)
  const [reflection, setReflection] = useState(entry.reflection)
  const update = usePracticeWrite(product.id, 'practice.entries.update')
  const submit = (e: FormEvent) => {
    e.preventDefault()
    update.mutate(
      { id: entry.id, patch: { status, experiments, plan, outcome, reflection } },
      { onSuccess: () => notify('Entry saved.') }
    )
  }
  const toggle = (key: string, on: boolean) =>
    setExperiments((list) => (on ? [...list, key] : list.filter((k) => k !== key)))
  return (
    <form className="card stack practice-entry-form" onSubmit={submit} aria-labelledby="entry-form-heading">
      <h3 id="entry-form-heading">Plan, outcome and reflection</h3>
      <div className="field">
        <label htmlFor="entry-status">Status</label>
        <select id="entry-status" value={status} onChange={(e) => setStatus(e.target.value as EntryStatus)}>
          {ENTRY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      {target && target.experiments.length > 0 && (
        <fieldset className="practice-experiment-choice">
          <legend>Experiments you chose</legend>
          {target.experiments.map((x) => (
            <label key={x.key} className="checkbox">
              <input
                type="checkbox"
                checked={experiments.includes(x.key)}
                onChange={(e) => toggle(x.key, e.target.checked)}
              />
              {x.text}
            </label>
          ))}
        </fieldset>
      )}
      <TextField
        label="Plan"
        value={plan}
        onChange={setPlan}
        rows={4}
        maxLength={8000}
        hint="What you will try, with whom, and how you will know it worked."
      />
      <TextField
        label="Outcome"
        value={outcome}
        onChange={setOutcome}
        rows={3}
        maxLength={8000}
        hint="What happened."
      />
      <TextField
        label="Reflection"
        value={reflection}
        onChange={setReflection}
        rows={3}
        maxLength={8000}
        hint="What you learned and what you would do differently."
      />
      <div className="row-actions">
        <button type="submit" className="primary" disabled={update.isPending}>
          Save entry
        </button>
      </div>
      <ErrorMessage error={update.error} />
    </form>
  )
}
