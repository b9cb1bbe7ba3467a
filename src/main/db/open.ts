import { existsSync, mkdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { Kysely } from 'kysely'
import type { Database as Schema } from './schema'
import { sqliteDialect } from './dialect'
import {
  adviceFor,
  classifyOpenError,
  DatabaseInUseError,
  DatabaseTooNewError,
  DatabaseUnavailableError,
  describeError,
  NotPoStudioDatabaseError
} from './errors'
import { inspectDatabaseFile } from './inspect'
import { migrateToLatest } from './migrate'
import { LATEST_SCHEMA_VERSION } from './migrations'
import { fileStamp, listBackups, moveDatabaseFiles } from './files'

export { DatabaseRefusedError, DatabaseTooNewError } from './errors'

/** How long to wait for another program's lock before refusing a database as in use. */
export const DEFAULT_BUSY_TIMEOUT_MS = 5000

export interface Recovery {
  quarantinedFile: string
  reason: string
  newestBackup: string | null
}

export interface OpenedDatabase {
  file: string
  sqlite: Database.Database
  db: Kysely<Schema>
  /** Set when the file failed its integrity check and was moved aside at this open. */
  recovery: Recovery | null
  /** The backup taken before migrating, if migrations ran on a database with data. */
  preMigrationBackup: string | null
}

export interface OpenOptions {
  now?: () => Date
  busyTimeoutMs?: number
}

function quarantine(file: string, reason: string, backups: string, now: Date): Recovery {
  const quarantinedFile = `${file}.damaged-${fileStamp(now)}`
  moveDatabaseFiles(file, quarantinedFile)
  return { quarantinedFile, reason, newestBackup: listBackups(backups)[0]?.name ?? null }
}

/** A lock or a permission problem met while opening, as the refusal the user reads; anything else as it is. */
function refusal(file: string, error: unknown): Error {
  const problem = classifyOpenError(error)
  if (problem === 'in-use') return new DatabaseInUseError(file)
  if (problem === 'unavailable') return new DatabaseUnavailableError(file, describeError(error), adviceFor(error, file))
  return error instanceof Error ? error : new Error(describeError(error))
}

function ensureFolder(folder: string, file: string): void {
  try {
    mkdirSync(folder, { recursive: true })
  } catch (error) {
    throw new DatabaseUnavailableError(file, describeError(error), adviceFor(error, folder))
  }
}

/** What is in the file already: the version to migrate from and whether it holds data worth a backup. */
function existingState(
  file: string,
  backups: string,
  now: Date,
  busyTimeoutMs: number
): { fromVersion: number; hadData: boolean; recovery: Recovery | null } {
  const fresh = { fromVersion: 0, hadData: false, recovery: null }
  if (!existsSync(file)) return fresh
  if (statSync(file).isDirectory())
    throw new DatabaseUnavailableError(file, 'it is a folder, not a file', adviceFor({ code: 'EISDIR' }, file))
  if (statSync(file).size === 0) return fresh

  const inspection = inspectDatabaseFile(file, busyTimeoutMs)
  if (!inspection.ok) {
    // Only damage SQLite itself reports moves a file aside; a lock or a permission leaves it in place.
    if (inspection.problem === 'damaged')
      return { ...fresh, recovery: quarantine(file, inspection.reason, backups, now) }
    throw refusal(file, inspection.error ?? new Error(inspection.reason))
  }
  const { identity } = inspection
  if (identity.kind === 'foreign') throw new NotPoStudioDatabaseError(file, identity.why)
  if (identity.kind === 'empty') return fresh
  if (identity.version > LATEST_SCHEMA_VERSION) throw new DatabaseTooNewError(file, identity.version)
  return { fromVersion: identity.version, hadData: true, recovery: null }
}

/**
 * Opens (creating if needed) the app's database: refuses a file that is in use, unreadable, not
 * PO Studio's or from a newer version, leaving it untouched; moves a damaged file aside; backs up
 * before migrating, then migrates to the latest schema.
 */
export async function openDatabase(file: string, backups: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const now = options.now ?? (() => new Date())
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS
  ensureFolder(dirname(file), file)
  const { fromVersion, hadData, recovery } = existingState(file, backups, now(), busyTimeoutMs)

  let sqlite: Database.Database
  try {
    // The timeout is SQLite's busy timeout: every statement waits this long for another program's lock.
    sqlite = new Database(file, { timeout: busyTimeoutMs })
  } catch (error) {
    throw refusal(file, error)
  }
  try {
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('foreign_keys = ON')
    // FULL: a change the user saw saved survives a power cut.
    sqlite.pragma('synchronous = FULL')

    let preMigrationBackup: string | null = null
    if (fromVersion < LATEST_SCHEMA_VERSION && hadData) {
      ensureFolder(backups, file)
      preMigrationBackup = join(
        backups,
        `po-studio_${fileStamp(now())}_schema-v${fromVersion}-to-v${LATEST_SCHEMA_VERSION}.sqlite3`
      )
      await sqlite.backup(preMigrationBackup)
    }

    const db = new Kysely<Schema>({ dialect: sqliteDialect(sqlite) })
    await migrateToLatest(db as Kysely<unknown>)
    return { file, sqlite, db, recovery, preMigrationBackup }
  } catch (error) {
    sqlite.close()
    throw refusal(file, error)
  }
}
