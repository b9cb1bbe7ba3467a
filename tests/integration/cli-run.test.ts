import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { listCommandPaths } from '../../src/main/cli/run'
import { APPLICATION_ID } from '../../src/main/db/identity'
import { holdExclusiveLock } from './helpers/lock-holder'
import { cli } from './helpers/cli'

const folders: string[] = []

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'po-studio-cli-'))
  folders.push(dir)
  return dir
}

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('po-studio CLI', () => {
  it('lists the sample product on a fresh data folder, as JSON with --json', async () => {
    const dataDir = tempDir()
    const run = await cli(['--data-dir', dataDir, 'products', 'list', '--json'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const products = run.json() as Array<{ name: string; isSample: boolean; itemCount: number }>
    expect(products).toHaveLength(1)
    expect(products[0]).toMatchObject({ isSample: true })
    expect(products[0]!.itemCount).toBeGreaterThan(0)
    // Global options work before or after the command.
    expect((await cli(['products', 'list', '--data-dir', dataDir, '--json'])).json()).toEqual(products)
  })

  it('prints a table without --json', async () => {
    const run = await cli(['--data-dir', tempDir(), 'products', 'list'])
    expect(run.code).toBe(0)
    expect(run.stdout.split('\n')[0]).toMatch(/^ID\s+NAME\s+ITEMS\s+NOTE$/)
    expect(run.stdout).toContain('sample')
  })

  it('starts empty with --no-sample', async () => {
    const run = await cli(['--data-dir', tempDir(), '--no-sample', 'products', 'list', '--json'])
    expect(run.code).toBe(0)
    expect(run.json()).toEqual([])
    const table = await cli(['--data-dir', tempDir(), '--no-sample', 'products', 'list'])
    expect(table.stdout).toMatch(/No products yet/)
  })

  it('uses PO_STUDIO_DATA_DIR when --data-dir is absent', async () => {
    const dataDir = tempDir()
    const run = await cli(['--no-sample', 'products', 'create', 'From env'], { env: { PO_STUDIO_DATA_DIR: dataDir } })
    expect(run.code).toBe(0)
    expect(existsSync(join(dataDir, 'po-studio.sqlite3'))).toBe(true)
  })

  it('exits 2 for wrong usage: unknown command, unknown option, missing argument', async () => {
    const unknown = await cli(['--data-dir', tempDir(), 'frobnicate'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/unknown command 'frobnicate'/)
    const option = await cli(['--data-dir', tempDir(), 'products', 'list', '--colour'])
    expect(option.code).toBe(2)
    expect(option.stderr).toMatch(/unknown option '--colour'/)
    const missing = await cli(['restore'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/missing required argument 'file'/)
    expect((await cli(['backup'])).code).toBe(2)
    expect((await cli(['serve', '--port', 'eighty'])).code).toBe(2)
    expect((await cli([])).code).toBe(2)
  })

  it('exits 1 with a message on stderr for an API error', async () => {
    const run = await cli(['--data-dir', tempDir(), 'products', 'create', '   '])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^Error: Invalid input for products.create/)
    expect(run.stderr).toMatch(/name: Give the product a name/)
  })

  it('refuses a database written by a newer version: exit 1, file untouched', async () => {
    const dataDir = tempDir()
    const file = join(dataDir, 'po-studio.sqlite3')
    const future = new Database(file)
    future.exec('CREATE TABLE from_the_future (id INTEGER PRIMARY KEY)')
    future.pragma('user_version = 999')
    future.pragma(`application_id = ${APPLICATION_ID}`)
    future.close()
    const run = await cli(['--data-dir', dataDir, 'products', 'list'])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/newer version of PO Studio/)
    const check = new Database(file, { readonly: true })
    expect(check.pragma('user_version', { simple: true })).toBe(999)
    check.close()
  })

  it('refuses a database another program holds locked: exit 1, nothing moved aside', async () => {
    const dataDir = tempDir()
    expect((await cli(['--data-dir', dataDir, '--no-sample', 'products', 'create', 'Kept'])).code).toBe(0)
    const holder = await holdExclusiveLock(join(dataDir, 'po-studio.sqlite3'))
    try {
      const listing = readdirSync(dataDir).sort()
      const run = await cli(['--data-dir', dataDir, 'products', 'list'])
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(/the database is in use by another program/)
      expect(readdirSync(dataDir).sort()).toEqual(listing)
    } finally {
      await holder.release()
    }
    expect((await cli(['--data-dir', dataDir, 'products', 'list', '--json'])).json()).toEqual([
      expect.objectContaining({ name: 'Kept' })
    ])
  })

  it('backs up and restores: round trip, and the replaced database is kept', async () => {
    const dataDir = tempDir()
    const backupFile = join(tempDir(), 'snapshot.sqlite3')
    const before = (await cli(['--data-dir', dataDir, 'products', 'list', '--json'])).json()

    const backup = await cli(['--data-dir', dataDir, 'backup', '--out', backupFile])
    expect(backup.code).toBe(0)
    expect(backup.stdout).toMatch(/^Backed up .* to .*snapshot\.sqlite3/)
    expect(existsSync(backupFile)).toBe(true)
    // No silent overwrite.
    const again = await cli(['--data-dir', dataDir, 'backup', '--out', backupFile])
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/already exists/)

    expect((await cli(['--data-dir', dataDir, 'products', 'create', 'Added after the backup'])).code).toBe(0)
    expect((await cli(['--data-dir', dataDir, 'products', 'list', '--json'])).json()).toHaveLength(before.length + 1)

    const restore = await cli(['--data-dir', dataDir, 'restore', backupFile])
    expect(restore.stderr).toBe('')
    expect(restore.code).toBe(0)
    expect(restore.stdout).toMatch(/Restored .*snapshot\.sqlite3/)
    expect(restore.stdout).toMatch(/kept as .*before-restore/)
    expect((await cli(['--data-dir', dataDir, 'products', 'list', '--json'])).json()).toEqual(before)
    expect(readdirSync(join(dataDir, 'backups')).some((name) => name.includes('before-restore'))).toBe(true)
  })

  it('refuses to restore a file that is not a PO Studio database', async () => {
    const dataDir = tempDir()
    const junk = join(tempDir(), 'junk.sqlite3')
    writeFileSync(junk, 'this is not sqlite at all, just text '.repeat(200))
    const run = await cli(['--data-dir', dataDir, 'restore', junk])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/not a usable PO Studio database/)
    const missing = await cli(['--data-dir', dataDir, 'restore', join(dataDir, 'nope.sqlite3')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/does not exist/)
  })

  it('reaches every API method through `call`', async () => {
    const dataDir = tempDir()
    const created = await cli(['--data-dir', dataDir, '--no-sample', 'call', 'products.create', '{"name":"Via call"}'])
    expect(created.code).toBe(0)
    expect(created.json()).toMatchObject({ name: 'Via call' })
    expect((await cli(['--data-dir', dataDir, 'call', 'products.nope'])).code).toBe(1)
    const badJson = await cli(['--data-dir', dataDir, 'call', 'products.list', '{oops'])
    expect(badJson.code).toBe(1)
    expect(badJson.stderr).toMatch(/not valid JSON/)
    const methods = await cli(['methods', '--json'])
    expect(methods.json().map((m: { name: string }) => m.name)).toContain('backlog.list')
  })

  it('has --help on every command', async () => {
    const paths = listCommandPaths()
    expect(paths).toEqual(
      expect.arrayContaining([['serve'], ['products'], ['products', 'list'], ['backup'], ['restore']])
    )
    for (const path of paths) {
      const run = await cli([...path, '--help'])
      expect(run.code, path.join(' ')).toBe(0)
      expect(run.stdout).toContain(`Usage: po-studio ${path.join(' ')}`)
    }
    const top = await cli(['--help'])
    expect(top.code).toBe(0)
    expect(top.stdout).toMatch(/--data-dir <dir>/)
    expect(top.stdout).toMatch(/--no-sample/)
    expect((await cli(['--version'])).code).toBe(0)
  })

  it('serves browser mode until stopped, printing one URL line', async () => {
    const dataDir = tempDir()
    const rendererDir = join(tempDir(), 'renderer')
    mkdirSync(rendererDir)
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>PO Studio</title>')
    const stop = new AbortController()
    let serving: { url: string; port: number; token: string } | undefined
    const running = cli(['--data-dir', dataDir, 'serve'], {
      rendererDir,
      stopSignal: stop.signal,
      onServing: (info) => {
        serving = info
      }
    })
    await expect.poll(() => serving, { timeout: 10_000 }).toBeDefined()
    const { url, port, token } = serving!
    expect(url).toBe(`http://127.0.0.1:${port}/#token=${token}`)
    const page = await fetch(`http://127.0.0.1:${port}/`)
    expect(page.status).toBe(200)
    const call = await fetch(`http://127.0.0.1:${port}/api/products.list`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: '{}'
    })
    expect(((await call.json()) as { ok: boolean }).ok).toBe(true)
    stop.abort()
    const run = await running
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(`${url}\n`)
    expect(run.stderr).toMatch(/Stopped/)
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow()
  })
})
