import type { ImportProgress } from '@shared/domain/import'

/** How far each running import has come, by the token its caller chose; a token is forgotten when its call ends. */
export function createProgressBoard() {
  const running = new Map<string, ImportProgress>()
  return {
    /** Runs `work`, keeping what it reports under `token` (when the caller gave one) until it ends. */
    async track<T>(
      token: string | undefined,
      work: (report: (progress: ImportProgress) => void) => Promise<T>
    ): Promise<T> {
      if (token === undefined) return work(() => {})
      running.set(token, { stage: 'reading', done: 0, total: 0 })
      try {
        return await work((progress) => running.set(token, progress))
      } finally {
        running.delete(token)
      }
    },
    read: (token: string): ImportProgress | null => running.get(token) ?? null
  }
}
