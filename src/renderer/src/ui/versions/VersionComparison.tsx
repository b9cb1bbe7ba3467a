import { useState } from 'react'
import type { UseQueryResult } from '@tanstack/react-query'
import type { DiffSegment } from '@shared/api/versioned'
import { formatCount, formatDateTime } from '@shared/domain/format'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { fieldsToShow, sideBySide } from './diff'

interface ShownVersion {
  number: number
  savedAt: string
}

/** Two versions of a versioned document (the vision, the product definition, a canvas) compared field by field. */
export interface Comparison {
  from: ShownVersion
  to: ShownVersion
  fields: ReadonlyArray<{
    key: string
    label: string
    changed: boolean
    before: string
    after: string
    segments: DiffSegment[]
  }>
}

/**
 * Two versions side by side, field by field. Removed words are struck through and marked "−",
 * added words underlined and marked "+", so the difference never rests on colour alone.
 */
export function VersionComparison({ comparison }: { comparison: UseQueryResult<Comparison> }) {
  const [showUnchanged, setShowUnchanged] = useState(false)
  if (comparison.isPending) return <p className="muted">Comparing…</p>
  if (comparison.error) return <ErrorMessage error={comparison.error} />
  const { from, to, fields } = comparison.data
  const shown = fieldsToShow(fields, showUnchanged)
  const changedCount = fields.filter((f) => f.changed).length

  return (
    <div className="stack" aria-live="polite">
      <div className="toolbar">
        <p className="grow">
          {changedCount === 0
            ? 'The two versions are the same.'
            : `${formatCount(changedCount, 'field differs', 'fields differ')} between version ${from.number} and version ${to.number}.`}
        </p>
        <label className="checkbox">
          <input type="checkbox" checked={showUnchanged} onChange={(e) => setShowUnchanged(e.target.checked)} />
          Show unchanged fields
        </label>
      </div>
      <p className="diff-legend small">
        <del className="diff-removed">removed</del> words are struck through and marked − ·{' '}
        <ins className="diff-added">added</ins> words are underlined and marked +
      </p>
      {shown.length > 0 && (
        <div className="table-scroll">
          <table className="diff-table">
            <caption className="visually-hidden">
              Version {from.number} compared with version {to.number}
            </caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">
                  Version {from.number} <span className="muted small">· {formatDateTime(from.savedAt)}</span>
                </th>
                <th scope="col">
                  Version {to.number} <span className="muted small">· {formatDateTime(to.savedAt)}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((field) => {
                const view = sideBySide(field.segments)
                return (
                  <tr key={field.key} className={field.changed ? 'diff-changed' : undefined}>
                    <th scope="row">
                      {field.label}
                      {field.changed && (
                        <span className="muted small diff-counts">
                          {' '}
                          (+{view.added} −{view.removed})
                        </span>
                      )}
                    </th>
                    <td>
                      <Segments segments={view.before} empty={field.before === ''} />
                    </td>
                    <td>
                      <Segments segments={view.after} empty={field.after === ''} />
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}

function Segments({ segments, empty }: { segments: readonly DiffSegment[]; empty: boolean }) {
  if (empty) return <span className="muted">(empty)</span>
  return (
    <p className="diff-text">
      {segments.map((segment, index) =>
        segment.kind === 'added' ? (
          <ins key={index} className="diff-added">
            <span className="diff-mark" aria-hidden="true">
              +
            </span>
            <span className="visually-hidden">added: </span>
            {segment.text}
          </ins>
        ) : segment.kind === 'removed' ? (
          <del key={index} className="diff-removed">
            <span className="diff-mark" aria-hidden="true">
              −
            </span>
            <span className="visually-hidden">removed: </span>
            {segment.text}
          </del>
        ) : (
          <span key={index}>{segment.text}</span>
        )
      )}
    </p>
  )
}
