// `npm start` (after the build): the desktop app when Electron can run here, otherwise browser mode.
// Forwards --data-dir and --no-sample (and any other arguments) to whichever starts.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const args = process.argv.slice(2)

/** Exit code of the app when it could not open its data (it has shown a dialog); browser mode would fail the same way. */
const EXIT_FATAL_OPEN = 3
/** An Electron that dies this soon with an error did not start (missing libraries, no display...). */
const EARLY_FAILURE_MS = 8000
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
    return existsSync(binary) ? { path: binary } : { reason: `ELECTRON_OVERRIDE_DIST_PATH points at no binary (${binary})` }
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

function browserMode(reason) {
  process.stderr.write(`Electron could not be started here (${reason}); starting browser mode instead.\n`)
  const child = spawn(process.execPath, [join(root, 'out/main/cli.js'), 'serve', ...args], { stdio: 'inherit' })
  forwardSignals(child)
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

function forwardSignals(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
}

async function main() {
  if (!existsSync(join(root, 'out/main/index.js')) || !existsSync(join(root, 'out/main/cli.js'))) {
    process.stderr.write('The app has not been built: run `npm start` (it builds first) or `npm run build`.\n')
    process.exit(1)
  }
  if (process.env.PO_STUDIO_BROWSER_MODE === '1') return browserMode('PO_STUDIO_BROWSER_MODE=1 asks for browser mode')
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
    return browserMode('there is no display: neither DISPLAY nor WAYLAND_DISPLAY is set')

  let found = findElectronBinary()
  if (!found.path && found.pkgDir) {
    const failure = await tryDownload(found.pkgDir)
    found = failure ? { reason: failure } : findElectronBinary()
  }
  if (!found.path) return browserMode(found.reason)

  const started = Date.now()
  // ELECTRON_RUN_AS_NODE left in the environment would make Electron a plain Node and the app would not open.
  const env = { ...process.env }
  delete env.ELECTRON_RUN_AS_NODE
  const child = spawn(found.path, [root, ...args], { stdio: ['inherit', 'inherit', 'pipe'], env })
  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk)
    process.stderr.write(chunk)
  })
  forwardSignals(child)
  child.on('error', (error) => browserMode(`${found.path} could not be run: ${error.message}`))
  child.on('exit', (code, signal) => {
    const early = Date.now() - started < EARLY_FAILURE_MS
    if (code === EXIT_FATAL_OPEN || code === 0 || !early || signal === 'SIGINT' || signal === 'SIGTERM') {
      process.exit(code ?? 0)
    }
    const lastLine = stderr.trim().split('\n').filter(Boolean).pop() ?? `exit code ${code ?? signal}`
    browserMode(`Electron exited at start: ${lastLine.slice(0, 200)}`)
  })
}

await main()
