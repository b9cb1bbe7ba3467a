import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

export const APP_NAME = 'PO Studio'

/** Where Electron's `app.getPath('userData')` points, so the CLI and browser mode find the app's data without Electron. */
export function defaultUserDataDir(platform = process.platform, env = process.env, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME)
}

/** `--data-dir` wins, then `PO_STUDIO_DATA_DIR`, then the platform's default. */
export function resolveDataDir(flag: string | undefined, env = process.env, fallback = defaultUserDataDir()): string {
  if (flag) return resolve(flag)
  if (env.PO_STUDIO_DATA_DIR) return resolve(env.PO_STUDIO_DATA_DIR)
  return fallback
}
