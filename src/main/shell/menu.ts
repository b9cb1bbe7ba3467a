import { Menu } from 'electron'
import { menuTemplate } from './menu-template'

export function installMenu(isDev: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ isDev, isMac: process.platform === 'darwin' })))
}
