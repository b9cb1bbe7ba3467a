import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from './helpers/cli'
import { tempDir } from './helpers/temp'

describe('po-studio export json / import json', () => {
  it('moves a product between data folders through a file', async () => {
    const from = tempDir()
    const file = join(tempDir(), 'lanes.json')
    const sample = (await cli(['--data-dir', from, 'products', 'list', '--json'])).json()[0]
    const exported = await cli(['--data-dir', from, 'export', 'json', '--product', sample.name.toUpperCase(), '--out', file])
    expect(exported).toMatchObject({ code: 0, stderr: '' })
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('po-studio/product')

    const to = tempDir()
    const imported = await cli(['--data-dir', to, '--no-sample', '--json', 'import', 'json', file, '--name', 'Lanes at home'])
    expect(imported.code).toBe(0)
    expect(imported.json()).toMatchObject({ name: 'Lanes at home', itemCount: sample.itemCount })
  })

  it('refuses to overwrite, names unknown products, and reports a bad file without importing it', async () => {
    const dataDir = tempDir()
    const file = join(tempDir(), 'out.json')
    expect((await cli(['--data-dir', dataDir, 'export', 'json', '--product', 'Nope', '--out', file])).stderr).toMatch(/no product called "Nope"/)
    const sample = (await cli(['--data-dir', dataDir, 'products', 'list', '--json'])).json()[0]
    expect((await cli(['--data-dir', dataDir, 'export', 'json', '-p', sample.name, '-o', file])).code).toBe(0)
    const again = await cli(['--data-dir', dataDir, 'export', 'json', '-p', sample.name, '-o', file])
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/already exists/)

    const bad = join(tempDir(), 'bad.json')
    const document = JSON.parse(readFileSync(file, 'utf8'))
    document.sections.backlog.items[0].estimate = 'big'
    writeFileSync(bad, JSON.stringify(document))
    const run = await cli(['--data-dir', dataDir, 'import', 'json', bad, '--name', 'Broken'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('document.sections.backlog.items.0.estimate')
    expect((await cli(['--data-dir', dataDir, 'products', 'list', '--json'])).json()).toHaveLength(1)
  })
})
