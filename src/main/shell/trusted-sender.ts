import { isAppUrl } from './app-url'

// Structural types for the parts of Electron's IPC event and window that decide trust: Electron's own
// types fit them (ipc.ts passes the real ones), and tests can pass plain objects without Electron.

export type SenderEvent = {
  sender: unknown
  senderFrame: { url: string; parent: unknown } | null
}

export type TrustedWindow = {
  isDestroyed(): boolean
  webContents: { mainFrame: unknown }
}

/**
 * Only the main frame of our own window, showing our own pages, may call the API: not an iframe,
 * not another window, not a page that navigated elsewhere (VS Code validates its IPC senders alike).
 */
export function isTrustedSender(
  event: SenderEvent,
  window: TrustedWindow | null,
  isOurPage: (url: string) => boolean = isAppUrl
): boolean {
  const frame = event.senderFrame
  if (!frame || !window || window.isDestroyed()) return false
  if (event.sender !== window.webContents) return false
  if (frame !== window.webContents.mainFrame || frame.parent !== null) return false
  return isOurPage(frame.url)
}
