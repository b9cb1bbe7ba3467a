import { app, session, shell } from 'electron'
import { isAppUrl } from './app-protocol'

/** Opens a link in the user's browser, but only a well-formed http(s) URL. */
export function openExternalSafely(url: string): void {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return
  if (parsed.username || parsed.password) return
  void shell.openExternal(parsed.toString())
}

/**
 * Hardening for every web contents the app ever creates: no navigation away from our pages, no new
 * windows (links open in the system browser), no <webview>, and no permission is ever granted.
 */
export function applySecurityPolicies(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.on('will-navigate', (event) => {
      if (isAppUrl(event.url)) return
      event.preventDefault()
      openExternalSafely(event.url)
    })
    contents.on('will-redirect', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault()
    })
    contents.setWindowOpenHandler(({ url }) => {
      openExternalSafely(url)
      return { action: 'deny' }
    })
  })
}
