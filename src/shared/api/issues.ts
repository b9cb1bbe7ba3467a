import type { z } from 'zod'
import { fieldLabel } from './field-labels'
import type { ApiErrorShape, FieldIssue } from './result'

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    // zod reports unknown keys on the parent object; name each key as its own field instead.
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path]
    const message = issue.code === 'unrecognized_keys' ? 'Unknown field' : issue.message
    return paths.map((path) => ({ path: path.length ? path.map(String).join('.') : '(input)', message }))
  })
}

/** The one answer to input a method's schema refuses, whether the main side or a form finds it. */
export function invalidInput(method: string, error: z.ZodError): ApiErrorShape {
  const issues = toFieldIssues(error)
  return {
    code: 'invalid_input',
    message: `Invalid input for ${method}: ${issues.map((i) => `${fieldLabel(i.path)}: ${i.message}`).join('; ')}`,
    issues
  }
}
