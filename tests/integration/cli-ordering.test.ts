import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cli } from './helpers/cli'

const folders: string[] = []

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'po-studio-cli-order-'))
  folders.push(dir)
  return dir
}

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function csvFile(text: string): string {
  const file = join(tempDir(), 'input.csv')
  writeFileSync(file, text)
  return file
}

describe('po-studio order --input (what-if)', () => {
  it('prints the WSJF order with ties broken by Job Size, then the input order, and opens no data folder', async () => {
    const file = csvFile(
      'id,title,ubv,tc,rr,size\n' +
        'A,"Tickets, offline",3,3,2,2\n' + // 8 / 2 = 4
        'B,Seat map,5,5,2,3\n' + // 12 / 3 = 4
        'C,Refunds,3,2,3,2\n' + // 8 / 2 = 4, after A by input order
        'D,Dark mode,1,1,1,\n' + // not scored
        'E,Timetable,20,13,8,2\n'
    )
    const dataDir = join(tempDir(), 'never-created')
    const run = await cli(['order', '--input', file, '--model', 'wsjf', '--json'], {
      env: { PO_STUDIO_DATA_DIR: dataDir }
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.json()).toEqual({
      model: 'wsjf',
      items: [
        { id: 'E', title: 'Timetable', score: 20.5, rank: 1 },
        { id: 'A', title: 'Tickets, offline', score: 4, rank: 2 },
        { id: 'C', title: 'Refunds', score: 4, rank: 3 },
        { id: 'B', title: 'Seat map', score: 4, rank: 4 },
        { id: 'D', title: 'Dark mode', score: null, rank: 5 }
      ]
    })
    expect(existsSync(dataDir)).toBe(false)
  })

  it('orders by CD3 and by value / effort, and prints a table without --json', async () => {
    const cd3 = await cli([
      'order',
      '-i',
      csvFile('id,title,cod_per_week,duration_weeks\n1,Slow,4000,4\n2,Quick,3000,1\n'),
      '-m',
      'cd3',
      '--json'
    ])
    expect(cd3.json().items.map((i: { id: string; score: number }) => [i.id, i.score])).toEqual([
      ['2', 3000],
      ['1', 1000]
    ])
    const table = await cli([
      'order',
      '-i',
      csvFile('id,title,value,effort\nx,Small win,8,2\ny,Big bet,20,13\n'),
      '-m',
      'value-effort'
    ])
    expect(table.code).toBe(0)
    expect(table.stdout.split('\n')[0]).toMatch(/^RANK\s+ID\s+SCORE\s+TITLE$/)
    expect(table.stdout).toMatch(/1\s+x\s+4\s+Small win/)
  })

  it('refuses a bad file with the line and column of each problem (exit 1) and wrong usage (exit 2)', async () => {
    const bad = await cli([
      'order',
      '--input',
      csvFile('id,title,ubv,tc,rr,size\nA,One,4,1,1,1\n'),
      '--model',
      'wsjf',
      '--json'
    ])
    expect(bad.code).toBe(1)
    expect(bad.stdout).toBe('')
    expect(bad.stderr).toMatch(/line 2, column 3: ubv: Use a value on the scale: 1, 2, 3, 5, 8, 13, 20/)
    const missing = await cli(['order', '--input', join(tempDir(), 'nope.csv'), '--model', 'wsjf'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/there is no such file/)
    expect((await cli(['order', '--input', 'x.csv', '--model', 'rice'])).code).toBe(2)
    expect((await cli(['order', '--input', 'x.csv'])).code).toBe(2)
    expect((await cli(['order', '--model', 'wsjf'])).code).toBe(2)
    expect((await cli(['order', '--input', 'x.csv', '--product', 'P', '--model', 'wsjf'])).code).toBe(2)
  })
})

describe('po-studio order --product', () => {
  it('orders a product’s items and compares with the manual order', async () => {
    const dataDir = tempDir()
    const run = await cli(['--data-dir', dataDir, 'order', '--product', 'Sample: Lanes', '--model', 'wsjf', '--json'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const output = run.json()
    expect(output.model).toBe('wsjf')
    expect(output.items[0]).toMatchObject({ rank: 1, score: expect.any(Number) })
    expect(output.comparison.scoredCount).toBeGreaterThan(10)
    expect(output.comparison.kendallTau).toBeGreaterThanOrEqual(-1)
    expect(output.comparison.movers[0].reason).toMatch(/in your order, \d+(st|nd|rd|th) by WSJF/)

    const text = await cli(['--data-dir', dataDir, 'order', '--product', 'Sample: Lanes', '--model', 'wsjf'])
    expect(text.stdout).toMatch(/Kendall tau-b/)
    const unknown = await cli(['--data-dir', dataDir, 'order', '--product', 'Nope', '--model', 'wsjf'])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toMatch(/--product: there is no product called "Nope"/)
  })
})

describe('po-studio kano', () => {
  it('evaluates answers per feature as single-letter categories', async () => {
    const file = csvFile(
      '\uFEFFfeature,functional,dysfunctional\r\n' +
        'Offline tickets,expect,dislike\r\nOffline tickets,expect,dislike\r\nOffline tickets,like,dislike\r\nOffline tickets,like,like\r\n' +
        '"Seat map",like,neutral\r\nSeat map,Live with,neutral\r\n'
    )
    const dataDir = join(tempDir(), 'never-created')
    const run = await cli(['kano', file, '--json'], { env: { PO_STUDIO_DATA_DIR: dataDir } })
    expect(run.stderr).toBe('')
    expect(run.json()).toEqual({
      features: [
        { feature: 'Offline tickets', category: 'M', counts: { A: 0, O: 1, M: 2, I: 0, R: 0, Q: 1 } },
        { feature: 'Seat map', category: 'A', counts: { A: 1, O: 0, M: 0, I: 1, R: 0, Q: 0 } }
      ]
    })
    expect(existsSync(dataDir)).toBe(false)
    const table = await cli(['kano', file])
    expect(table.stdout).toMatch(/^FEATURE\s+CATEGORY\s+A\s+O\s+M\s+I\s+R\s+Q/)
    expect(table.stdout).toMatch(/Offline tickets: 1 of 4 answers is questionable/)
  })

  it('refuses unknown answers naming the line', async () => {
    const run = await cli([
      'kano',
      csvFile('feature,functional,dysfunctional\nA,like,dislike\nA,love,dislike\n'),
      '--json'
    ])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/line 3, column 2: functional: "love" is not an answer/)
  })
})
