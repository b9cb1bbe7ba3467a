// The app's own origin, kept apart from app-protocol.ts (which registers it with Electron) so that
// the checks built on it can be unit-tested without Electron.

export const APP_SCHEME = 'app'
export const APP_HOST = 'po-studio'
/** Where the window starts; everything the renderer loads comes from this origin. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_START_URL = `${APP_ORIGIN}/index.html`

/** True only for a well-formed URL on `app://po-studio/`: the one origin our pages are served from. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST
  } catch {
    return false
  }
}

/**
 * Under `npm run dev`, electron-vite serves the pages with hot reload and names its address in
 * ELECTRON_RENDERER_URL. Only an app run from the sources takes it, and only on loopback http:
 * an installed app always shows its own pages.
 */
export function devRendererUrl(env: Record<string, string | undefined>, isPackaged: boolean): string | null {
  const given = env.ELECTRON_RENDERER_URL
  if (isPackaged || !given) return null
  try {
    const url = new URL(given)
    return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1') ? url.href : null
  } catch {
    return null
  }
}

/** Our own pages: app:// always, and the dev server's origin while `npm run dev` serves them. */
export function ourPages(devUrl: string | null): (url: string) => boolean {
  if (devUrl === null) return isAppUrl
  const devOrigin = new URL(devUrl).origin
  return (url) => {
    if (isAppUrl(url)) return true
    try {
      return new URL(url).origin === devOrigin
    } catch {
      return false
    }
  }
}
