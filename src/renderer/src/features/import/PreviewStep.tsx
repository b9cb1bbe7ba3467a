import type { MethodOutput } from '@shared/api'
import { formatCount, formatNumber } from '@shared/domain/format'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { ImportProgressBar } from './ImportProgressBar'
import { PreviewTable } from './PreviewTable'

interface PreviewStepProps {
  preview: MethodOutput<'import.preview'>
  commitError: unknown
  committing: boolean
  progressToken: string
  onCommit: () => void
}

/** What the import would do, row by row, and the one button that does it all or nothing. */
export function PreviewStep({ preview, commitError, committing, progressToken, onCommit }: PreviewStepProps) {
  const { counts, rowCount } = preview
  return (
    <section className="import-step" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading">Preview</h2>
      <p role="status" className="import-summary">
        {formatCount(rowCount, 'row')}: {formatNumber(counts.create)} to add, {formatNumber(counts.update)} to update,{' '}
        {formatNumber(counts.unchanged)} unchanged
        {counts.matchedByTitle > 0 &&
          ` (${formatNumber(counts.matchedByTitle)} matched by title: the file has no keys)`}
        {counts.removed > 0 && ` · ${formatNumber(counts.removed)} removed work`}
        {counts.errors > 0 && <strong className="import-errors-count"> · {formatCount(counts.errors, 'error')}</strong>}
        {counts.warnings > 0 && ` · ${formatCount(counts.warnings, 'warning')}`}
      </p>
      {preview.stages.length > 0 && (
        <p className="muted">
          Workflow stages, in order: {preview.stages.join(' → ')}. Each date becomes a status change.
        </p>
      )}
      <PreviewTable preview={preview} />
      {commitError != null && <ErrorMessage error={commitError} />}
      <div className="import-actions">
        <button
          type="button"
          className="primary"
          disabled={counts.errors > 0 || rowCount === 0 || committing}
          onClick={onCommit}
        >
          {committing ? 'Importing…' : `Import ${formatCount(rowCount, 'item')}`}
        </button>
        {counts.errors > 0 && (
          <span className="muted">
            Fix the errors in the file, answer the questions or change the mapping first: an import is all or nothing.
          </span>
        )}
      </div>
      {committing && <ImportProgressBar key={progressToken} token={progressToken} />}
    </section>
  )
}
