import type { ImportProgress } from '@shared/domain/import'

/** How long a caller that has seen the latest progress waits for the next before it is answered anyway. */
const WAIT_MS = 2000

const same = (a: ImportProgress | null, b: ImportProgress | null) =>
  a === b || (a !== null && b !== null && a.stage === b.stage && a.done === b.done && a.total === b.total)

/**
 * How far each running import has come, by the token its caller chose; a token is forgotten when its
 * call ends. A caller that says what it saw last is answered when that changes, not on a timer, so a
 * stage that lasts less than a poll's interval still reaches the screen.
 */
export function createProgressBoard(waitMs = WAIT_MS) {
  const running = new Map<string, ImportProgress>()
  const waiting = new Map<string, Set<() => void>>()
  const set = (token: string, progress: ImportProgress | null) => {
    if (progress === null) running.delete(token)
    else running.set(token, progress)
    for (const wake of waiting.get(token) ?? []) wake()
  }
  const read = (token: string): ImportProgress | null => running.get(token) ?? null
  return {
    /** Runs `work`, keeping what it reports under `token` (when the caller gave one) until it ends. */
    async track<T>(
      token: string | undefined,
      work: (report: (progress: ImportProgress) => void) => Promise<T>
    ): Promise<T> {
      if (token === undefined) return work(() => {})
      set(token, { stage: 'reading', done: 0, total: 0 })
      try {
        return await work((progress) => set(token, progress))
      } finally {
        set(token, null)
      }
    },
    /** The progress under `token` now or, when the caller has `seen` it, as soon as it differs. */
    read(token: string, seen?: ImportProgress | null): Promise<ImportProgress | null> {
      if (seen === undefined || !same(read(token), seen)) return Promise.resolve(read(token))
      return new Promise((resolve) => {
        const wakers = waiting.get(token) ?? new Set<() => void>()
        waiting.set(token, wakers)
        const answer = () => {
          clearTimeout(timer)
          wakers.delete(wake)
          if (wakers.size === 0) waiting.delete(token)
          resolve(read(token))
        }
        const wake = () => {
          if (!same(read(token), seen)) answer()
        }
        const timer = setTimeout(answer, waitMs)
        wakers.add(wake)
      })
    }
  }
}
