import { app, BrowserWindow, dialog } from 'electron'
import { openAppContext, type AppContext } from '../app/context'
import { resolveDataDir } from '../app/data-dir'
import { DatabaseTooNewError } from '../db/open'
import { APP_VERSION } from '../cli/version'
import { handleAppProtocol, registerAppScheme } from './app-protocol'
import { APP_START_URL, devRendererUrl, ourPages } from './app-url'
import { parseShellArgs } from './args'
import { registerApiChannel } from './ipc'
import { installMenu } from './menu'
import { printPdfWithElectron } from './print-pdf'
import { applySecurityPolicies } from './security'
import { createMainWindow } from './window'

/** Exit code when the data could not be opened (shown in a dialog first); scripts/start.js does not fall back on it. */
export const EXIT_FATAL_OPEN = 3

export interface ShellPaths {
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** The built preload (out/preload/index.cjs). */
  preloadFile: string
  /** The built import worker (out/main/import-worker.js): files are read off Electron's main thread. */
  importWorker: string
}

/** The desktop app: one window on `app://po-studio/`, one IPC channel to the same dispatcher as browser mode and the CLI. */
export function runShell(paths: ShellPaths): void {
  registerAppScheme()
  const args = parseShellArgs(process.argv)
  const dataDir = resolveDataDir(args.dataDir, process.env, app.getPath('userData'))
  // Chromium keeps its profile and the single-instance lock in userData. Pointing it at the data
  // folder (already the case by default) makes the lock mean "one PO Studio per data folder" and
  // keeps the renderer's saved preferences with the products they name.
  app.setPath('userData', dataDir)
  if (!app.requestSingleInstanceLock()) {
    // Another PO Studio has this data folder open: it comes to the front (its 'second-instance'
    // handler below) and this one leaves before touching the database.
    app.quit()
    return
  }
  // Developer tools exist only when running from the source tree, never in an installed app.
  const isDev = !app.isPackaged
  // `npm run dev` serves the pages with hot reload; otherwise they come from app://.
  const devUrl = devRendererUrl(process.env, app.isPackaged)
  const isOurPage = ourPages(devUrl)
  let ctx: AppContext | null = null
  let window: BrowserWindow | null = null
  let closed = false

  registerApiChannel(
    () => ctx?.dispatch ?? null,
    () => window,
    isOurPage
  )

  function openWindow(): void {
    window = createMainWindow(paths.preloadFile, isDev, devUrl ?? APP_START_URL)
    window.on('closed', () => {
      window = null
    })
  }

  app.on('second-instance', () => {
    if (!window) return
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (ctx && BrowserWindow.getAllWindows().length === 0) openWindow()
  })
  app.on('will-quit', (event) => {
    if (closed || !ctx) return
    event.preventDefault()
    const closing = ctx
    ctx = null
    closing
      .close()
      .catch((error: unknown) => console.error('Closing the database failed:', error))
      .finally(() => {
        closed = true
        app.quit()
      })
  })

  app
    .whenReady()
    .then(async () => {
      applySecurityPolicies(isOurPage)
      handleAppProtocol(paths.rendererDir)
      installMenu(isDev)
      ctx = await openAppContext({
        dataDir,
        sample: args.sample,
        version: APP_VERSION,
        printPdf: printPdfWithElectron,
        importWorker: paths.importWorker
      })
      openWindow()
    })
    .catch((error: unknown) => {
      const tooNew = error instanceof DatabaseTooNewError
      const message = error instanceof Error ? error.message : String(error)
      console.error(message)
      dialog.showErrorBox(
        tooNew ? 'This data was saved by a newer PO Studio' : 'PO Studio could not open its data',
        message
      )
      app.exit(EXIT_FATAL_OPEN)
    })
}
