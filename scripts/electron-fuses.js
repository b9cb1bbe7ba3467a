// @ts-check
// The Electron fuses of every packaged PO Studio: switches compiled into the Electron binary, flipped
// once at packaging time (scripts/after-pack.js) and, where the app is code-signed, protected by the
// signature. Fuses not listed keep Electron's default. See README, "Desktop build and release".
import { FuseV1Options, FuseVersion } from '@electron/fuses'

/** @type {Partial<Record<FuseV1Options, boolean>>} */
export const FUSES = {
  // ELECTRON_RUN_AS_NODE=1 would turn the installed app into a general-purpose Node.js runtime that
  // inherits whatever trust the operating system gives PO Studio. The app never forks itself.
  [FuseV1Options.RunAsNode]: false,
  // NODE_OPTIONS could preload arbitrary code into the main process (--require, --import).
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends (and SIGUSR1) would open a debugger port into the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Chromium's cookie store is encrypted with the operating system's keychain, as in Chrome.
  [FuseV1Options.EnableCookieEncryption]: true,
  // Electron checks app.asar against the hash electron-builder embeds (macOS and Windows) ...
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // ... and loads the app from app.asar only, never from a loose app/ folder placed beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // file:// pages get no more than an ordinary origin; the app serves its pages on app:// anyway.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false
}

/**
 * The configuration for @electron/fuses' flipFuses. On macOS, changing the binary breaks its ad-hoc
 * signature (which Apple Silicon requires before it runs anything), so it is signed again ad hoc;
 * a real signing identity, when electron-builder has one, signs over it afterwards.
 * @param {string} electronPlatformName electron-builder's platform: darwin, win32 or linux
 * @returns {import('@electron/fuses').FuseV1Config}
 */
export function fuseConfig(electronPlatformName) {
  return { version: FuseVersion.V1, resetAdHocDarwinSignature: electronPlatformName === 'darwin', ...FUSES }
}
