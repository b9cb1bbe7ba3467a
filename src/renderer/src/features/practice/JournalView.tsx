import { useState, type FormEvent } from 'react'
import { Link, useLocation } from 'wouter'
import type { Product } from '@shared/api'
import { STATUS_LABELS, TRACKS, findTrack, type TrackId } from '@shared/domain/practice'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useEntries, usePracticeWrite } from './queries'
import { groupTargets, targetTitle } from './shape'

export function JournalView({ product }: { product: Product }) {
  const entries = useEntries(product.id)
  const list = entries.data ?? []
  return (
    <div className="practice-journal">
      <section aria-labelledby="journal-entries" className="card">
        <h2 id="journal-entries">Journal entries</h2>
        {entries.isPending && <p className="muted">Loading the journal…</p>}
        {entries.error && <ErrorMessage error={entries.error} />}
        {entries.isSuccess && list.length === 0 && (
          <p className="muted">
            No entries yet. Pick an assignment below, or browse the <Link href="/tracks">course tracks</Link> and start
            one from there.
          </p>
        )}
        {list.length > 0 && (
          <table className="practice-entry-table">
            <thead>
              <tr>
                <th scope="col">Assignment or outcome</th>
                <th scope="col">Track</th>
                <th scope="col">Status</th>
                <th scope="col">Actions</th>
                <th scope="col">Evidence</th>
                <th scope="col">Last change</th>
              </tr>
            </thead>
            <tbody>
              {list.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <Link href={`/journal/${entry.id}`}>{targetTitle(entry.targetKey)}</Link>
                  </td>
                  <td>{findTrack(entry.trackId).shortName}</td>
                  <td>
                    <span className={`status-pill status-${entry.status}`}>{STATUS_LABELS[entry.status]}</span>
                  </td>
                  <td className="num">{entry.actionCount}</td>
                  <td className="num">{entry.evidenceCount}</td>
                  <td>{entry.updatedAt.slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <NewEntryForm product={product} />
    </div>
  )
}

function NewEntryForm({ product }: { product: Product }) {
  const [trackId, setTrackId] = useState<TrackId>('pspo')
  const track = findTrack(trackId)
  const [targetKey, setTargetKey] = useState(track.targets[0]!.key)
  const create = usePracticeWrite(product.id, 'practice.entries.create')
  const [, navigate] = useLocation()
  const submit = (e: FormEvent) => {
    e.preventDefault()
    create.mutate({ productId: product.id, targetKey }, { onSuccess: (entry) => navigate(`/journal/${entry.id}`) })
  }
  return (
    <section aria-labelledby="new-entry" className="card">
      <h2 id="new-entry">Start an entry</h2>
      <form className="stack" onSubmit={submit}>
        <div className="field-row">
          <div className="field">
            <label htmlFor="new-entry-track">Course track</label>
            <select
              id="new-entry-track"
              value={trackId}
              onChange={(e) => {
                const next = findTrack(e.target.value as TrackId)
                setTrackId(next.id)
                setTargetKey(next.targets[0]!.key)
              }}
            >
              {TRACKS.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field grow">
            <label htmlFor="new-entry-target">{track.targetNoun[0]!.toUpperCase() + track.targetNoun.slice(1)}</label>
            <select id="new-entry-target" value={targetKey} onChange={(e) => setTargetKey(e.target.value)}>
              {groupTargets(track.targets).map((group) => (
                <optgroup key={group.title} label={group.title}>
                  {group.targets.map((t) => (
                    <option key={t.key} value={t.key}>
                      {t.title}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
        </div>
        <div className="row-actions">
          <button type="submit" className="primary" disabled={create.isPending}>
            Start entry
          </button>
        </div>
        <ErrorMessage error={create.error} />
      </form>
    </section>
  )
}
