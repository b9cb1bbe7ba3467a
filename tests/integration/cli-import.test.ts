import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from './helpers/cli'
import { tempDir } from './helpers/temp'

const JIRA = resolve(import.meta.dirname, '../fixtures/jira-export.csv')

describe('po-studio import jira|azure|csv and export csv|md', () => {
  it('creates the product on first import, updates by key the next time, and exports CSV and Markdown', async () => {
    const dataDir = tempDir()
    const first = await cli(['--data-dir', dataDir, '--no-sample', '--json', 'import', 'jira', JIRA, '--product', 'Shop'])
    expect(first).toMatchObject({ code: 0, stderr: '' })
    expect(first.json()).toMatchObject({ product: 'Shop', created: 4, updated: 0 })
    const second = await cli(['--data-dir', dataDir, '--no-sample', 'import', 'jira', JIRA, '--product', 'shop'])
    expect(second.stdout).toBe(`Imported ${JIRA} into "Shop": 0 added, 4 updated.\n`)

    const csv = join(tempDir(), 'shop.csv')
    const md = join(tempDir(), 'shop.md')
    expect((await cli(['--data-dir', dataDir, 'export', 'csv', '--product', 'Shop', '--out', csv])).code).toBe(0)
    expect((await cli(['--data-dir', dataDir, 'export', 'md', '--product', 'Shop', '--out', md])).code).toBe(0)
    expect(readFileSync(csv, 'utf8').split('\r\n')[0]).toBe('Key,Type,Title,Status,Estimate,Labels,Description,Acceptance criteria,Parent,Created,Resolved')
    expect(readFileSync(md, 'utf8')).toContain('## 4. Refund fails for gift cards')
  })

  it('maps the columns of any CSV, and refuses a bad file naming the line without importing it', async () => {
    const dataDir = tempDir()
    const file = join(tempDir(), 'list.csv')
    writeFileSync(file, 'Name,Kind,Points\nExport report,Task,3\nSign in,Story,lots\n')
    const bad = await cli(['--data-dir', dataDir, '--no-sample', 'import', 'csv', file, '--product', 'Lists', '--mapping', 'title=Name,type=Kind,estimate=Points'])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/line 3, column 3/)
    expect((await cli(['--data-dir', dataDir, '--no-sample', '--json', 'products', 'list'])).json()).toEqual([])

    writeFileSync(file, 'Name,Kind,Points\nExport report,Task,3\nSign in,Story,5\n')
    const good = await cli(['--data-dir', dataDir, '--no-sample', '--json', 'import', 'csv', file, '-p', 'Lists', '-m', 'title=Name,type=Kind,estimate=Points'])
    expect(good.json()).toMatchObject({ created: 2 })
    const usage = await cli(['--data-dir', dataDir, '--no-sample', 'import', 'csv', file, '-p', 'Lists', '-m', 'heading=Name'])
    expect(usage.stderr).toMatch(/field=Column pairs/)
  })
})
