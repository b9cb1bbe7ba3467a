/**
 * Opens a link in the user's browser, but only a well-formed http(s) URL without credentials: never
 * file:, javascript:, a custom scheme or anything else the operating system would hand to a program.
 * `openExternal` is Electron's `shell.openExternal`, passed in so this stays testable without Electron.
 */
export function openExternalSafely(url: string, openExternal: (url: string) => Promise<void>): void {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return
  if (parsed.username || parsed.password) return
  void openExternal(parsed.toString())
}
