import { mkdirSync } from 'node:fs'
import type { Kysely } from 'kysely'
import { basename, join } from 'node:path'
import { ApiError } from '@shared/api'
import { createDispatcher, type Dispatch } from '../api/dispatcher'
import { backupEntry, backupsDir, databaseFile, fileStamp, listBackups, type BackupEntry } from '../db/files'
import { inspectCandidate, type Inspection } from '../db/inspect'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { migrateToLatest } from '../db/migrate'
import { openDatabase, type OpenedDatabase, type Recovery } from '../db/open'
import { createHandlers } from '../services'
import { planInWorker } from '../services/import-export/planner'
import type { PdfPrinter } from '../services/reports/pdf'
import { ensureFirstRunSample } from '../services/sample'

export interface AppContextOptions {
  dataDir: string
  /** Create the sample product the first time this data folder is opened (`--no-sample` turns it off). */
  sample: boolean
  version: string
  now?: () => Date
  log?: (message: string) => void
  /** How reports are printed to PDF; the desktop shell passes its own window's printer. */
  printPdf?: PdfPrinter
  /** How long to wait for another program's lock on the database before refusing it as in use. */
  busyTimeoutMs?: number
  /** The built import worker script (`out/main/import-worker.js`); without it files are read in this thread. */
  importWorker?: string
}

export interface AppContext {
  readonly dataDir: string
  readonly databaseFile: string
  readonly recovery: Recovery | null
  /** The single entry for IPC, browser mode and the CLI. */
  dispatch: Dispatch
  backupTo(file: string): Promise<BackupEntry>
  /** Checks `file` first, keeps the current database as a backup, then replaces it and reopens. */
  restoreFrom(file: string): Promise<{ restored: string; safetyBackup: string | null }>
  /** Rows inserted, updated or deleted through this connection so far (SQLite's total_changes); for the benchmark and tests. */
  totalChanges(): number
  close(): Promise<void>
}

/** Opens the data folder and wires the services; every entry point (Electron, browser mode, CLI) starts here. */
export async function openAppContext(options: AppContextOptions): Promise<AppContext> {
  const now = options.now ?? (() => new Date())
  const log = options.log ?? ((message: string) => console.error(message))
  const file = databaseFile(options.dataDir)
  const backups = backupsDir(options.dataDir)
  const opened: OpenedDatabase = await openDatabase(file, backups, { now, busyTimeoutMs: options.busyTimeoutMs })
  // Cleared once a restore has replaced the fresh database that the quarantine left behind.
  let recovery = opened.recovery
  if (recovery)
    log(`The database failed its integrity check and was moved to ${recovery.quarantinedFile}; a new one was started.`)
  await ensureFirstRunSample(opened.db, now, options.sample)

  async function backupTo(target: string): Promise<BackupEntry> {
    await opened.sqlite.backup(target)
    return backupEntry(target)
  }

  /** Why `source` cannot be restored, or null; checked before anything is written. */
  function refusalOf(source: string, inspection: Inspection): string | null {
    const name = basename(source)
    if (!inspection.ok) return `${name} is not a usable PO Studio database: ${inspection.reason}`
    const { identity } = inspection
    if (identity.kind === 'foreign') return `${name} is an SQLite file but not a PO Studio database: ${identity.why}.`
    if (identity.kind === 'empty' || identity.version === 0)
      return `${name} is an SQLite file but not a PO Studio database: it holds no tables.`
    if (identity.version > LATEST_SCHEMA_VERSION)
      return `${name} was written by a newer version of PO Studio (schema ${identity.version}); it cannot be restored here.`
    return null
  }

  async function restoreFrom(source: string): Promise<{ restored: string; safetyBackup: string | null }> {
    const { inspection, snapshot } = inspectCandidate(source)
    const refused = refusalOf(source, inspection)
    if (refused || !snapshot) {
      snapshot?.close()
      throw new ApiError('invalid_input', refused ?? `${basename(source)} could not be read.`)
    }
    try {
      mkdirSync(backups, { recursive: true })
      const safetyBackup = join(backups, `po-studio_${fileStamp(now())}_before-restore.sqlite3`)
      await opened.sqlite.backup(safetyBackup)
      // Written through SQLite's backup API from the very snapshot that was checked, so every open
      // connection (another CLI process, a reader) sees the restored pages and no stale WAL is replayed over them.
      await snapshot.backup(file)
      await migrateToLatest(opened.db as Kysely<unknown>)
      recovery = null
      return { restored: basename(source), safetyBackup: basename(safetyBackup) }
    } finally {
      snapshot.close()
    }
  }

  const handlers = createHandlers({
    db: opened.db,
    now,
    printPdf: options.printPdf,
    ...(options.importWorker && { planImport: planInWorker(options.importWorker) }),
    info: () => ({ version: options.version, dataDir: options.dataDir, databaseFile: file, recovery }),
    backups: {
      list: () => listBackups(backups),
      create: async () => {
        mkdirSync(backups, { recursive: true })
        return backupTo(join(backups, `po-studio_${fileStamp(now())}_manual.sqlite3`))
      },
      restore: (name) => {
        const entry = listBackups(backups).find((b) => b.name === name)
        if (!entry) throw new ApiError('not_found', `There is no backup called "${name}" in ${backups}.`)
        return restoreFrom(entry.path)
      }
    }
  })
  const dispatch = createDispatcher(handlers, (method, error) =>
    log(`Internal error in ${method}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  )

  return {
    dataDir: options.dataDir,
    databaseFile: file,
    get recovery() {
      return recovery
    },
    dispatch,
    backupTo,
    restoreFrom,
    totalChanges: () => (opened.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n,
    close: () => opened.db.destroy()
  }
}
