// @ts-check
// electron-builder's afterPack hook (electron-builder.yml): runs once per platform and architecture
// after the app is laid out and before it is signed and wrapped into an installer, which is the
// moment fuses must be flipped (a signature made before would no longer match).
import { join } from 'node:path'
import { flipFuses } from '@electron/fuses'
import { fuseConfig } from './electron-fuses.js'

/**
 * The Electron executable electron-builder has just laid out: the .app bundle on macOS (flipFuses
 * finds the framework inside), the .exe on Windows, the renamed binary on Linux.
 * @param {import('electron-builder').AfterPackContext} context
 */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context
  if (electronPlatformName === 'darwin') return join(appOutDir, `${packager.appInfo.productFilename}.app`)
  if (electronPlatformName === 'win32') return join(appOutDir, `${packager.appInfo.productFilename}.exe`)
  return join(appOutDir, /** @type {import('electron-builder').LinuxPackager} */ (packager).executableName)
}

/**
 * @param {import('electron-builder').AfterPackContext} context
 * @param {typeof flipFuses} flip the unit test passes a recorder; electron-builder passes nothing
 */
export default async function afterPack(context, flip = flipFuses) {
  await flip(electronBinaryPath(context), fuseConfig(context.electronPlatformName))
}
