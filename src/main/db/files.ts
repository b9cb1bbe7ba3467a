import { existsSync, readdirSync, renameSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'

export const DATABASE_FILE_NAME = 'po-studio.sqlite3'

export function databaseFile(dataDir: string): string {
  return join(dataDir, DATABASE_FILE_NAME)
}

export function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups')
}

/** A timestamp that sorts as text and is safe in file names on every platform. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

export interface BackupEntry {
  name: string
  path: string
  sizeBytes: number
  createdAt: string
}

export function backupEntry(path: string): BackupEntry {
  const stat = statSync(path)
  return { name: basename(path), path, sizeBytes: stat.size, createdAt: stat.mtime.toISOString() }
}

export function listBackups(dir: string): BackupEntry[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.sqlite3'))
    .map((name) => backupEntry(join(dir, name)))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name))
}

/** Moves a database and its WAL companions together, so SQLite never pairs a file with a stranger's journal. */
export function moveDatabaseFiles(from: string, to: string): void {
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(from + suffix)) renameSync(from + suffix, to + suffix)
  }
}
