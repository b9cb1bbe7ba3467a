/**
 * Browser-mode access token. The server prints a URL with `#token=...`; we keep the token in
 * sessionStorage so a reload still works, and take it out of the address bar at once.
 */
const TOKEN_KEY = 'po-studio.token'

export function takeTokenFromLocation(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash)
  if (match?.[1]) {
    const token = decodeURIComponent(match[1])
    sessionStorage.setItem(TOKEN_KEY, token)
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/backlog`)
    return token
  }
  return sessionStorage.getItem(TOKEN_KEY)
}

type Listener = () => void
let unauthorized = false
const listeners = new Set<Listener>()

/** Set when the server refuses the token; the app then shows how to get a working URL. */
export const authState = {
  get: (): boolean => unauthorized,
  markUnauthorized(): void {
    if (unauthorized) return
    unauthorized = true
    listeners.forEach((l) => l())
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }
}
