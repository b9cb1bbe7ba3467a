import { fieldLabel } from '@shared/api/field-labels'
import { ApiError, type FieldIssue } from '@shared/api/result'
import { isCsvErrorText } from '@shared/domain/csv/records'

export interface ReadableError {
  message: string
  issues: FieldIssue[]
}

/** Turns anything a call can reject with into text a person can act on. */
export function readableError(error: unknown): ReadableError {
  if (error instanceof ApiError) {
    if (error.code === 'invalid_input' && error.issues?.length) {
      const { length } = error.issues
      if (error.issues.every(isFileLine))
        return {
          message: `Nothing was imported. Fix ${length === 1 ? 'this line' : 'these lines'} and import again:`,
          issues: error.issues
        }
      return { message: 'Please check these fields:', issues: error.issues }
    }
    return { message: error.message, issues: error.issues ?? [] }
  }
  if (error instanceof Error) return { message: error.message, issues: [] }
  return { message: String(error), issues: [] }
}

export function errorText(error: unknown): string {
  const { message, issues } = readableError(error)
  return issues.length ? issues.map(formatIssue).join('; ') : message
}

/** A problem of an imported file, named by its line and column: the field's label would add nothing. */
const isFileLine = (issue: FieldIssue) => issue.path === 'csv' && isCsvErrorText(issue.message)

/** An issue as the form shows it: the field's label, not the API's key. */
export function formatIssue(issue: FieldIssue): string {
  return isFileLine(issue) ? issue.message : `${fieldLabel(issue.path)}: ${issue.message}`
}
