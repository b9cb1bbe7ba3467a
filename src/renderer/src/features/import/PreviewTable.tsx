import type { ImportPreview } from '@shared/api/methods/import'
import { ITEM_TYPE_LABELS } from '@shared/domain/backlog'
import { formatNumber } from '@shared/domain/format'
import { issuesByLine } from './readFile'

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '')

const ACTIONS = { create: 'Add', update: 'Update', unchanged: 'Unchanged' } as const

/** The problems by line and column, then the first rows as the items they will become. */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const byLine = issuesByLine(preview.issues)
  const problems = preview.counts.errors + preview.counts.warnings
  return (
    <>
      {preview.issues.length > 0 && (
        <div className="import-issues">
          <h3>Problems in the file</h3>
          {problems > preview.issues.length && (
            <p className="muted small">
              The first {preview.issues.length} of {formatNumber(problems)} problems are shown, by line.
            </p>
          )}
          <table className="data-table">
            <caption className="visually-hidden">Errors and warnings by line and column</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Column</th>
                <th scope="col">Kind</th>
                <th scope="col">What to do</th>
              </tr>
            </thead>
            <tbody>
              {preview.issues.map((issue, index) => (
                <tr key={index} className={`issue-${issue.severity}`}>
                  <td>{issue.line}</td>
                  <td>{issue.column}</td>
                  <td>
                    <span className={`severity severity-${issue.severity}`}>
                      {issue.severity === 'error' ? 'Error' : 'Warning'}
                    </span>
                  </td>
                  <td>{issue.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="preview-scroll">
        <table className="data-table preview-table">
          <caption className="visually-hidden">The items the import will add or update</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Action</th>
              <th scope="col">Key</th>
              <th scope="col">Type</th>
              <th scope="col">Title</th>
              <th scope="col">Status</th>
              <th scope="col">Estimate</th>
              <th scope="col">Labels</th>
              <th scope="col">Criteria</th>
              <th scope="col">Parent</th>
              <th scope="col">Created</th>
              <th scope="col">Started</th>
              <th scope="col">Finished</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => {
              const issues = byLine.get(row.line) ?? []
              const kind = issues.some((i) => i.severity === 'error')
                ? 'row-error'
                : issues.length > 0
                  ? 'row-warning'
                  : ''
              return (
                <tr key={row.line} className={kind} title={issues.map((i) => i.message).join('\n') || undefined}>
                  <td>{row.line}</td>
                  <td>
                    {ACTIONS[row.action]}
                    {row.matchedBy === 'title' && <span className="muted"> (by title)</span>}
                  </td>
                  <td className="nowrap">{row.key ?? '–'}</td>
                  <td>
                    {ITEM_TYPE_LABELS[row.type]}
                    {row.sourceType && row.sourceType.toLowerCase() !== ITEM_TYPE_LABELS[row.type].toLowerCase() && (
                      <span className="muted"> (was {row.sourceType})</span>
                    )}
                  </td>
                  <td className="preview-title">{row.title || <em className="muted">no title</em>}</td>
                  <td className="nowrap">
                    {row.state}
                    {row.sourceState && row.sourceState.toLowerCase() !== row.state.toLowerCase() && (
                      <span className="muted"> (was {row.sourceState})</span>
                    )}
                  </td>
                  <td>{row.estimate ?? '–'}</td>
                  <td>{row.labels.join(', ')}</td>
                  <td>{row.criteria?.length ?? '–'}</td>
                  <td>{row.parent ?? ''}</td>
                  <td className="nowrap">{day(row.createdAt)}</td>
                  <td className="nowrap">{day(row.startedAt)}</td>
                  <td className="nowrap">{day(row.finishedAt)}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {preview.rowCount > preview.rows.length && (
        <p className="muted small">
          The first {preview.rows.length} of {formatNumber(preview.rowCount)} rows are shown; all of them are imported.
        </p>
      )}
    </>
  )
}
