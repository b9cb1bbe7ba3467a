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
