import { describe, expect, it } from 'vitest'
import { defaultUserDataDir, resolveDataDir } from '../../src/main/app/data-dir'

describe('data folder', () => {
  it('prefers --data-dir, then PO_STUDIO_DATA_DIR, then the platform default', () => {
    expect(resolveDataDir('/tmp/flag', { PO_STUDIO_DATA_DIR: '/tmp/env' }, '/default')).toBe('/tmp/flag')
    expect(resolveDataDir(undefined, { PO_STUDIO_DATA_DIR: '/tmp/env' }, '/default')).toBe('/tmp/env')
    expect(resolveDataDir(undefined, {}, '/default')).toBe('/default')
  })

  it("matches Electron's userData folder on each platform", () => {
    expect(defaultUserDataDir('linux', {}, '/home/po')).toBe('/home/po/.config/PO Studio')
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/po')).toBe('/xdg/PO Studio')
    expect(defaultUserDataDir('darwin', {}, '/Users/po')).toBe('/Users/po/Library/Application Support/PO Studio')
    expect(defaultUserDataDir('win32', { APPDATA: 'C:\\Users\\po\\AppData\\Roaming' }, 'C:\\Users\\po')).toContain(
      'PO Studio'
    )
  })
})
