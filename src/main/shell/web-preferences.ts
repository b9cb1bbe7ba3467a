import type { WebPreferences } from 'electron'

/** The main window's web preferences: the renderer gets no Node, no Electron, and only the preload's one function. */
export function mainWebPreferences(preloadFile: string, isDev: boolean): WebPreferences {
  return {
    preload: preloadFile,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Off in packaged builds: no shortcut, menu item or stray call can open them.
    devTools: isDev,
    // With spellcheck on, Electron downloads Hunspell dictionaries from Google's servers on Windows
    // and Linux (macOS uses its own checker): an offline app makes no such request.
    spellcheck: false
  }
}
