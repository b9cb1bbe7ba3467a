import { useState } from 'react'
import type { VisionVersionSummary } from '@shared/api/methods/vision'
import { VISION_FIELD_REFS } from '@shared/domain/vision/content'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { formatDateTime } from '../format'
import { useVisionVersions } from '../queries'
import { VersionComparison } from './VersionComparison'

const FIELD_LABELS = new Map(VISION_FIELD_REFS.map((ref) => [ref.key, ref.label]))

/** Saved versions, newest first, with their reasons; any two can be compared side by side. */
export function VersionHistory({ productId }: { productId: number }) {
  const versions = useVisionVersions(productId)
  const list = versions.data ?? []
  const [from, setFrom] = useState<number | null>(null)
  const [to, setTo] = useState<number | null>(null)
  const [pair, setPair] = useState<{ from: number; to: number } | null>(null)
  // Until the reader picks, compare the latest version with the one before it.
  const fromId = from ?? list[1]?.id ?? null
  const toId = to ?? list[0]?.id ?? null

  if (versions.isPending) return <p className="muted">Loading the versions…</p>
  if (versions.error) return <ErrorMessage error={versions.error} />
  if (list.length === 0)
    return (
      <div className="empty-state">
        <h2>No versions yet</h2>
        <p>Write the elevator pitch or fill the vision board, then save: each save is kept here with its date and reason.</p>
      </div>
    )

  return (
    <div className="stack">
      <section aria-labelledby="versions-title" className="stack">
        <h2 id="versions-title">Version history</h2>
        <ol className="version-list" aria-label="Saved versions, newest first">
          {list.map((version) => (
            <VersionRow key={version.id} version={version} />
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
          {pair && <VersionComparison productId={productId} pair={pair} />}
        </section>
      )}
    </div>
  )
}

function VersionRow({ version }: { version: VisionVersionSummary }) {
  const changed = version.changedFields.map((key) => FIELD_LABELS.get(key) ?? key)
  return (
    <li className="version-row">
      <div className="version-head">
        <strong>Version {version.number}</strong>
        <time dateTime={version.savedAt} className="muted small">
          {formatDateTime(version.savedAt)}
        </time>
      </div>
      <p className="version-reason">{version.reason}</p>
      <p className="muted small">
        {changed.length === 0 ? 'No field changed.' : `Changed: ${changed.join(', ')}`}
      </p>
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
  versions: readonly VisionVersionSummary[]
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
