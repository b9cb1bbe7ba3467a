import type { AppInfo } from '@shared/api'
import type { HandlerMap, MethodsOf } from '../../api/handlers'
import type { BackupEntry } from '../../db/files'
import { LATEST_SCHEMA_VERSION } from '../../db/migrations'

export interface SystemDeps {
  info: () => Omit<AppInfo, 'schemaVersion'>
  /** Backups live beside the database file; the app context owns the file and so these operations. */
  backups: {
    list(): BackupEntry[]
    create(): Promise<BackupEntry>
    restore(name: string): Promise<{ restored: string; safetyBackup: string | null }>
  }
}

const toBackupFile = ({ name, sizeBytes, createdAt }: BackupEntry) => ({ name, sizeBytes, createdAt })

/** What the app is and its backups: the methods that need no product. */
export function systemHandlers(deps: SystemDeps): HandlerMap<MethodsOf<'app' | 'backups'>> {
  return {
    'app.info': () => ({ ...deps.info(), schemaVersion: LATEST_SCHEMA_VERSION }),
    'backups.list': () => deps.backups.list().map(toBackupFile),
    'backups.create': async () => toBackupFile(await deps.backups.create()),
    'backups.restore': ({ name }) => deps.backups.restore(name)
  }
}
