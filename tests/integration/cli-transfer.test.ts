import { readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from './helpers/cli'
import { tempDir } from './helpers/temp'

describe('po-studio export json / import json', () => {
  it('moves a product between data folders through a file', async () => {
    const from = tempDir()
    const file = join(tempDir(), 'lanes.json')
    const sample = (await cli(['--data-dir', from, 'products', 'list', '--json'])).json()[0]
    const exported = await cli([
      '--data-dir',
      from,
      'export',
      'json',
      '--product',
      sample.name.toUpperCase(),
      '--out',
      file
    ])
    expect(exported).toMatchObject({ code: 0, stderr: '' })
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('po-studio/product')

    const to = tempDir()
    const imported = await cli([
      '--data-dir',
      to,
      '--no-sample',
      '--json',
      'import',
      'json',
      file,
      '--name',
      'Lanes at home'
    ])
    expect(imported.code).toBe(0)
    expect(imported.json()).toMatchObject({ name: 'Lanes at home', itemCount: sample.itemCount })
  })

  it('refuses to overwrite, names unknown products, and reports a bad file without importing it', async () => {
    const dataDir = tempDir()
    const file = join(tempDir(), 'out.json')
    expect((await cli(['--data-dir', dataDir, 'export', 'json', '--product', 'Nope', '--out', file])).stderr).toMatch(
      /no product called "Nope"/
    )
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

  it('says where a product file is broken, and refuses one too large by its size before reading it', async () => {
    const dataDir = tempDir()
    const notJson = join(tempDir(), 'not.json')
    writeFileSync(notJson, '{\n  "format": "po-studio",\n}')
    const parse = await cli(['--data-dir', dataDir, 'import', 'json', notJson])
    expect(parse.code).toBe(1)
    expect(parse.stderr).toMatch(/not valid JSON: .*line 3 column 1/)

    const latin = join(tempDir(), 'latin.json')
    writeFileSync(latin, Buffer.from('{"name": "Caf\xe9"}', 'latin1'))
    expect((await cli(['--data-dir', dataDir, 'import', 'json', latin])).stderr).toMatch(
      /line 1, column 14 holds bytes that are not UTF-8/
    )

    const huge = join(tempDir(), 'huge.json')
    writeFileSync(huge, '')
    truncateSync(huge, 65 * 1024 * 1024)
    const large = await cli(['--data-dir', dataDir, 'import', 'json', huge])
    expect(large.code).toBe(1)
    expect(large.stderr).toMatch(/Cannot read .*huge\.json: .*64 MB/)
    expect((await cli(['--data-dir', dataDir, 'products', 'list', '--json'])).json()).toHaveLength(1)
  })
})
