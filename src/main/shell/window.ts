import { BrowserWindow } from 'electron'
// A real file beside app.asar (see asarUnpack in electron-builder.yml): the window manager reads it by path.
import icon from '../../../resources/icons/512x512.png?asset&asarUnpack'
import { APP_START_URL } from './app-url'
import { mainWebPreferences } from './web-preferences'

export function createMainWindow(preloadFile: string, isDev: boolean, startUrl = APP_START_URL): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    title: 'PO Studio',
    show: false,
    // Linux takes the window's icon from here; Windows and macOS take it from the packaged executable.
    ...(process.platform === 'linux' ? { icon } : {}),
    webPreferences: mainWebPreferences(preloadFile, isDev)
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(startUrl)
  return window
}
