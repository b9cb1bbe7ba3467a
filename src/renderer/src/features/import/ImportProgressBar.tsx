import { useQuery } from '@tanstack/react-query'
import { api } from '@renderer/api'
import { progressView } from './progress'

/** How far the running import call named by `token` has come, asked of the server a few times a second. */
export function ImportProgressBar({ token }: { token: string }) {
  const progress = useQuery({
    queryKey: ['import.progress', token],
    queryFn: () => api.call('import.progress', { token }),
    refetchInterval: 250
  }).data
  if (!progress) return null
  const { text, share } = progressView(progress)
  return (
    <div className="import-progress" role="status">
      <progress aria-label="Import progress" max={1} value={share ?? undefined} />
      <span>{text}</span>
    </div>
  )
}
