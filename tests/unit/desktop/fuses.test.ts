import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FuseState, FuseV1Options, FuseVersion, getCurrentFuseWire, type FuseConfig } from '@electron/fuses'
import type { AfterPackContext } from 'electron-builder'
import { afterEach, describe, expect, it } from 'vitest'
import afterPack from '../../../scripts/after-pack.js'
import { FUSES } from '../../../scripts/electron-fuses.js'

/** Just what the hook reads from electron-builder's context, for a packaged app in `appOutDir`. */
function packContext(electronPlatformName: string, appOutDir: string): AfterPackContext {
  const packager = { appInfo: { productFilename: 'PO Studio' }, executableName: 'po-studio' }
  return { electronPlatformName, appOutDir, packager } as unknown as AfterPackContext
}

/** Runs the hook with a recorder in place of flipFuses. */
async function flipped(electronPlatformName: string, appOutDir: string): Promise<Array<[string, FuseConfig]>> {
  const calls: Array<[string, FuseConfig]> = []
  await afterPack(packContext(electronPlatformName, appOutDir), async (path, config) => {
    calls.push([path, config])
    return 1
  })
  return calls
}

describe('Electron fuses', () => {
  it('close every way into the main process and load only the checked app.asar', () => {
    expect(FUSES).toEqual({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false
    })
  })

  it('are flipped by the afterPack hook on the executable of each platform', async () => {
    const out = '/fake/dist/unpacked'
    expect(await flipped('linux', out)).toEqual([
      [join(out, 'po-studio'), { version: FuseVersion.V1, resetAdHocDarwinSignature: false, ...FUSES }]
    ])
    expect(await flipped('win32', out)).toEqual([
      [join(out, 'PO Studio.exe'), { version: FuseVersion.V1, resetAdHocDarwinSignature: false, ...FUSES }]
    ])
    // On macOS the changed binary is signed again ad hoc, or Apple Silicon would refuse to run it.
    expect(await flipped('darwin', out)).toEqual([
      [join(out, 'PO Studio.app'), { version: FuseVersion.V1, resetAdHocDarwinSignature: true, ...FUSES }]
    ])
  })

  describe('on a stand-in for the Electron binary', () => {
    let dir: string
    afterEach(() => rmSync(dir, { recursive: true, force: true }))

    it('the real flipFuses sets exactly the listed fuses and leaves the others as Electron shipped them', async () => {
      dir = mkdtempSync(join(tmpdir(), 'po-studio-fuses-'))
      // Electron's layout: sentinel, wire version, wire length, one '0'/'1' per fuse, inside the binary.
      const shipped = '101100011' // Electron's defaults for the nine fuses @electron/fuses knows
      const binary = join(dir, 'po-studio')
      writeFileSync(
        binary,
        Buffer.concat([
          Buffer.alloc(4096, 7),
          Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
          Buffer.from([1, shipped.length]),
          Buffer.from(shipped),
          Buffer.alloc(4096, 7)
        ])
      )
      const before = readFileSync(binary)

      await afterPack(packContext('linux', dir))

      const wire = await getCurrentFuseWire(binary)
      const state = (fuse: FuseV1Options) => wire[fuse]
      for (const [fuse, on] of Object.entries(FUSES))
        expect(state(Number(fuse)), FuseV1Options[Number(fuse)]).toBe(on ? FuseState.ENABLE : FuseState.DISABLE)
      expect(state(FuseV1Options.LoadBrowserProcessSpecificV8Snapshot)).toBe(FuseState.DISABLE)
      expect(state(FuseV1Options.WasmTrapHandlers)).toBe(FuseState.ENABLE)
      // Only the wire changed: the binary is the same size and identical outside it.
      const after = readFileSync(binary)
      expect(after.length).toBe(before.length)
      expect(after.subarray(0, 4096 + 34)).toEqual(before.subarray(0, 4096 + 34))
      expect(after.subarray(4096 + 34 + shipped.length)).toEqual(before.subarray(4096 + 34 + shipped.length))
    })
  })
})
