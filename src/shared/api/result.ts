/** How every API call answers, across IPC, HTTP and the CLI: errors travel as data. */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'unknown_method',
  'forbidden',
  'internal'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `patch.estimate`. */
  path: string
  message: string
}

export interface ApiErrorShape {
  code: ErrorCode
  message: string
  issues?: FieldIssue[]
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape }

/** Thrown by services for expected failures; the dispatcher turns it into `{ ok: false }`. */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly issues?: FieldIssue[]
  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    if (issues) this.issues = issues
  }
  toShape(): ApiErrorShape {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message }
  }
}
