import { existsSync, mkdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { Kysely } from 'kysely'
import type { Database as Schema } from './schema'
import { sqliteDialect } from './dialect'
import { inspectDatabaseFile } from './inspect'
import { migrateToLatest } from './migrate'
import { LATEST_SCHEMA_VERSION } from './migrations'
import { fileStamp, listBackups, moveDatabaseFiles } from './files'

export class DatabaseTooNewError extends Error {
  constructor(file: string, version: number) {
    super(
      `${file} was written by a newer version of PO Studio (schema version ${version}; this version understands up to ${LATEST_SCHEMA_VERSION}). ` +
        'Install the newer version to open it. The file has not been changed.'
    )
    this.name = 'DatabaseTooNewError'
  }
}

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

function quarantine(file: string, reason: string, backups: string, now: Date): Recovery {
  const quarantinedFile = `${file}.damaged-${fileStamp(now)}`
  moveDatabaseFiles(file, quarantinedFile)
  return { quarantinedFile, reason, newestBackup: listBackups(backups)[0]?.name ?? null }
}

/**
 * Opens (creating if needed) the app's database: refuses files from a newer version untouched,
 * moves damaged files aside, backs up before migrating, then migrates to the latest schema.
 */
export async function openDatabase(file: string, backups: string, now = () => new Date()): Promise<OpenedDatabase> {
  mkdirSync(dirname(file), { recursive: true })
  let recovery: Recovery | null = null
  let fromVersion = 0
  let hadData = false

  if (existsSync(file) && statSync(file).size > 0) {
    const inspection = inspectDatabaseFile(file)
    if (!inspection.healthy) {
      recovery = quarantine(file, inspection.reason, backups, now())
    } else if (inspection.userVersion > LATEST_SCHEMA_VERSION) {
      throw new DatabaseTooNewError(file, inspection.userVersion)
    } else {
      fromVersion = inspection.userVersion
      hadData = inspection.hasTables
    }
  }

  const sqlite = new Database(file)
  try {
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('foreign_keys = ON')
    // FULL: a change the user saw saved survives a power cut.
    sqlite.pragma('synchronous = FULL')
    sqlite.pragma('busy_timeout = 5000')

    let preMigrationBackup: string | null = null
    if (fromVersion < LATEST_SCHEMA_VERSION && hadData) {
      mkdirSync(backups, { recursive: true })
      preMigrationBackup = join(backups, `po-studio_${fileStamp(now())}_schema-v${fromVersion}-to-v${LATEST_SCHEMA_VERSION}.sqlite3`)
      await sqlite.backup(preMigrationBackup)
    }

    const db = new Kysely<Schema>({ dialect: sqliteDialect(sqlite) })
    await migrateToLatest(db as Kysely<unknown>)
    return { file, sqlite, db, recovery, preMigrationBackup }
  } catch (error) {
    sqlite.close()
    throw error
  }
}
