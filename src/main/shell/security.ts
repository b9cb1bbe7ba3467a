import { app, session, shell } from 'electron'
import { openExternalSafely } from './external-links'

function openInBrowser(url: string): void {
  openExternalSafely(url, (safe) => shell.openExternal(safe))
}

/**
 * Hardening for every web contents the app ever creates: no navigation away from our pages, no new
 * windows (links open in the system browser), no <webview>, and no permission is ever granted.
 */
export function applySecurityPolicies(isOurPage: (url: string) => boolean): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.on('will-navigate', (event) => {
      if (isOurPage(event.url)) return
      event.preventDefault()
      openInBrowser(event.url)
    })
    contents.on('will-redirect', (event) => {
      if (!isOurPage(event.url)) event.preventDefault()
    })
    contents.setWindowOpenHandler(({ url }) => {
      openInBrowser(url)
      return { action: 'deny' }
    })
  })
}
