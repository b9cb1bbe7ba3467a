import type { MenuItemConstructorOptions } from 'electron'

export interface MenuOptions {
  /** Development builds only: the developer tools item, and with it its shortcut (Ctrl+Shift+I / Alt+Cmd+I). */
  isDev: boolean
  isMac: boolean
}

/**
 * A small menu of standard roles: copy/paste and undo work in text fields, zoom and full screen are
 * at hand. A role's shortcut exists only while its item is in the menu, so leaving "Toggle Developer
 * Tools" out of a packaged build also removes its shortcut.
 */
export function menuTemplate({ isDev, isMac }: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    ...(isDev ? [{ role: 'toggleDevTools' as const }] : []),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' }
  ]
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' }
  ]
}
