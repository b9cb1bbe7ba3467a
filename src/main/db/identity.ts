import type Database from 'better-sqlite3'
import { MIGRATIONS } from './migrations'

/**
 * PO Studio's number in the SQLite header (`PRAGMA application_id`), so a file is known to be ours
 * before anything reads its tables: the ASCII bytes "POST" (PO STudio). `file(1)` and other tools
 * read it too. Every migration stamps it (see migrate.ts).
 */
export const APPLICATION_ID = 0x504f5354

export type Identity =
  /** Written by PO Studio: stamped with our id, or from before the id existed and recognised by its migration table. */
  | { kind: 'po-studio'; version: number }
  /** No tables and no id: a database nobody has written yet (what `new Database(file)` leaves behind). */
  | { kind: 'empty' }
  | { kind: 'foreign'; why: string }

function migrationNames(conn: Database.Database): string[] | null {
  const table = conn.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'").get()
  if (!table) return null
  return (conn.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as Array<{ name: string }>).map(
    (row) => row.name
  )
}

/**
 * Whether the database on `conn` is PO Studio's, reading only its header and schema. Databases
 * written before the application id existed carry 0; they are ours when their migration table
 * lists exactly our first `user_version` migrations, which only PO Studio writes.
 */
export function identifyDatabase(conn: Database.Database): Identity {
  const applicationId = conn.pragma('application_id', { simple: true }) as number
  const version = conn.pragma('user_version', { simple: true }) as number
  if (applicationId !== APPLICATION_ID && applicationId !== 0)
    return { kind: 'foreign', why: `its application id is ${applicationId}, not PO Studio's` }
  if (version < 0) return { kind: 'foreign', why: `its schema version is ${version}, which no PO Studio writes` }
  if (applicationId === APPLICATION_ID) return { kind: 'po-studio', version }

  const tables = (conn.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n
  if (tables === 0 && version === 0) return { kind: 'empty' }
  const applied = migrationNames(conn)
  const ours = MIGRATIONS.slice(0, version).map(([name]) => name)
  if (applied !== null && version > 0 && applied.length === ours.length && applied.every((name, i) => name === ours[i]))
    return { kind: 'po-studio', version }
  return { kind: 'foreign', why: "it has neither PO Studio's application id nor its tables" }
}
