/**
 * Browser-mode access token. The server prints a URL with `#token=...`; we keep the token in
 * sessionStorage so a reload still works, and take it out of the address bar at once.
 */
const TOKEN_KEY = 'po-studio.token'

function takeTokenFromHash(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash)
  if (!match?.[1]) return null
  const token = decodeURIComponent(match[1])
  sessionStorage.setItem(TOKEN_KEY, token)
  history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/backlog`)
  return token
}

/** The token of this tab: a new one in the address bar wins over the stored one. */
export function currentToken(): string | null {
  return takeTokenFromHash() ?? sessionStorage.getItem(TOKEN_KEY)
}

type Listener = () => void
let unauthorized = false
const listeners = new Set<Listener>()

function setUnauthorized(value: boolean): void {
  if (unauthorized === value) return
  unauthorized = value
  listeners.forEach((l) => l())
}

/** Set when the server refuses the token; the app then shows how to get a working URL. */
export const authState = {
  get: (): boolean => unauthorized,
  markUnauthorized: (): void => setUnauthorized(true),
  subscribe(listener: Listener): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }
}

/**
 * A user who opens the printed link in a tab that was refused gets the app back at once: the new
 * token arrives as a hash change, which does not reload the page.
 */
export function watchForNewToken(onRecovered: () => void): () => void {
  const onHashChange = (): void => {
    if (!takeTokenFromHash() || !unauthorized) return
    onRecovered()
    setUnauthorized(false)
  }
  window.addEventListener('hashchange', onHashChange)
  return () => window.removeEventListener('hashchange', onHashChange)
}
