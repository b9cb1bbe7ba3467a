import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { test as base, expect } from '@playwright/test'
import { assertBuilt, CLI } from './built-cli'
import { largeProductDataDir } from './large-product/global-setup'

export interface RunningApp {
  url: string
  origin: string
  token: string
  dataDir: string
}

/**
 * Starts browser mode exactly as a user would (`po-studio serve`) on a fresh data folder, or on a
 * copy of `copyOf`, and waits for its URL.
 */
export async function startApp(
  options: { sample?: boolean; copyOf?: string } = {}
): Promise<RunningApp & { stop(): Promise<void> }> {
  assertBuilt()
  const dataDir = mkdtempSync(join(tmpdir(), 'po-studio-e2e-'))
  if (options.copyOf) cpSync(options.copyOf, dataDir, { recursive: true })
  const args = [CLI, 'serve', '--data-dir', dataDir]
  if (options.sample === false) args.push('--no-sample')
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)))
  const url = await new Promise<string>((resolveUrl, reject) => {
    // Generous: on a loaded shared machine a cold start of Node, SQLite and the sample can take long.
    const timer = setTimeout(() => reject(new Error(`serve printed no URL within 60 s. stderr:\n${stderr}`)), 60_000)
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}. stderr:\n${stderr}`)))
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(line)
      if (match?.[1]) {
        clearTimeout(timer)
        resolveUrl(match[1])
      }
    })
  })
  const parsed = new URL(url)
  return {
    url,
    origin: parsed.origin,
    token: parsed.hash.replace('#token=', ''),
    dataDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await exited
      }
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

/**
 * `app`: browser mode with the sample product; `emptyApp`: a first start with `--no-sample`;
 * `largeApp`: a copy of the 10,000-item product that the global setup builds once per run.
 */
export const test = base.extend<{ app: RunningApp; emptyApp: RunningApp; largeApp: RunningApp }>({
  app: async ({}, use) => {
    const app = await startApp()
    await use(app)
    await app.stop()
  },
  emptyApp: async ({}, use) => {
    const app = await startApp({ sample: false })
    await use(app)
    await app.stop()
  },
  largeApp: async ({}, use) => {
    const app = await startApp({ sample: false, copyOf: largeProductDataDir() })
    await use(app)
    await app.stop()
  }
})

export { expect }
