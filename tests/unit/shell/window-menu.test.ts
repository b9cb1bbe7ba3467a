import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { menuTemplate } from '../../../src/main/shell/menu-template'
import { mainWebPreferences } from '../../../src/main/shell/web-preferences'

// These modules must stay free of Electron at run time; importing it here would fail (no binary).
vi.mock('electron', () => {
  throw new Error('a pure shell module imported electron')
})

/** Every role in a template, submenus included. */
function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])
  ])
}

describe('menuTemplate', () => {
  it('has developer tools only in development builds', () => {
    expect(roles(menuTemplate({ isDev: true, isMac: false }))).toContain('toggleDevTools')
    expect(roles(menuTemplate({ isDev: false, isMac: false }))).not.toContain('toggleDevTools')
    expect(roles(menuTemplate({ isDev: false, isMac: true }))).not.toContain('toggleDevTools')
  })

  it('keeps editing, zoom and full screen in every build, and the app menu on macOS only', () => {
    for (const isDev of [true, false]) {
      const found = roles(menuTemplate({ isDev, isMac: false }))
      expect(found).toEqual(
        expect.arrayContaining(['editMenu', 'reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'])
      )
      expect(found).not.toContain('appMenu')
    }
    expect(menuTemplate({ isDev: false, isMac: true })[0]).toEqual({ role: 'appMenu' })
  })
})

describe('mainWebPreferences', () => {
  it('isolates the renderer: sandboxed, no Node, only our preload', () => {
    const prefs = mainWebPreferences('/app/out/preload/index.cjs', false)
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false
    })
  })

  it('never downloads spellcheck dictionaries', () => {
    expect(mainWebPreferences('/p', true).spellcheck).toBe(false)
    expect(mainWebPreferences('/p', false).spellcheck).toBe(false)
  })

  it('allows developer tools only in development builds', () => {
    expect(mainWebPreferences('/p', true).devTools).toBe(true)
    expect(mainWebPreferences('/p', false).devTools).toBe(false)
  })
})
