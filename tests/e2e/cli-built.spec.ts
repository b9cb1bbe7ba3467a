import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { expect, test } from '@playwright/test'
import { APPLICATION_ID } from '../../src/main/db/identity'

// The in-process CLI tests (tests/integration/cli-run.test.ts) cover behaviour; these check the BUILT
// entry points: commands found by import.meta.glob in the bundle, exit codes of a real process, the bin.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const CLI = join(root, 'out/main/cli.js')

function run(args: string[], entry = CLI): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [entry, ...args], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, PO_STUDIO_DATA_DIR: '' }
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

let dataDir: string
test.beforeEach(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before the end-to-end tests.`)
  dataDir = mkdtempSync(join(tmpdir(), 'po-studio-cli-built-'))
})
test.afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

test('the built CLI has every command and lists the sample product', () => {
  const help = run(['--help'])
  expect(help.code).toBe(0)
  for (const command of ['serve', 'products', 'backup', 'restore'])
    expect(help.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'))
  const list = run(['--data-dir', dataDir, 'products', 'list', '--json'])
  expect(list.stderr).toBe('')
  expect(list.code).toBe(0)
  expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ isSample: true })])
  const viaBin = run(
    ['--data-dir', dataDir, '--no-sample', 'products', 'list', '--json'],
    join(root, 'bin/po-studio.js')
  )
  expect(viaBin.code).toBe(0)
})

test('the built CLI exits 2 for wrong usage and 1 for a database from the future', () => {
  expect(run(['frobnicate']).code).toBe(2)
  const file = join(dataDir, 'po-studio.sqlite3')
  const future = new Database(file)
  future.pragma('user_version = 999')
  future.pragma(`application_id = ${APPLICATION_ID}`)
  future.close()
  const refused = run(['--data-dir', dataDir, 'products', 'list'])
  expect(refused.code).toBe(1)
  expect(refused.stderr).toMatch(/newer version of PO Studio/)
})
