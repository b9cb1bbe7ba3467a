// `npm start` (after the build): the desktop app when Electron can run here, otherwise browser mode.
// Forwards --data-dir and --no-sample (and any other arguments) to whichever starts.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { EARLY_FAILURE_MS, electronEnv, electronToStart } from './electron-binary.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)

/** Exit code of the app when it could not open its data (it has shown a dialog); browser mode would fail the same way. */
const EXIT_FATAL_OPEN = 3

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
  const found = await electronToStart()
  if (!found.path) return browserMode(found.reason)

  const started = Date.now()
  const child = spawn(found.path, [root, ...args], { stdio: ['inherit', 'inherit', 'pipe'], env: electronEnv() })
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
