import { LATEST_SCHEMA_VERSION } from './migrations'

const UNCHANGED = 'Nothing was changed.'

/** PO Studio would not open a database and left it as it was; the message says why and what to do. */
export class DatabaseRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = new.target.name
  }
}

export class DatabaseTooNewError extends DatabaseRefusedError {
  constructor(file: string, version: number) {
    super(
      `${file} was written by a newer version of PO Studio (schema version ${version}; this version understands up to ${LATEST_SCHEMA_VERSION}). ` +
        'Install the newer version to open it. The file has not been changed.'
    )
  }
}

export class DatabaseInUseError extends DatabaseRefusedError {
  constructor(file: string) {
    super(
      `${file}: the database is in use by another program, which holds a lock on it. ` +
        `Close that program (another PO Studio, a backup tool, an SQLite browser) and start PO Studio again. ${UNCHANGED}`
    )
  }
}

export class NotPoStudioDatabaseError extends DatabaseRefusedError {
  constructor(file: string, why: string) {
    super(
      `${file} is not a PO Studio database (${why}). It was left as it is: move it out of the data folder, ` +
        'or choose another data folder with --data-dir or PO_STUDIO_DATA_DIR.'
    )
  }
}

export class DatabaseUnavailableError extends DatabaseRefusedError {
  constructor(file: string, reason: string, advice: string) {
    super(`PO Studio cannot open ${file}: ${reason}. ${advice} ${UNCHANGED}`)
  }
}

/** What an error met while opening a database says about the file; 'other' says nothing about it. */
export type OpenProblem = 'damaged' | 'in-use' | 'unavailable' | 'other'

/** SQLite's or the file system's error code, also when the error wraps another (a failed migration wraps SQLite's). */
function codeOf(error: unknown): string {
  for (
    let e = error, depth = 0;
    typeof e === 'object' && e !== null && depth < 5;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string') return code
  }
  return ''
}

const UNAVAILABLE = /^(SQLITE_(CANTOPEN|PERM|READONLY|AUTH|IOERR|FULL)|E[A-Z]+$)/

/**
 * Only SQLite's own verdict that the bytes are wrong counts as damage; a lock or a permission says
 * nothing about the file, and taking it for damage would move a healthy database aside.
 * (Extended codes such as SQLITE_BUSY_RECOVERY and SQLITE_CORRUPT_VTAB share the prefix.)
 */
export function classifyOpenError(error: unknown): OpenProblem {
  const code = codeOf(error)
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'damaged'
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'in-use'
  return UNAVAILABLE.test(code) ? 'unavailable' : 'other'
}

/** What the user can do about an error that keeps a file or folder from being opened. */
export function adviceFor(error: unknown, path: string): string {
  const code = codeOf(error)
  if (['EACCES', 'EPERM', 'EROFS', 'SQLITE_PERM', 'SQLITE_AUTH'].includes(code) || code.startsWith('SQLITE_READONLY'))
    return `PO Studio needs to read and write ${path} and the folder it is in: check their permissions and that the disk is not read-only, or choose another data folder with --data-dir.`
  if (
    ['ENOTDIR', 'EEXIST', 'EISDIR', 'ENOENT', 'ENAMETOOLONG', 'ELOOP'].includes(code) ||
    code.startsWith('SQLITE_CANTOPEN')
  )
    return `Check that the path is right and that ${path} is a file in a folder (not a folder itself), or choose another data folder with --data-dir.`
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return 'The disk is full: free some space and try again.'
  return 'Check the disk and the file, then try again.'
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
