import { existsSync, rmSync, statSync } from 'node:fs'
import Database from 'better-sqlite3'

export type Inspection =
  | { healthy: true; userVersion: number; hasTables: boolean }
  | { healthy: false; reason: string }

/**
 * Looks at a database file without changing a byte of it: read-only, no pragmas that write,
 * so a file from a newer version or a damaged one is left exactly as found.
 */
export function inspectDatabaseFile(file: string): Inspection {
  // Opening a WAL file, even read-only, creates -wal and -shm beside it; remove the ones we caused.
  const companions = ['-wal', '-shm'].map((suffix) => file + suffix).filter((path) => !existsSync(path))
  let conn: Database.Database | undefined
  try {
    conn = new Database(file, { readonly: true, fileMustExist: true })
    const check = conn.pragma('quick_check') as Array<{ quick_check: string }>
    const problems = check.map((row) => row.quick_check).filter((line) => line !== 'ok')
    if (problems.length > 0) return { healthy: false, reason: problems.slice(0, 3).join('; ') }
    const userVersion = conn.pragma('user_version', { simple: true }) as number
    const tables = conn.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }
    return { healthy: true, userVersion, hasTables: tables.n > 0 }
  } catch (error) {
    return { healthy: false, reason: error instanceof Error ? error.message : String(error) }
  } finally {
    conn?.close()
    const walLeftEmpty = !existsSync(file + '-wal') || statSync(file + '-wal').size === 0
    if (walLeftEmpty) for (const path of companions) rmSync(path, { force: true })
  }
}
