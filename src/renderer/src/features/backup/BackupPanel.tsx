import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { BackupFile } from '@shared/api'
import { formatBytes } from '@shared/domain/practice'
import { api } from '@renderer/api'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { notify } from '@renderer/ui/toastStore'
import '@renderer/styles/backup.css'
import { formatDateTime } from '@shared/domain/format'

const BACKUPS = ['backups'] as const

/** Backups of the whole database: list, back up now, and restore one (the app reloads on the restored data). */
export function BackupPanel() {
  const client = useQueryClient()
  const backups = useQuery({ queryKey: BACKUPS, queryFn: () => api.call('backups.list', {}) })
  const create = useMutation({
    mutationFn: () => api.call('backups.create', {}),
    meta: { inlineErrors: true },
    onSuccess: (file) => notify(`Backed up to ${file.name}.`),
    onSettled: () => client.invalidateQueries({ queryKey: BACKUPS })
  })
  const restore = useMutation({
    mutationFn: (name: string) => api.call('backups.restore', { name }),
    meta: { inlineErrors: true },
    // Every screen holds data of the old database; starting over is simpler and safer than refreshing each.
    onSuccess: () => window.location.reload()
  })
  const [restoring, setRestoring] = useState<BackupFile | null>(null)
  const list = backups.data ?? []

  return (
    <section aria-labelledby="backups-heading" className="card backup-panel">
      <h2 id="backups-heading">Backups</h2>
      <p className="muted">
        A backup copies every product into one file beside the database. Restoring checks the backup first and keeps a
        copy of the current data, so a restore can itself be undone.
      </p>
      <div className="row-actions">
        <button type="button" className="primary" disabled={create.isPending} onClick={() => create.mutate()}>
          {create.isPending ? 'Backing up…' : 'Back up now'}
        </button>
      </div>
      <ErrorMessage error={create.error} />
      {backups.isPending && <p className="muted">Loading backups…</p>}
      {backups.error && <ErrorMessage error={backups.error} />}
      {backups.isSuccess && list.length === 0 && <p className="muted">No backups yet.</p>}
      {list.length > 0 && (
        <table className="backup-table">
          <caption className="muted small">Newest first</caption>
          <thead>
            <tr>
              <th scope="col">Backup</th>
              <th scope="col">Made</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((file) => (
              <tr key={file.name}>
                <td>
                  <code>{file.name}</code>
                </td>
                <td>{formatDateTime(file.createdAt)}</td>
                <td className="num">{formatBytes(file.sizeBytes)}</td>
                <td>
                  <button
                    type="button"
                    disabled={restore.isPending}
                    aria-label={`Restore ${file.name}`}
                    onClick={() => setRestoring(file)}
                  >
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {restore.isPending && (
        <p role="status" className="muted">
          Restoring…
        </p>
      )}
      <ErrorMessage error={restore.error} />
      <ConfirmDialog
        open={restoring !== null}
        title="Restore this backup"
        message={`Every product goes back to how it was in ${restoring?.name ?? ''} (${restoring ? formatDateTime(restoring.createdAt) : ''}). Changes made since then are replaced; the current data is kept as a backup first. The app reloads afterwards.`}
        confirmLabel="Restore backup"
        onConfirm={() => restoring && restore.mutate(restoring.name)}
        onClose={() => setRestoring(null)}
      />
    </section>
  )
}
