import type { ReactNode } from 'react'
import { formatIssue, readableError } from '@renderer/api/errors'

/** A problem the form found itself, before or without a call, in the same place and style as a failed call. */
export function FormError({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className="form-error">
      {children}
    </p>
  )
}

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
