import { formatIssue, readableError } from '@renderer/api/errors'

/** A failed call shown beside the form that made it, with one line per invalid field. */
export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null
  const { message, issues } = readableError(error)
  return (
    <div role="alert" className="form-error">
      <p>{message}</p>
      {issues.length > 0 && (
        <ul>
          {issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>{formatIssue(issue)}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
