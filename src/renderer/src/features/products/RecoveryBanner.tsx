import { useState } from 'react'
import { useMutation } from '@tanstack/react-query'
import { api } from '@renderer/api'
import { ErrorMessage } from '@renderer/ui/ErrorMessage'
import { useAppInfo } from './queries'

/** Shown on every page after a start that found the database damaged and moved it aside. */
export function RecoveryBanner() {
  const info = useAppInfo()
  const [hidden, setHidden] = useState(false)
  const restore = useMutation({
    mutationFn: (name: string) => api.call('backups.restore', { name }),
    meta: { inlineErrors: true },
    onSuccess: () => window.location.reload()
  })
  const recovery = info.data?.recovery
  if (!recovery || hidden) return null
  return (
    <section className="recovery-banner" role="alert" aria-labelledby="recovery-title">
      <h2 id="recovery-title">Your database was damaged and has been set aside</h2>
      <p>
        PO Studio could not read its database, so it moved the file to <code>{recovery.quarantinedFile}</code> (nothing
        was deleted) and started a new one.
      </p>
      {recovery.newestBackup ? (
        <>
          <p>
            The newest backup is <code>{recovery.newestBackup}</code>. Restoring it brings back your data as of that
            backup.
          </p>
          <button
            type="button"
            className="primary"
            disabled={restore.isPending}
            onClick={() => recovery.newestBackup && restore.mutate(recovery.newestBackup)}
          >
            {restore.isPending ? 'Restoring…' : 'Restore newest backup'}
          </button>
        </>
      ) : (
        <p>No backup was found to restore from. The damaged file is kept in case it can be repaired.</p>
      )}
      <ErrorMessage error={restore.error} />
      <p>
        <button type="button" onClick={() => setHidden(true)}>
          Hide this notice
        </button>
      </p>
    </section>
  )
}
