import { useState, type ReactNode } from 'react'
import type { UseQueryResult } from '@tanstack/react-query'
import { formatDateTime } from '@shared/domain/format'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import '@renderer/styles/versions.css'

/** What the history shows of a version, whatever the document (vision, product definition, canvas). */
export interface ShownVersionSummary {
  id: number
  number: number
  reason: string
  savedAt: string
  changedFields: string[]
}

export type VersionPair = { from: number; to: number }

interface VersionHistoryProps {
  versions: UseQueryResult<ShownVersionSummary[]>
  /** Field keys to the labels a changed field is named by. */
  fieldLabels: ReadonlyMap<string, string>
  /** What to do before the first save. */
  emptyText: string
  /** The comparison of the two versions picked. */
  renderComparison: (pair: VersionPair) => ReactNode
}

/** Saved versions of a document, newest first, with their reasons; any two can be compared side by side. */
export function VersionHistory({ versions, fieldLabels, emptyText, renderComparison }: VersionHistoryProps) {
  const list = versions.data ?? []
  const [from, setFrom] = useState<number | null>(null)
  const [to, setTo] = useState<number | null>(null)
  const [pair, setPair] = useState<VersionPair | null>(null)
  // Until the reader picks, compare the latest version with the one before it.
  const fromId = from ?? list[1]?.id ?? null
  const toId = to ?? list[0]?.id ?? null

  if (versions.isPending) return <p className="muted">Loading the versions…</p>
  if (versions.error) return <ErrorMessage error={versions.error} />
  if (list.length === 0)
    return (
      <div className="empty-state">
        <h2>No versions yet</h2>
        <p>{emptyText}</p>
      </div>
    )

  return (
    <div className="stack">
      <section aria-labelledby="versions-title" className="stack">
        <h2 id="versions-title">Version history</h2>
        <ol className="version-list" aria-label="Saved versions, newest first">
          {list.map((version) => (
            <VersionRow key={version.id} version={version} fieldLabels={fieldLabels} />
          ))}
        </ol>
      </section>
      {list.length > 1 && (
        <section aria-labelledby="compare-title" className="stack">
          <h2 id="compare-title">Compare two versions</h2>
          <form
            className="toolbar"
            onSubmit={(e) => {
              e.preventDefault()
              if (fromId !== null && toId !== null) setPair({ from: fromId, to: toId })
            }}
          >
            <VersionSelect label="Older version" versions={list} value={fromId} onChange={setFrom} />
            <VersionSelect label="Newer version" versions={list} value={toId} onChange={setTo} />
            <button type="submit" className="primary" disabled={fromId === null || toId === null || fromId === toId}>
              Compare
            </button>
          </form>
          {pair && renderComparison(pair)}
        </section>
      )}
    </div>
  )
}

function VersionRow({
  version,
  fieldLabels
}: {
  version: ShownVersionSummary
  fieldLabels: ReadonlyMap<string, string>
}) {
  const changed = version.changedFields.map((key) => fieldLabels.get(key) ?? key)
  return (
    <li className="version-row">
      <div className="version-head">
        <strong>Version {version.number}</strong>
        <time dateTime={version.savedAt} className="muted small">
          {formatDateTime(version.savedAt)}
        </time>
      </div>
      <p className="version-reason">{version.reason}</p>
      <p className="muted small">{changed.length === 0 ? 'No field changed.' : `Changed: ${changed.join(', ')}`}</p>
    </li>
  )
}

function VersionSelect({
  label,
  versions,
  value,
  onChange
}: {
  label: string
  versions: readonly ShownVersionSummary[]
  value: number | null
  onChange: (id: number) => void
}) {
  const id = `version-select-${label.replace(/\W+/g, '-').toLowerCase()}`
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(Number(e.target.value))}>
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            Version {v.number} · {formatDateTime(v.savedAt)}
          </option>
        ))}
      </select>
    </div>
  )
}
