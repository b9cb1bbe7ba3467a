import { readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FILE_TOO_LARGE } from '@shared/api'
import { encodeText } from '@shared/domain/csv'
import { cli } from './helpers/cli'
import { readConnection, tempDir } from './helpers/temp'

const JIRA = resolve(import.meta.dirname, '../fixtures/jira-export.csv')

/** The items as stored, in backlog order: the API's list leaves out when they were created. */
function importedItems(dataDir: string): Array<{ title: string; type: string; createdAt: string }> {
  return readConnection(join(dataDir, 'po-studio.sqlite3'))
    .prepare('SELECT title, type, created_at AS createdAt FROM backlog_items ORDER BY rank, id')
    .all() as Array<{
    title: string
    type: string
    createdAt: string
  }>
}

describe('po-studio import jira|azure|csv and export csv|md', () => {
  it('creates the product on first import, updates by key the next time, and exports CSV and Markdown', async () => {
    const dataDir = tempDir()
    const first = await cli([
      '--data-dir',
      dataDir,
      '--no-sample',
      '--json',
      'import',
      'jira',
      JIRA,
      '--product',
      'Shop'
    ])
    expect(first).toMatchObject({ code: 0, stderr: '' })
    const inProgress = 'It is in progress but the file does not say when work started; its age is unknown.'
    expect(first.json()).toEqual({
      product: 'Shop',
      encoding: 'utf-8',
      added: 4,
      updated: 0,
      unchanged: 0,
      removed: 0,
      warnings: [
        { line: 2, column: 17, message: inProgress },
        { line: 7, column: 17, message: inProgress }
      ]
    })
    const second = await cli(['--data-dir', dataDir, '--no-sample', 'import', 'jira', JIRA, '--product', 'shop'])
    expect(second.stdout).toBe(
      [
        `Imported ${JIRA} into "Shop": 0 added, 0 updated, 4 unchanged.`,
        'Read as UTF-8 (its byte-order mark says so).',
        '2 warnings:',
        `  line 2, column 17: ${inProgress}`,
        `  line 7, column 17: ${inProgress}`,
        ''
      ].join('\n')
    )

    const csv = join(tempDir(), 'shop.csv')
    const md = join(tempDir(), 'shop.md')
    expect((await cli(['--data-dir', dataDir, 'export', 'csv', '--product', 'Shop', '--out', csv])).code).toBe(0)
    expect((await cli(['--data-dir', dataDir, 'export', 'md', '--product', 'Shop', '--out', md])).code).toBe(0)
    expect(readFileSync(csv, 'utf8').split('\r\n')[0]).toBe(
      'Key,Type,Title,Status,Estimate,Labels,Description,Acceptance criteria,Parent,Created,Started,Finished'
    )
    expect(readFileSync(md, 'utf8')).toContain('## 4. Refund fails for gift cards')
  })

  it('refuses a file larger than one call carries by its size, without reading it', async () => {
    // 3 GiB, sparse: reading it would fail otherwise (Node reads no more than 2 GiB into one buffer) and take seconds.
    const huge = join(tempDir(), 'huge.csv')
    writeFileSync(huge, '')
    truncateSync(huge, 3 * 2 ** 30)
    const result = await cli(['--data-dir', tempDir(), '--no-sample', 'import', 'jira', huge, '--product', 'Shop'])
    expect(result.code).not.toBe(0)
    expect(result.stderr.trim()).toBe(`Error: Cannot read ${huge}: ${FILE_TOO_LARGE}.`)
  })

  it('maps the columns of any CSV, and refuses a bad file naming the line without importing it', async () => {
    const dataDir = tempDir()
    const file = join(tempDir(), 'list.csv')
    writeFileSync(file, 'Name,Kind,Points\nExport report,Task,3\nSign in,Story,lots\n')
    const bad = await cli([
      '--data-dir',
      dataDir,
      '--no-sample',
      'import',
      'csv',
      file,
      '--product',
      'Lists',
      '--mapping',
      'title=Name,type=Kind,estimate=Points'
    ])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/line 3, column 3/)
    expect((await cli(['--data-dir', dataDir, '--no-sample', '--json', 'products', 'list'])).json()).toEqual([])

    writeFileSync(file, 'Name,Kind,Points\nExport report,Task,3\nSign in,Story,5\n')
    const good = await cli([
      '--data-dir',
      dataDir,
      '--no-sample',
      '--json',
      'import',
      'csv',
      file,
      '-p',
      'Lists',
      '-m',
      'title=Name,type=Kind,estimate=Points'
    ])
    expect(good.json()).toMatchObject({ added: 2 })
    const usage = await cli([
      '--data-dir',
      dataDir,
      '--no-sample',
      'import',
      'csv',
      file,
      '-p',
      'Lists',
      '-m',
      'heading=Name'
    ])
    expect(usage.stderr).toMatch(/field=Column pairs/)
  })

  it('reads a semicolon-separated Windows-1252 file with day-first dates, and says how it read it', async () => {
    const dataDir = tempDir()
    const file = join(tempDir(), 'excel.csv')
    const rows = [
      'Título;Estado;Criado;Concluído',
      'Cadastro não funciona;Done;08/12/2025 09:15;22/12/2025 14:38',
      'Relatório mensal;To Do;13/12/2025;',
      '',
      ';;;',
      ';;;'
    ]
    writeFileSync(file, encodeText(rows.join('\r\n'), 'windows-1252'))
    const result = await cli([
      '--data-dir',
      dataDir,
      '--no-sample',
      'import',
      'csv',
      file,
      '-p',
      'Loja',
      '-m',
      'title=Título,state=Estado,created=Criado,finished=Concluído'
    ])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toContain('2 added, 0 updated, 0 unchanged.')
    expect(result.stdout).toContain('Read as Windows-1252 (Western European) (the bytes are not valid UTF-8).')
    expect(importedItems(dataDir).map((i) => [i.title, i.createdAt])).toEqual([
      ['Cadastro não funciona', '2025-12-08T09:15:00.000Z'],
      ['Relatório mensal', '2025-12-13T00:00:00.000Z']
    ])
  })

  it('refuses dates that read both ways until --date-format says which, and takes --encoding, --separator and --type', async () => {
    const dataDir = tempDir()
    const file = join(tempDir(), 'ambiguous.csv')
    writeFileSync(
      file,
      encodeText(
        'Key\tTitle\tType\tCreated\nA-1\tFirst\tIncident\t08/12/2025\nA-2\tSecond\tStory\t05/11/2025\n',
        'utf-16le'
      )
    )
    const refused = await cli(['--data-dir', dataDir, '--no-sample', 'import', 'csv', file, '-p', 'Ops'])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(
      'Dates in “Created” read both day first and month first (“08/12/2025” is 8 December 2025 or 12 August 2025)'
    )
    expect(refused.stderr).toContain('--date-format dmy or mdy')

    const args = [
      '--data-dir',
      dataDir,
      '--no-sample',
      '--json',
      'import',
      'csv',
      file,
      '-p',
      'Ops',
      '--date-format',
      'mdy',
      '--type',
      'Incident=bug'
    ]
    const imported = await cli([...args, '--encoding', 'utf-16le', '--separator', 'tab'])
    expect(imported.json()).toMatchObject({ encoding: 'utf-16le', added: 2, warnings: [] })
    expect(importedItems(dataDir).map((i) => [i.type, i.createdAt.slice(0, 10)])).toEqual([
      ['bug', '2025-08-12'],
      ['story', '2025-05-11']
    ])
    expect((await cli([...args, '--encoding', 'latin9'])).stderr).toMatch(
      /--encoding must be one of utf-8, utf-16le, utf-16be, windows-1252/
    )
    expect((await cli([...args, '--type', 'Incident=saga'])).stderr).toMatch(/the type must be one of epic, feature/)
    expect((await cli([...args, '--date-format', 'dd/mm'])).stderr).toMatch(/--date-format must be dmy, mdy, ymd/)
  })

  it('maps localized Jira headers with --mapping, and never adds the sample to a folder made without it', async () => {
    const dataDir = tempDir()
    const file = join(tempDir(), 'jira-fr.csv')
    writeFileSync(
      file,
      'Résumé,Clé de ticket,Type de ticket,État,Création\nPayer par carte,SHOP-1,Récit,Terminé,12/mars/25 10:30 AM\nRembourser,SHOP-2,Bogue,À faire,02/nov./25 3:29 PM\n'
    )
    const mapping = 'title=Résumé,key=Clé de ticket,type=Type de ticket,state=État,created=Création'
    const result = await cli([
      '--data-dir',
      dataDir,
      '--no-sample',
      '--json',
      'import',
      'jira',
      file,
      '-p',
      'Boutique',
      '-m',
      mapping
    ])
    expect(result.json()).toMatchObject({
      added: 2,
      warnings: [{ line: 2, message: expect.stringContaining('done but the file gives no finish date') }]
    })
    expect(importedItems(dataDir).map((i) => [i.type, i.createdAt])).toEqual([
      ['story', '2025-03-12T10:30:00.000Z'],
      ['bug', '2025-11-02T15:29:00.000Z']
    ])
    const products = (await cli(['--data-dir', dataDir, '--json', 'products', 'list'])).json() as Array<{
      name: string
    }>
    expect(products.map((p) => p.name)).toEqual(['Boutique'])
  })
})
