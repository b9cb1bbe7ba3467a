// `npm run dev`: electron-vite's dev server with hot reload. The desktop app when Electron can run
// here (edits to the pages reload at once; edits to the main process rebuild and restart it);
// otherwise browser mode: the pages from Vite's dev server (hot reload), the API from `serve` behind
// it. Forwards --data-dir and --no-sample (and any other arguments) to the app.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadConfigFromFile } from 'electron-vite'
import { createServer } from 'vite'
import { EARLY_FAILURE_MS, electronEnv, electronToStart } from './electron-binary.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
// The package exports no bin path; its package.json locates the folder.
const electronVite = join(
  dirname(createRequire(import.meta.url).resolve('electron-vite/package.json')),
  'bin/electron-vite.js'
)
const args = process.argv.slice(2)
const children = new Set()

function run(script, scriptArgs, options) {
  const child = spawn(process.execPath, [script, ...scriptArgs], { cwd: root, ...options })
  children.add(child)
  child.on('exit', () => children.delete(child))
  return child
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal)
    // The server closes its database on the signal; the pages' dev server stops with this process.
    if (children.size === 0) process.exit(0)
  })
}

/** Resolves with the first line of `stream` that `pattern` matches, echoing every line to `echo`. */
function waitForLine(stream, pattern, echo) {
  return new Promise((found, failed) => {
    let buffer = ''
    let done = false
    stream.on('data', (chunk) => {
      echo.write(chunk)
      buffer += String(chunk)
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) {
        const match = done ? null : line.match(pattern)
        if (match) {
          done = true
          found(match[1])
        }
      }
    })
    stream.on('end', () => done || failed(new Error(`the output ended before a line matching ${pattern}`)))
  })
}

async function browserMode(reason) {
  process.stderr.write(
    `Electron could not be started here (${reason}); starting browser mode with hot reload instead.\n`
  )
  // `serve` runs the built CLI: build once so the API is the one in the sources.
  const build = run(electronVite, ['build'], { stdio: 'inherit' })
  const built = await new Promise((done) => build.on('exit', (code) => done(code === 0)))
  if (!built) process.exit(1)
  const server = run(join(root, 'out/main/cli.js'), ['serve', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, npm_lifecycle_event: 'dev' }
  })
  server.on('exit', (code) => process.exit(code ?? 1))
  const served = await waitForLine(server.stdout, /^(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/, process.stdout)
  const api = new URL(served)
  // The renderer's own settings from electron.vite.config.ts, on Vite's dev server, with the API behind it.
  const { config } = await loadConfigFromFile(
    { command: 'serve', mode: 'development' },
    join(root, 'electron.vite.config.ts')
  )
  const toApi = { target: api.origin, changeOrigin: true }
  const pages = await createServer({
    ...config.renderer,
    configFile: false,
    // node_modules may be shared between worktrees: the dependency cache stays in this one.
    cacheDir: join(root, '.tmp/vite'),
    server: { proxy: { '/api': toApi, '/launch.json': toApi } }
  })
  await pages.listen()
  pages.printUrls()
  const local = pages.resolvedUrls.local[0].replace(/\/$/, '')
  process.stdout.write(
    `\nOpen ${local}/${api.hash} for the pages with hot reload (the API is served at ${api.origin}).\n` +
      'Edits to src/renderer show at once; after editing src/main or src/shared code the API uses, stop and run `npm run dev` again.\n'
  )
}

async function main() {
  const found = await electronToStart()
  if (!found.path) return browserMode(found.reason)
  const started = Date.now()
  // electron-vite starts the binary the electron package names: the one just found.
  const desktop = run(electronVite, ['dev', '--watch', ...(args.length > 0 ? ['--', ...args] : [])], {
    stdio: 'inherit',
    env: electronEnv()
  })
  desktop.on('exit', (code, signal) => {
    const early = Date.now() - started < EARLY_FAILURE_MS
    if (code === 0 || !early || signal === 'SIGINT' || signal === 'SIGTERM') process.exit(code ?? 0)
    void browserMode(`electron-vite dev exited at start with code ${code}`)
  })
}

await main()
