import { useEffect, useState } from 'react'
import type { ImportProgress } from '@shared/domain/import/plan'
import { api } from '@renderer/api'
import { progressView } from './progress'

/** After a failed question, how long to wait before asking again: the bar is a help, not worth a storm of calls. */
const RETRY_MS = 1000

/**
 * How far the running import call named by `token` has come. One question is always waiting at the
 * server, answered when the progress changes, so even a short stage shows.
 */
function useImportProgress(token: string): ImportProgress | null {
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  useEffect(() => {
    let stopped = false
    void (async () => {
      let seen: ImportProgress | null = null
      while (!stopped) {
        try {
          seen = await api.call('import.progress', { token, seen })
          if (!stopped) setProgress(seen)
        } catch {
          await new Promise((resolve) => setTimeout(resolve, RETRY_MS))
        }
      }
    })()
    return () => {
      stopped = true
    }
  }, [token])
  return progress
}

export function ImportProgressBar({ token }: { token: string }) {
  const progress = useImportProgress(token)
  if (!progress) return null
  const { text, share } = progressView(progress)
  return (
    <div className="import-progress" role="status">
      <progress aria-label="Import progress" max={1} value={share ?? undefined} />
      <span>{text}</span>
    </div>
  )
}
