import { existsSync, readFileSync, rmSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import Database from 'better-sqlite3'
import { classifyOpenError, describeError, type OpenProblem } from './errors'
import { identifyDatabase, type Identity } from './identity'

export type Inspection =
  { ok: true; identity: Identity } | { ok: false; problem: OpenProblem; reason: string; error?: unknown }

/** Integrity first: a damaged file's header and schema are not worth reading. */
function examine(conn: Database.Database): Inspection {
  const check = conn.pragma('quick_check') as Array<{ quick_check: string }>
  const problems = check.map((row) => row.quick_check).filter((line) => line !== 'ok')
  if (problems.length > 0) return { ok: false, problem: 'damaged', reason: problems.slice(0, 3).join('; ') }
  return { ok: true, identity: identifyDatabase(conn) }
}

function failed(error: unknown): Inspection {
  return { ok: false, problem: classifyOpenError(error), reason: describeError(error), error }
}

/**
 * Looks at the app's own database file without changing a byte of it: read-only, no pragmas that
 * write. It honours other programs' locks, waiting up to `busyTimeoutMs` for them, so a file another
 * program holds is reported in use rather than read half-written and taken for damaged.
 */
export function inspectDatabaseFile(file: string, busyTimeoutMs: number): Inspection {
  // Opening a WAL file, even read-only, creates -wal and -shm beside it; remove the ones we caused.
  const companions = ['-wal', '-shm'].map((suffix) => file + suffix).filter((path) => !existsSync(path))
  let conn: Database.Database | undefined
  try {
    conn = new Database(file, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs })
    return examine(conn)
  } catch (error) {
    return failed(error)
  } finally {
    conn?.close()
    const walLeftEmpty = !existsSync(file + '-wal') || statSync(file + '-wal').size === 0
    if (walLeftEmpty) for (const path of companions) rmSync(path, { force: true })
  }
}

/**
 * A private, in-memory copy of a database file that someone offers us (a backup to restore): SQLite
 * never opens the file itself, so no -wal or -shm appears beside it and no lock is taken on it.
 */
function openSnapshot(file: string): Database.Database {
  const bytes = readFileSync(file)
  // Header bytes 18 and 19 are 2 in a WAL-mode file, which SQLite cannot load from memory; 1 reads
  // the same pages as a rollback-journal database. Only this private copy is changed.
  if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) bytes.fill(1, 18, 20)
  return new Database(bytes, { readonly: true })
}

/**
 * Examines a file offered for restore through its in-memory snapshot, which the caller then copies
 * from (so what was checked is what is restored) and closes. Changes still in a -wal beside the file
 * are not in the snapshot, so such a file is refused until the program that wrote them closes it.
 */
export function inspectCandidate(file: string): { inspection: Inspection; snapshot: Database.Database | null } {
  const wal = file + '-wal'
  if (existsSync(wal) && statSync(wal).size > 0) {
    const reason = `its latest changes are still in ${basename(wal)} beside it; close the program that has it open and try again`
    return { inspection: { ok: false, problem: 'in-use', reason }, snapshot: null }
  }
  let snapshot: Database.Database | null = null
  try {
    snapshot = openSnapshot(file)
    const inspection = examine(snapshot)
    if (inspection.ok) return { inspection, snapshot }
    snapshot.close()
    return { inspection, snapshot: null }
  } catch (error) {
    snapshot?.close()
    return { inspection: failed(error), snapshot: null }
  }
}
