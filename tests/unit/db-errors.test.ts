import { describe, expect, it } from 'vitest'
import { adviceFor, classifyOpenError } from '../../src/main/db/errors'

const withCode = (code: string) => Object.assign(new Error(code), { code })

describe('what an error at open says about the database file', () => {
  it('calls a file damaged only when SQLite says its bytes are wrong', () => {
    for (const code of ['SQLITE_CORRUPT', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_NOTADB'])
      expect(classifyOpenError(withCode(code)), code).toBe('damaged')
  })

  it('calls a lock "in use", also when a failed migration wraps it', () => {
    for (const code of [
      'SQLITE_BUSY',
      'SQLITE_BUSY_RECOVERY',
      'SQLITE_BUSY_SNAPSHOT',
      'SQLITE_LOCKED',
      'SQLITE_LOCKED_SHAREDCACHE'
    ])
      expect(classifyOpenError(withCode(code)), code).toBe('in-use')
    expect(
      classifyOpenError(
        new Error('Migration 0013 failed and was rolled back: database is locked', { cause: withCode('SQLITE_BUSY') })
      )
    ).toBe('in-use')
  })

  it('calls permission, path, disk and read-only problems unavailable, never damaged', () => {
    for (const code of [
      'SQLITE_CANTOPEN',
      'SQLITE_PERM',
      'SQLITE_READONLY',
      'SQLITE_READONLY_DIRECTORY',
      'SQLITE_IOERR_SHORT_READ',
      'SQLITE_FULL',
      'EACCES',
      'EPERM',
      'EROFS',
      'ENOTDIR'
    ])
      expect(classifyOpenError(withCode(code)), code).toBe('unavailable')
  })

  it('says nothing about the file for errors without a code', () => {
    expect(classifyOpenError(new Error('something else'))).toBe('other')
    expect(classifyOpenError(withCode('SQLITE_CONSTRAINT'))).toBe('other')
  })

  it('tells the user what to do', () => {
    expect(adviceFor(withCode('EACCES'), '/data')).toMatch(/permissions/)
    expect(adviceFor(withCode('SQLITE_READONLY'), '/data')).toMatch(/read-only/)
    expect(adviceFor(withCode('SQLITE_CANTOPEN'), '/data')).toMatch(/path is right/)
    expect(adviceFor(withCode('ENOSPC'), '/data')).toMatch(/disk is full/)
  })
})
