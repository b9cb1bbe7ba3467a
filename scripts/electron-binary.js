// Finding Electron's binary for `npm start` and `npm run dev`, downloading it once when it is missing.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

/** How long a download of Electron's binary may take before we stop waiting (no internet: it fails at once). */
const DOWNLOAD_TIMEOUT_MS = 60_000

/**
 * Finds Electron's binary without `require('electron')`, which would start a download and block when
 * the binary is missing. Answers { path } or { reason }.
 */
function findElectronBinary() {
  let pkgDir
  try {
    pkgDir = dirname(require.resolve('electron/package.json'))
  } catch {
    return { reason: 'the electron package is not installed' }
  }
  const pathFile = join(pkgDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron')
    return existsSync(binary)
      ? { path: binary }
      : { reason: `ELECTRON_OVERRIDE_DIST_PATH points at no binary (${binary})` }
  }
  if (!relative) return { reason: "Electron's binary has not been downloaded", pkgDir }
  const binary = join(pkgDir, 'dist', relative)
  return existsSync(binary) ? { path: binary } : { reason: `Electron's binary ${binary} is missing`, pkgDir }
}

/** Runs Electron's own installer once, with a time limit; answers null when it worked, else why not. */
function tryDownload(pkgDir) {
  return new Promise((done) => {
    // Say something only if the download takes a while; without internet it fails at once.
    const notice = setTimeout(() => process.stderr.write("Downloading Electron's binary (first start only)...\n"), 3000)
    const child = spawn(process.execPath, [join(pkgDir, 'install.js')], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += String(chunk)))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      finish(`Electron's binary is not installed and downloading it took longer than ${DOWNLOAD_TIMEOUT_MS / 1000} s`)
    }, DOWNLOAD_TIMEOUT_MS)
    function finish(result) {
      clearTimeout(timer)
      clearTimeout(notice)
      done(result)
    }
    child.on('error', (error) => finish(`Electron's installer could not run: ${error.message}`))
    child.on('exit', (code) => {
      if (code === 0) return finish(null)
      const line = stderr.split('\n').find((l) => /error|failed/i.test(l)) ?? stderr.split('\n')[0] ?? ''
      const detail = line.trim().replace(/^\w*Error:\s*/, '')
      finish(`Electron's binary is not installed and could not be downloaded${detail ? `: ${detail}` : ''}`)
    })
  })
}

/** Electron's binary, downloaded first when it is missing: answers { path } or { reason }. */
async function electronBinary() {
  const found = findElectronBinary()
  if (found.path || !found.pkgDir) return found
  const failure = await tryDownload(found.pkgDir)
  return failure ? { reason: failure } : findElectronBinary()
}

/** Why Electron cannot start here, known before trying (browser mode asked for, no display); null if it may. */
function noElectronReason(env = process.env, platform = process.platform) {
  if (env.PO_STUDIO_BROWSER_MODE === '1') return 'PO_STUDIO_BROWSER_MODE=1 asks for browser mode'
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY)
    return 'there is no display: neither DISPLAY nor WAYLAND_DISPLAY is set'
  return null
}

/** Electron's binary when it may start here: { path }, or { reason } to give for browser mode. */
export async function electronToStart() {
  const reason = noElectronReason()
  return reason ? { reason } : electronBinary()
}

/** The environment to start Electron with: ELECTRON_RUN_AS_NODE left in would make it a plain Node, and the app would not open. */
export function electronEnv() {
  const env = { ...process.env }
  delete env.ELECTRON_RUN_AS_NODE
  return env
}

/** An Electron that dies this soon with an error did not start (missing libraries, no display...). */
export const EARLY_FAILURE_MS = 8000
