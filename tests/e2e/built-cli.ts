import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../..')

/** The command line as `npm run build` leaves it; browser mode and the large product's setup start it. */
export const CLI = join(ROOT, 'out/main/cli.js')
/** Written last by the build: main and preload come first. */
const BUILT_PAGE = join(ROOT, 'out/renderer/index.html')
const SOURCES = [join(ROOT, 'src'), join(ROOT, 'electron.vite.config.ts')]

function newestFile(path: string): { path: string; mtimeMs: number } {
  const stat = statSync(path)
  if (!stat.isDirectory()) return { path, mtimeMs: stat.mtimeMs }
  let newest = { path, mtimeMs: 0 }
  for (const entry of readdirSync(path)) {
    const candidate = newestFile(join(path, entry))
    if (candidate.mtimeMs > newest.mtimeMs) newest = candidate
  }
  return newest
}

/** Why `out/` does not match `src/`, or null when it does: e2e tests on an old build test old code. */
export function staleBuildReason(): string | null {
  for (const file of [CLI, BUILT_PAGE]) if (!existsSync(file)) return `${relative(ROOT, file)} is missing`
  const builtAt = Math.min(statSync(CLI).mtimeMs, statSync(BUILT_PAGE).mtimeMs)
  for (const source of SOURCES) {
    const newest = newestFile(source)
    if (newest.mtimeMs > builtAt) return `${relative(ROOT, newest.path)} changed after the last build`
  }
  return null
}

/** Run once by the global setup: rebuilds when the sources are newer than the build. */
export function ensureFreshBuild(): void {
  const reason = staleBuildReason()
  if (!reason) return
  console.log(`Building the app before the end-to-end tests: ${reason}.`)
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' })
}

/** Cheap check for each test's start; the global setup has already built. */
export function assertBuilt(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before the end-to-end tests.`)
}
